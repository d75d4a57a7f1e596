import { randomInt } from 'node:crypto';
import { Workbook } from 'exceljs';
import { GraphqlClient } from '@liandong/testing';
import { addDays } from './dates';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  findingInput,
  HAND_OFF,
  Platform,
  publishedProject,
  REVIEW,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
} from '@liandong/testing-system';

const LEDGER = `query Ledger($filter: LedgerFilter, $first: Int, $after: String) {
  ledger(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id letterNo status deadline overdue escalationLevel department { code name } findings { id } } }
  }
}`;
const LEDGER_HEADERS = [
  '编号',
  '问题',
  '责任单位',
  '交办时间',
  '整改时限',
  '进展',
  '状态',
  '督办等级',
  '销号时间',
  '类别',
];
const SHANGHAI_MS = 8 * 3600 * 1000;

type LedgerNode = {
  id: string;
  letterNo: string;
  status: string;
  deadline: string;
  overdue: boolean;
  escalationLevel: number;
  department: { code: string; name: string };
  findings: Array<{ id: string }>;
};
type Ledger = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: LedgerNode }>;
};
type Cell = string | number | Date | null;

async function ledgerOf(
  client: GraphqlClient,
  filter: Record<string, unknown> = {},
  first?: number,
  after?: string | null,
): Promise<Ledger> {
  return (await client.ok<{ ledger: Ledger }>(LEDGER, { filter, first, after })).ledger;
}

async function idsOf(client: GraphqlClient, filter: Record<string, unknown> = {}): Promise<string[]> {
  return (await ledgerOf(client, filter)).edges.map((edge) => edge.node.id);
}

/** The values of a sheet's non-empty rows (text, numbers, dates; empty cells as null). */
function sheetRows(workbook: Workbook, name: string): Cell[][] {
  const rows: Cell[][] = [];
  workbook.getWorksheet(name)?.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(
      Array.from({ length: values.length - 1 }, (_, i) => {
        const value = values[i + 1];
        return typeof value === 'string' || typeof value === 'number' || value instanceof Date ? value : null;
      }),
    );
  });
  return rows;
}

