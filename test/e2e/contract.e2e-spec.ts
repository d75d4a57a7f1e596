import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { pendingSchemaChanges } from '@liandong/db';
import { Platform, startPlatform } from '@liandong/testing-system';

const root = resolve(__dirname, '../..');
const contractCheck = resolve(root, '../shared/contract/check.mjs');

describe('the contract, the committed schema and the database', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('serves exactly the committed schema.graphql (run `npm run schema` after changing the API)', () => {
    const served = printSchema(lexicographicSortSchema(platform.api.get(GraphQLSchemaHost).schema));
    expect(`${served}\n`).toEqual(readFileSync(resolve(root, 'schema.graphql'), 'utf8'));
  });

  it('accepts every operation of every contract group', () => {
    expect(existsSync(contractCheck)).toBe(true);
    const output = execFileSync(
      process.execPath,
      [contractCheck, 'schema.graphql', 'core', 'plans', 'findings', 'handoffs'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(output).toMatch(/: 0 errors/);
  });

  it('has entities and committed migrations that agree', async () => {
    expect(await pendingSchemaChanges(platform.dataSource)).toEqual([]);
  });

  it('reports health with PostgreSQL, Redis and migrations up', async () => {
    const response = await fetch(`${platform.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      checks: { postgres: 'up', redis: 'up', migrations: 'up' },
    });
  });

  it('loads the supervision-method catalogue with stable codes and Chinese names', async () => {
    const client = await platform.as('4103');
    const data = await client.ok<{ supervisionMethods: Array<{ code: string; name: string }> }>(
      '{ supervisionMethods { code name } }',
    );
    // Other tests may add methods of their own to the shared catalogue: the ten defaults must be there.
    expect(data.supervisionMethods.length).toBeGreaterThanOrEqual(10);
    expect(data.supervisionMethods).toContainEqual({ code: 'COVERT_VISIT', name: '暗访' });
    expect(data.supervisionMethods).toContainEqual({ code: 'LAW_ENFORCEMENT_CHECK', name: '执法检查' });
  });
});
