import { randomInt } from 'node:crypto';
import { GraphqlClient } from '@liandong/testing';
import {
  countRows,
  createAccount,
  createTenantTree,
  fieldsOf,
  Platform,
  refused,
  startPlatform,
  tenantId,
  TenantTree,
  unknownId,
} from '@liandong/testing-system';

const COMMITTEE_FIELDS = 'id code name coordinates retiredAt memberCount tenant { code }';
const COMMITTEES = `query ($tenantId: ID, $includeRetired: Boolean) {
  committees(tenantId: $tenantId, includeRetired: $includeRetired) { ${COMMITTEE_FIELDS} } }`;
const CREATE = `mutation ($input: CommitteeInput!) { createCommittee(input: $input) { ${COMMITTEE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: CommitteeUpdateInput!) {
  updateCommittee(id: $id, input: $input) { ${COMMITTEE_FIELDS} } }`;
const RETIRE = `mutation ($id: ID!) { retireCommittee(id: $id) { ${COMMITTEE_FIELDS} } }`;

interface Committee {
  id: string;
  code: string;
  name: string;
  coordinates: boolean;
  retiredAt: string | null;
  memberCount: number;
  tenant: { code: string };
}

const SEEDED = ['tongchou', 'caijing', 'daigong', 'jiansi', 'jiaokewenwei', 'nongwei', 'shejian'];

/**
 * Committees and working bodies (各专门委员会和各工委室, the 统筹办 first) on a fresh tree: each office keeps its
 * own; those below read them by name; one with enabled accounts stays until they leave it.
 */