describe('the rectification ledger (整改台账)', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: string;
  let otherCounty: string;
  let city: GraphqlClient;
  let countyClient: GraphqlClient;
  let otherCountyClient: GraphqlClient;
  let secondProject: string;
  /** Handed over in this order: a, b (two findings, overdue), c (the other county, escalated to the city), d (second project). */
  const handoffs: Record<'a' | 'b' | 'c' | 'd', LedgerNode> = {} as never;
  const titles: Record<string, string[]> = {};

  async function acceptedFindings(
    client: GraphqlClient,
    assignmentId: string | undefined,
    count: number,
  ): Promise<Array<{ id: string; title: string }>> {
    await client.ok(ACKNOWLEDGE, { id: assignmentId });
    const submitted = await client.ok<{ submitFindings: Array<{ id: string; title: string }> }>(SUBMIT, {
      assignmentId,
      findings: Array.from({ length: count }, () => findingInput()),
    });
    await city.ok(REVIEW, { ids: submitted.submitFindings.map((f) => f.id), accept: true });
    return submitted.submitFindings;
  }

  async function handOver(
    client: GraphqlClient,
    findings: Array<{ id: string; title: string }>,
    tenantCode: string,
    department: string,
  ): Promise<LedgerNode> {
    const data = await client.ok<{ handOffFindings: { id: string } }>(HAND_OFF, {
      input: {
        findingIds: findings.map((f) => f.id),
        departmentId: await departmentId(client, tenantCode, department),
        deadline: addDays(new Date(), 30).toISOString(),
        letterNo: `台账测〔2024〕${randomInt(1e9)}号`,
      },
    });
    titles[data.handOffFindings.id] = findings.map((f) => f.title);
    const found = (await ledgerOf(client)).edges.find((edge) => edge.node.id === data.handOffFindings.id);
    if (!found) {
      throw new Error('a new handoff is missing from its own tier’s ledger');
    }
    return found.node;
  }

  async function get(path: string, client?: GraphqlClient): Promise<Response> {
    return fetch(`${platform.url}${path}`, { headers: client ? client.authorization() : {} });
  }

  async function exported(client: GraphqlClient, query = ''): Promise<Cell[][]> {
    const response = await get(`/exports/ledger.xlsx${query}`, client);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const workbook = new Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows = sheetRows(workbook, '整改台账');
    expect(rows[0]).toEqual(['整改台账']);
    expect(rows[1]).toEqual(LEDGER_HEADERS);
    return rows.slice(2);
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
    [county, otherCounty] = tree.counties as [string, string];
    city = await platform.as(tree.city);
    countyClient = await platform.as(county);
    otherCountyClient = await platform.as(otherCounty);

    const first = await publishedProject(city, [county, otherCounty]);
    const assignmentOf = (code: string) => first.assignments.find((a) => a.tenant.code === code)?.id;
    const countyFindings = await acceptedFindings(countyClient, assignmentOf(county), 3);
    const otherFindings = await acceptedFindings(otherCountyClient, assignmentOf(otherCounty), 1);
    const second = await publishedProject(city, [county]);
    secondProject = second.projectId;
    const secondFindings = await acceptedFindings(countyClient, second.assignments[0]?.id, 1);

    handoffs.a = await handOver(countyClient, countyFindings.slice(0, 1), county, 'market');
    handoffs.b = await handOver(countyClient, countyFindings.slice(1), county, 'education');
    handoffs.c = await handOver(otherCountyClient, otherFindings, otherCounty, 'market');
    handoffs.d = await handOver(countyClient, secondFindings, county, 'market');

    // a: signed and 60% done; b: past its deadline; c: 挂牌督办 raised to the city.
    const market = await platform.as(`${county}-market`);
    await market.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id: handoffs.a.id });
    await market.ok(
      'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { id } }',
      { id: handoffs.a.id, input: { measures: '已建立台账', percentDone: 60, final: false } },
    );
    await platform.dataSource.query("UPDATE handoff SET deadline = now() - interval '1 day' WHERE id = $1", [
      handoffs.b.id,
    ]);
    const cityId = await tenantId(city, tree.city);
    await platform.dataSource.query(
      `INSERT INTO escalation (handoff_id, level, name, tenant_id, reason, automatic)
       VALUES ($1, 3, '挂牌督办', $2, '逾期未整改', false)`,
      [handoffs.c.id, cityId],
    );
    await platform.dataSource.query('UPDATE handoff SET escalation_level = 3 WHERE id = $1', [handoffs.c.id]);
  });
  afterAll(() => platform.close());

  it("covers the caller's subtree: the city all, a county its own, never a sibling's, newest first", async () => {
    const all = await ledgerOf(city);
    expect(all.totalCount).toBe(4);
    expect(all.edges.map((edge) => edge.node.id)).toEqual(
      [handoffs.d, handoffs.c, handoffs.b, handoffs.a].map((h) => h.id),
    );
    expect(await idsOf(countyClient)).toEqual([handoffs.d, handoffs.b, handoffs.a].map((h) => h.id));
    expect(await idsOf(otherCountyClient)).toEqual([handoffs.c.id]);
    const [township] = tree.townships[county] as [string];
    expect(await idsOf(await platform.as(township))).toEqual([]);
    const b = all.edges.find((edge) => edge.node.id === handoffs.b.id)?.node;
    expect(b?.findings).toHaveLength(2);
    expect(b?.department.code).toBe('education');
  });

  it('narrows to a tenant inside the subtree, and refuses one outside it', async () => {
    const countyId = await tenantId(city, county);
    expect(await idsOf(city, { scopeTenantId: countyId })).toEqual(
      [handoffs.d, handoffs.b, handoffs.a].map((h) => h.id),
    );
    const otherId = await tenantId(city, otherCounty);
    expect(await countyClient.errorCode(LEDGER, { filter: { scopeTenantId: otherId } })).toBe('FORBIDDEN');
    const cityId = await tenantId(city, tree.city);
    expect(await countyClient.errorCode(LEDGER, { filter: { scopeTenantId: cityId } })).toBe('FORBIDDEN');
  });

  it('filters by project, status and overdue', async () => {
    expect(await idsOf(city, { projectId: secondProject })).toEqual([handoffs.d.id]);
    // A project the caller cannot see is not found, as everywhere else.
    expect(await otherCountyClient.errorCode(LEDGER, { filter: { projectId: secondProject } })).toBe(
      'NOT_FOUND',
    );
    expect(await idsOf(city, { status: ['RECTIFYING'] })).toEqual([handoffs.a.id]);
    expect(await idsOf(city, { status: ['ISSUED'] })).toEqual(
      [handoffs.d, handoffs.c, handoffs.b].map((h) => h.id),
    );
    expect(await idsOf(city, { status: ['RECTIFYING', 'CLOSED'] })).toEqual([handoffs.a.id]);
    const overdue = await ledgerOf(city, { overdueOnly: true });
    expect(overdue.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: handoffs.b.id, overdue: true }),
    ]);
    expect(await idsOf(otherCountyClient, { overdueOnly: true })).toEqual([]);
  });

  it('lists what was escalated to the caller’s tenant, to the city and not to the county', async () => {
    const escalated = await ledgerOf(city, { escalatedToMe: true });
    expect(escalated.totalCount).toBe(1);
    expect(escalated.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: handoffs.c.id, escalationLevel: 3 }),
    ]);
    expect(await idsOf(otherCountyClient, { escalatedToMe: true })).toEqual([]);
    expect(await idsOf(countyClient, { escalatedToMe: true })).toEqual([]);
    const countyId = await tenantId(city, county);
    expect(await idsOf(city, { escalatedToMe: true, scopeTenantId: countyId })).toEqual([]);
    expect(await idsOf(city, { escalatedToMe: false })).toHaveLength(4);
  });

  it('gives department accounts their own department’s handoffs only', async () => {
    const market = await platform.as(`${county}-market`);
    expect(await idsOf(market)).toEqual([handoffs.d.id, handoffs.a.id]);
    expect(await idsOf(market, { status: ['RECTIFYING'] })).toEqual([handoffs.a.id]);
    expect(await idsOf(await platform.as(`${county}-education`))).toEqual([handoffs.b.id]);
    expect(await idsOf(await platform.as(`${otherCounty}-market`))).toEqual([handoffs.c.id]);
    expect(await idsOf(await platform.as(`${otherCounty}-education`))).toEqual([]);
  });

  it('narrows to one responsible unit, for the dashboard’s drill-down to a department', async () => {
    const countyMarket = await departmentId(city, county, 'market');
    expect(await idsOf(city, { departmentId: countyMarket })).toEqual([handoffs.d.id, handoffs.a.id]);
    expect(await idsOf(countyClient, { departmentId: countyMarket, status: ['RECTIFYING'] })).toEqual([
      handoffs.a.id,
    ]);
    // The other county's unit: nothing of it is in this county's ledger, and nothing is said about it.
    const otherMarket = await departmentId(city, otherCounty, 'market');
    expect(await idsOf(countyClient, { departmentId: otherMarket })).toEqual([]);
    // A department account may name itself, and no other unit.
    const market = await platform.as(`${county}-market`);
    expect(await idsOf(market, { departmentId: countyMarket })).toEqual([handoffs.d.id, handoffs.a.id]);
    expect(await market.errorCode(LEDGER, { filter: { departmentId: otherMarket } })).toBe('FORBIDDEN');
    expect(await city.errorCode(LEDGER, { filter: { departmentId: 'market' } })).toBe('BAD_USER_INPUT');
    expect((await exported(city, `?departmentId=${countyMarket}`)).map((row) => row[0])).toEqual(
      [handoffs.d, handoffs.a].map((h) => h.letterNo),
    );
  });

  it('pages with first/after, in the same order, counting them all', async () => {
    const page1 = await ledgerOf(city, {}, 3);
    expect(page1.totalCount).toBe(4);
    expect(page1.edges).toHaveLength(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.pageInfo.endCursor).toBe(page1.edges[2]?.cursor);
    const page2 = await ledgerOf(city, {}, 3, page1.pageInfo.endCursor);
    expect(page2.totalCount).toBe(4);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].map((edge) => edge.node.id)).toEqual(
      [handoffs.d, handoffs.c, handoffs.b, handoffs.a].map((h) => h.id),
    );
    const afterSecond = await ledgerOf(city, {}, 1, page1.edges[1]?.cursor);
    expect(afterSecond.edges.map((edge) => edge.node.id)).toEqual([handoffs.b.id]);
    expect(await city.errorCode(LEDGER, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await city.errorCode(LEDGER, { first: 501 })).toBe('BAD_USER_INPUT');
    expect(await city.errorCode(LEDGER, { after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
  });

  it('exports the caller’s ledger with the Chinese headers, one row per handoff', async () => {
    const rows = await exported(city);
    expect(rows.map((row) => row[0])).toEqual(
      [handoffs.d, handoffs.c, handoffs.b, handoffs.a].map((h) => h.letterNo),
    );
    const rowOf = (id: string) =>
      rows.find((row) => row[0] === Object.values(handoffs).find((h) => h.id === id)?.letterNo);
    const a = rowOf(handoffs.a.id) as Cell[];
    expect(a[1]).toBe(titles[handoffs.a.id]?.[0]);
    expect(a[2]).toBe(handoffs.a.department.name);
    expect(a[2]).toContain('市场监督管理局');
    expect(a[3]).toBeInstanceOf(Date);
    // 整改时限 as a Shanghai wall clock.
    expect(Math.abs((a[4] as Date).getTime() - SHANGHAI_MS - Date.parse(handoffs.a.deadline))).toBeLessThan(
      1000,
    );
    expect(a.slice(5, 8)).toEqual(['60% 已建立台账', '整改中', '无']);
    expect(a[8] ?? null).toBeNull();
    const b = rowOf(handoffs.b.id) as Cell[];
    expect(String(b[1]).split('；').sort()).toEqual([...(titles[handoffs.b.id] ?? [])].sort());
    expect(b[5] ?? null).toBeNull();
    expect(b[6]).toBe('已交办');
    const c = rowOf(handoffs.c.id) as Cell[];
    expect(c[7]).toBe('3级 挂牌督办');

    expect((await exported(countyClient)).map((row) => row[0])).toEqual(
      [handoffs.d, handoffs.b, handoffs.a].map((h) => h.letterNo),
    );
    expect((await exported(await platform.as(`${county}-market`))).map((row) => row[0])).toEqual(
      [handoffs.d, handoffs.a].map((h) => h.letterNo),
    );
  });

  it('takes the same filters as query parameters, and refuses as the query does', async () => {
    expect((await exported(city, '?escalatedToMe=true')).map((row) => row[0])).toEqual([handoffs.c.letterNo]);
    expect((await exported(city, '?overdueOnly=true')).map((row) => row[0])).toEqual([handoffs.b.letterNo]);
    expect((await exported(city, `?projectId=${secondProject}`)).map((row) => row[0])).toEqual([
      handoffs.d.letterNo,
    ]);
    expect((await exported(city, '?status=RECTIFYING,REPLIED')).map((row) => row[0])).toEqual([
      handoffs.a.letterNo,
    ]);
    expect((await exported(city, '?status=RECTIFYING&status=ISSUED')).length).toBe(4);
    const countyId = await tenantId(city, county);
    expect((await exported(city, `?scopeTenantId=${countyId}`)).length).toBe(3);

    expect((await get('/exports/ledger.xlsx')).status).toBe(401);
    const otherId = await tenantId(city, otherCounty);
    const outside = await get(`/exports/ledger.xlsx?scopeTenantId=${otherId}`, countyClient);
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as Record<string, unknown>)['code']).toBe('FORBIDDEN');
    expect((await get('/exports/ledger.xlsx?overdueOnly=maybe', city)).status).toBe(400);
    expect((await get('/exports/ledger.xlsx?status=LOST', city)).status).toBe(400);
    expect((await get('/exports/ledger.xlsx?projectId=nope', city)).status).toBe(400);
  });
});
