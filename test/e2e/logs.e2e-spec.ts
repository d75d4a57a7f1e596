import { randomInt, randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  eventually,
  findingInput,
  Platform,
  publishedProject,
  startPlatform,
  SUBMIT,
  TenantTree,
} from '@liandong/testing-system';

/**
 * The API's structured logs as an operator reads them: one JSON object a line, the request id on every line
 * of a request and in the correlation id a user is shown, and none of what people entrust to the platform
 * (passwords, tokens, names, phone numbers, covert findings).
 */

const RECORD = `mutation RecordActivity($assignmentId: ID!, $input: ActivityInput!) {
  recordActivity(assignmentId: $assignmentId, input: $input) { id } }`;
const ACTIVITIES = 'query Activities($id: ID!) { activities(assignmentId: $id) { id } }';
/** Long enough for every other query of this file under load; the blocked one runs into it. */
const OPERATION_TIMEOUT_MS = 5_000;

interface LogLine {
  level: number;
  name?: string;
  msg?: string;
  message?: string;
  reqId?: string;
  correlationId?: string;
  req?: { id?: string; method?: string; path?: string };
  res?: { statusCode?: number };
  operation?: string;
  outcome?: string;
  durationMs?: number;
}

describe('structured logs', () => {
  const written: string[] = [];
  const lines = (): LogLine[] => written.map((line) => JSON.parse(line) as LogLine);
  let platform: Platform;
  let tree: TenantTree;
  let township: string;
  let townshipClient: GraphqlClient;
  let assignment: string;
  const timeoutBefore = process.env['GRAPHQL_OPERATION_TIMEOUT_MS'];

  beforeAll(async () => {
    process.env['GRAPHQL_OPERATION_TIMEOUT_MS'] = String(OPERATION_TIMEOUT_MS);
    platform = await startPlatform({ logDestination: { write: (line: string) => written.push(line) } });
    tree = await createTenantTree(platform.dataSource);
    const county = tree.counties[0] as string;
    township = (tree.townships[county] as string[])[0] as string;
    townshipClient = await platform.as(township);
    const project = await publishedProject(await platform.as(tree.city), [county], {
      includeDescendants: true,
    });
    assignment = project.assignments.find((a) => a.tenant.code === township)?.id as string;
    await townshipClient.ok(ACKNOWLEDGE, { id: assignment });
  });
  afterAll(async () => {
    await platform.close();
    if (timeoutBefore === undefined) {
      delete process.env['GRAPHQL_OPERATION_TIMEOUT_MS'];
    } else {
      process.env['GRAPHQL_OPERATION_TIMEOUT_MS'] = timeoutBefore;
    }
  });

  async function post(body: object, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...townshipClient.authorization(), ...headers },
      body: JSON.stringify(body),
    });
  }

  /** The request's own line, written once its response has finished. */
  function requestLine(id: string): Promise<LogLine | undefined> {
    return eventually(
      () => Promise.resolve(lines().find((line) => line.reqId === id && line.msg === 'request completed')),
      (line) => line !== undefined,
      { what: `the log line of request ${id}` },
    );
  }

  it('keeps a well-formed x-request-id, says it back and logs the request under it', async () => {
    const id = `client-${randomUUID()}`;
    const response = await post(
      { query: ACTIVITIES, variables: { id: assignment }, operationName: 'Activities' },
      {
        'x-request-id': id,
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(id);
    const line = await requestLine(id);
    expect(line).toMatchObject({
      name: 'liandong-api',
      req: { id, method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      operation: 'Activities',
      outcome: 'ok',
      durationMs: expect.any(Number),
    });
  });

  it('names a request that brings no id (or a malformed one) with a fresh UUID', async () => {
    const sent: Array<Record<string, string>> = [{}, { 'x-request-id': 'bad id {"level":60}' }];
    for (const headers of sent) {
      const response = await post({ query: '{ __typename }' }, headers);
      const id = response.headers.get('x-request-id') as string;
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(await requestLine(id)).toMatchObject({ operation: 'anonymous', outcome: 'ok' });
    }
    expect(written.join('\n')).not.toContain('bad id');
  });

  it('labels a server fault with the request id the user sees as its correlation id', async () => {
    // The activity table locked by another transaction: the query waits past the operation timeout, which the
    // API answers as INTERNAL_SERVER_ERROR (OPERATION_TIMED_OUT), the server's failure. The answer itself
    // waits for the request's transaction to end, so the lock is let go once the fault has been logged.
    const lock: QueryRunner = platform.dataSource.createQueryRunner();
    await lock.connect();
    const id = `fault-${randomUUID()}`;
    let answered: Promise<Response> | undefined;
    try {
      await lock.startTransaction();
      await lock.query('LOCK TABLE activity IN ACCESS EXCLUSIVE MODE');
      answered = post(
        { query: ACTIVITIES, variables: { id: assignment }, operationName: 'Activities' },
        { 'x-request-id': id },
      );
      await eventually(
        () => Promise.resolve(lines().some((line) => line.correlationId === id)),
        (logged) => logged,
        { what: 'the logged fault', timeoutMs: OPERATION_TIMEOUT_MS * 4 },
      );
    } finally {
      await lock.rollbackTransaction();
      await lock.release();
    }
    const response = await answered;
    const body = (await response?.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
    expect(response?.headers.get('x-request-id')).toBe(id);
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors ?? []) {
      expect(error.extensions).toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'OPERATION_TIMED_OUT',
        correlationId: id,
      });
    }
    expect(await requestLine(id)).toMatchObject({
      operation: 'Activities',
      outcome: 'INTERNAL_SERVER_ERROR',
    });
    const faults = lines().filter((entry) => entry.correlationId === id);
    expect(faults.length).toBe(body.errors?.length);
    for (const fault of faults) {
      expect(fault).toMatchObject({ level: 50, reqId: id, message: 'GraphQL query timed out' });
    }
  });

  it('writes no password, token, name, phone number or covert text', async () => {
    const phone = `139${String(randomInt(10_000_000, 99_999_999))}`;
    const person = `欧阳春花${randomInt(1_000, 9_999)}`;
    const queryToken = `qs-${randomUUID()}`;
    const login = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `session=${queryToken}` },
      body: JSON.stringify({
        query:
          'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
        variables: { u: township, p: 'liandong-demo' },
      }),
    });
    const { data } = (await login.json()) as { data: { login: { accessToken: string } } };
    const client = townshipClient.as(data.login.accessToken);
    const recorded = await client.ok<{ recordActivity: { id: string } }>(RECORD, {
      assignmentId: assignment,
      input: {
        method: 'COVERT_VISIT',
        startsAt: '2023-05-10T01:00:00.000Z',
        endsAt: '2023-05-10T05:00:00.000Z',
        location: '县政务服务中心',
        summary: `暗访窗口,${person} 反映办事难,联系电话 ${phone}`,
        participants: { members: 2, deputies: 3, experts: 1, staff: 2 },
        covert: true,
      },
    });
    const gov = await departmentId(client, township, 'gov');
    await client.ok(SUBMIT, {
      assignmentId: assignment,
      findings: [
        findingInput({
          activityId: recorded.recordActivity.id,
          departmentId: gov,
          description: `群众${person}(电话 ${phone})反映午间窗口无人值守`,
        }),
      ],
    });
    // A query string is dropped from the logged path: a link's token would otherwise land in the logs.
    const health = await fetch(`${platform.url}/health?token=${queryToken}`);
    const healthId = health.headers.get('x-request-id') as string;
    expect(await requestLine(healthId)).toMatchObject({ req: { path: '/health' } });

    const all = written.join('\n');
    expect(all).toContain('RecordActivity');
    for (const secret of ['liandong-demo', data.login.accessToken, phone, person, queryToken, '暗访窗口']) {
      expect(all).not.toContain(secret);
    }
  });
});