describe('committees: each office keeps its own, those below read them by name', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county: GraphqlClient;
  let cityId: string;
  let countyId: string;
  let siblingId: string;
  let huanzi: string;

  const committeesOf = async (
    client: GraphqlClient,
    variables: { tenantId?: string; includeRetired?: boolean } = {},
  ): Promise<Committee[]> => (await client.ok<{ committees: Committee[] }>(COMMITTEES, variables)).committees;

  /** A staff account of the tenant in the committee, enabled, straight into the table. */
  async function staffOf(tenantCode: string, committeeId: string): Promise<string> {
    const username = `${tenantCode}-staff-${randomInt(1e9)}`;
    await platform.dataSource.query(
      `INSERT INTO account (username, display_name, password_hash, tenant_id, tenant_path, roles, committee_id)
       SELECT $1, '测试委室工作人员', a.password_hash, t.id, t.path, ARRAY['MEMBER'], $2
         FROM tenant t JOIN account a ON a.username = t.code WHERE t.code = $3`,
      [username, committeeId, tenantCode],
    );
    return username;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 1);
    city = await platform.as(tree.city);
    county = await platform.as(tree.counties[0] as string);
    cityId = await tenantId(city, tree.city);
    countyId = await tenantId(city, tree.counties[0] as string);
    siblingId = await tenantId(city, tree.counties[1] as string);
  });
  afterAll(() => platform.close());

  it('lists its own tenant’s committees by default, the 统筹办 first, each with its staff counted', async () => {
    const committees = await committeesOf(city);
    expect(committees.map((committee) => committee.code)).toEqual(SEEDED);
    expect(committees[0]).toMatchObject({ name: '统筹办', coordinates: true, retiredAt: null });
    expect(committees.every((committee) => committee.memberCount === 1)).toBe(true);
    expect(committees.every((committee) => committee.tenant.code === tree.city)).toBe(true);
    expect((await committeesOf(city, { tenantId: cityId })).map((c) => c.id)).toEqual(
      committees.map((c) => c.id),
    );
  });

  it('the city adds a committee and renames it; the code stays', async () => {
    const { createCommittee } = await city.ok<{ createCommittee: Committee }>(CREATE, {
      input: { code: 'huanzi', name: ' 环境与资源保护委员会 ' },
    });
    expect(createCommittee).toMatchObject({
      code: 'huanzi',
      name: '环境与资源保护委员会',
      coordinates: false,
      retiredAt: null,
      memberCount: 0,
      tenant: { code: tree.city },
    });
    huanzi = createCommittee.id;
    const { updateCommittee } = await city.ok<{ updateCommittee: Committee }>(UPDATE, {
      id: huanzi,
      input: { name: '环境与资源保护工作委员会' },
    });
    expect(updateCommittee).toMatchObject({ id: huanzi, code: 'huanzi', name: '环境与资源保护工作委员会' });
    expect((await committeesOf(city)).map((committee) => committee.code)).toContain('huanzi');
  });

  it('refuses a code the tenant holds already, a bad code and a bad name; stores nothing', async () => {
    for (const code of ['caijing', 'huanzi']) {
      const error = await refused(city, CREATE, { input: { code, name: '又一个委员会' } }, 'CONFLICT');
      expect(error.extensions).toMatchObject({ reason: 'DUPLICATE_CODE', duplicateCode: code });
    }
    const badCode = await refused(
      city,
      CREATE,
      { input: { code: '财经', name: '财经委' } },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(badCode)).toEqual(['input.code']);
    const badName = await refused(city, CREATE, { input: { code: 'waishi', name: '' } }, 'BAD_USER_INPUT');
    expect(fieldsOf(badName)).toEqual(['input.name']);
    await refused(city, UPDATE, { id: huanzi, input: { name: '委'.repeat(61) } }, 'BAD_USER_INPUT');
    expect(await countRows(platform.dataSource, "SELECT 1 FROM committee WHERE code = 'waishi'")).toBe(0);
    // A county may give its own committee the same code.
    await county.ok(CREATE, { input: { code: 'huanzi', name: '环境与资源保护委员会' } });
  });

  it('reads committees of its subtree with their staff, of its ancestors by name only, and nothing beside', async () => {
    const ofCounty = await committeesOf(city, { tenantId: countyId });
    expect(ofCounty.find((committee) => committee.code === 'caijing')?.memberCount).toBe(1);
    const cityFromBelow = await committeesOf(county, { tenantId: cityId });
    expect(cityFromBelow.map((committee) => committee.code)).toContain('huanzi');
    expect(cityFromBelow.every((committee) => committee.memberCount === 0)).toBe(true);
    const township = await platform.as(tree.townships[tree.counties[0] as string]?.[0] as string);
    expect(await committeesOf(township)).toEqual([]);
    expect((await committeesOf(township, { tenantId: countyId })).map((c) => c.code)).toContain('caijing');
    await refused(county, COMMITTEES, { tenantId: siblingId }, 'NOT_FOUND');
    await refused(county, COMMITTEES, { tenantId: unknownId() }, 'NOT_FOUND');
    await refused(county, COMMITTEES, { tenantId: 'caijing' }, 'BAD_USER_INPUT');
  });

  it('refuses to retire a committee while enabled accounts belong to it, and retires it once they are gone', async () => {
    const [caijing] = (await committeesOf(city)).filter((committee) => committee.code === 'caijing');
    const seeded = await refused(city, RETIRE, { id: caijing?.id }, 'CONFLICT');
    expect(seeded.extensions).toMatchObject({ reason: 'COMMITTEE_HAS_ACCOUNTS', activeAccounts: 1 });

    const staff = await staffOf(tree.city, huanzi);
    expect((await committeesOf(city)).find((committee) => committee.id === huanzi)?.memberCount).toBe(1);
    const error = await refused(city, RETIRE, { id: huanzi }, 'CONFLICT');
    expect(error.extensions).toMatchObject({ reason: 'COMMITTEE_HAS_ACCOUNTS', activeAccounts: 1 });
    expect(error.message).toContain('账号');

    await platform.dataSource.query('UPDATE account SET disabled_at = now() WHERE username = $1', [staff]);
    const { retireCommittee } = await city.ok<{ retireCommittee: Committee }>(RETIRE, { id: huanzi });
    expect(retireCommittee).toMatchObject({ id: huanzi, memberCount: 0, retiredAt: expect.any(String) });
    const again = await city.ok<{ retireCommittee: Committee }>(RETIRE, { id: huanzi });
    expect(again.retireCommittee.retiredAt).toBe(retireCommittee.retiredAt);
    expect((await committeesOf(city)).map((committee) => committee.code)).not.toContain('huanzi');
    expect((await committeesOf(city, { includeRetired: true })).find((c) => c.id === huanzi)?.retiredAt).toBe(
      retireCommittee.retiredAt,
    );
  });

  it('the city cannot touch a county’s committee, nor the county the city’s: not found', async () => {
    const countyCaijing = (await committeesOf(county)).find((committee) => committee.code === 'caijing')?.id;
    const cityCaijing = (await committeesOf(city)).find((committee) => committee.code === 'caijing')?.id;
    for (const [client, id] of [
      [city, countyCaijing],
      [county, cityCaijing],
      [city, unknownId()],
    ] as const) {
      await refused(client, UPDATE, { id, input: { name: '改名' } }, 'NOT_FOUND');
      await refused(client, RETIRE, { id }, 'NOT_FOUND');
    }
    expect(await countRows(platform.dataSource, "SELECT 1 FROM committee WHERE name = '改名'")).toBe(0);
  });

  it('MEMBER, VIEWER, DEPARTMENT and committee staff are refused; the ADMIN and the 统筹办 may', async () => {
    const callers = [
      await platform.as(await createAccount(platform.dataSource, tree.city, 'MEMBER')),
      await platform.as(await createAccount(platform.dataSource, tree.city, 'VIEWER')),
      await platform.as(`${tree.city}-market`),
      await platform.as(`${tree.city}-caijing`),
    ];
    for (const caller of callers) {
      const error = await refused(
        caller,
        CREATE,
        { input: { code: 'waishi', name: '外事委员会' } },
        'FORBIDDEN',
      );
      expect(error.extensions?.['reason']).toBe('ROLE_LACKS_PERMISSION');
      await refused(caller, UPDATE, { id: huanzi, input: { name: '无权改名' } }, 'FORBIDDEN');
      await refused(caller, RETIRE, { id: huanzi }, 'FORBIDDEN');
    }
    expect(await countRows(platform.dataSource, "SELECT 1 FROM committee WHERE code = 'waishi'")).toBe(0);
    for (const [username, code] of [
      [await createAccount(platform.dataSource, tree.city, 'ADMIN'), 'waishi'],
      [`${tree.city}-tongchou`, 'minzong'],
    ] as const) {
      const client = await platform.as(username);
      const { createCommittee } = await client.ok<{ createCommittee: Committee }>(CREATE, {
        input: { code, name: `${code}委员会` },
      });
      expect(createCommittee.tenant.code).toBe(tree.city);
    }
  });
});
