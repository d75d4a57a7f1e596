import { GraphqlClient } from '@liandong/testing';
import { Db, RequestScope } from '@liandong/db';
import { ProgressRepository } from '@liandong/progress';
import { addDays } from './dates';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  findingInput,
  HAND_OFF,
  Platform,
  projectInput,
  publishedProject,
  REVIEW,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
} from '@liandong/testing-system';

/**
 * `progress` against an oracle: a direct count over the stored rows, written from the contract's
 * definitions (not from the implementation), at city, county and township scope, for every dimension.
 */

type Dimension = 'PROJECT' | 'TENANT' | 'LEVEL' | 'STATUS' | 'METHOD' | 'CATEGORY' | 'DEPARTMENT';
const DIMENSIONS: Dimension[] = ['PROJECT', 'TENANT', 'LEVEL', 'STATUS', 'METHOD', 'CATEGORY', 'DEPARTMENT'];
const GROUPINGS: Dimension[][] = [[], ...DIMENSIONS.map((dimension) => [dimension]), ['PROJECT', 'TENANT']];

interface Figures {
  projects: number;
  findings: number;
  handedOver: number;
  closed: number;
  overdue: number;
  closureRate: number;
  handoffs: number;
  handoffsClosed: number;
}

/** One row, its group keys flattened to ids and codes (null where not grouped), then its figures. */
type Row = Record<Dimension, string | null> & Figures;

const PROGRESS = `query ($scope: ID, $project: ID, $groupBy: [ProgressDimension!]) {
  progress(scopeTenantId: $scope, projectId: $project, groupBy: $groupBy) {
    project { id } tenant { id code } level status method { code } category department { id }
    projects findings handedOver closed overdue closureRate handoffs handoffsClosed } }`;

interface ApiRow extends Figures {
  project: { id: string } | null;
  tenant: { id: string; code: string } | null;
  level: string | null;
  status: string | null;
  method: { code: string } | null;
  category: string | null;
  department: { id: string } | null;
}

async function progressOf(
  client: GraphqlClient,
  args: { scope?: string; project?: string; groupBy: Dimension[] },
): Promise<Row[]> {
  const data = await client.ok<{ progress: ApiRow[] }>(PROGRESS, args);
  return sortRows(
    data.progress.map((row) => ({
      PROJECT: row.project?.id ?? null,
      TENANT: row.tenant?.id ?? null,
      LEVEL: row.level,
      STATUS: row.status,
      METHOD: row.method?.code ?? null,
      CATEGORY: row.category,
      DEPARTMENT: row.department?.id ?? null,
      projects: row.projects,
      findings: row.findings,
      handedOver: row.handedOver,
      closed: row.closed,
      overdue: row.overdue,
      closureRate: row.closureRate,
      handoffs: row.handoffs,
      handoffsClosed: row.handoffsClosed,
    })),
  );
}

function keyOf(row: Record<Dimension, string | null>): string {
  return DIMENSIONS.map((dimension) => row[dimension] ?? '-').join('|');
}

function sortRows(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

/**
 * The oracle. Per finding of the scope's subtree (walked through tenant.parent_id): counted unless
 * MERGED or DISMISSED; handed over when HANDED_OVER, RECTIFYING or CLOSED; closed when CLOSED; overdue
 * when handed over, not closed, and its handoff's deadline has passed. With TENANT, a finding rolls up
 * to the child of the scope above it, or to the scope itself for the scope's own findings.
 * `projects`: distinct projects assigned in scope for the dimensions assignments have (PROJECT, TENANT,
 * LEVEL, or none); for the finding-only dimensions, and for department accounts, the distinct projects
 * of the row's findings.
 */
async function oracle(
  platform: Platform,
  args: { scope: string; project?: string; department?: string; groupBy: Dimension[] },
): Promise<Row[]> {
  const subtree = `WITH RECURSIVE subtree (tenant_id, rolls_up_to) AS (
      SELECT id, id FROM tenant WHERE id = $1
      UNION ALL
      SELECT child.id, CASE WHEN subtree.tenant_id = $1 THEN child.id ELSE subtree.rolls_up_to END
        FROM tenant child JOIN subtree ON child.parent_id = subtree.tenant_id)`;
  const findingKey: Record<Dimension, string> = {
    PROJECT: 'f.project_id::text',
    TENANT: 's.rolls_up_to::text',
    LEVEL: 't.level',
    STATUS: 'f.status',
    METHOD: 'f.method_code',
    CATEGORY: 'f.category',
    DEPARTMENT: 'coalesce(h.department_id, f.department_id)::text',
  };
  const keys = args.groupBy.map((dimension) => `${findingKey[dimension]} AS "${dimension}"`);
  const groupBy =
    args.groupBy.length > 0
      ? `GROUP BY ${args.groupBy.map((dimension) => findingKey[dimension]).join(', ')}`
      : '';
  const findingRows: Array<Record<string, string | number | null>> = await platform.dataSource.query(
    `${subtree}
     SELECT ${[
       ...keys,
       'count(DISTINCT f.project_id)::int AS "findingProjects"',
       'count(*)::int AS "findings"',
       `count(*) FILTER (WHERE f.status IN ('HANDED_OVER', 'RECTIFYING', 'CLOSED'))::int AS "handedOver"`,
       `count(*) FILTER (WHERE f.status = 'CLOSED')::int AS "closed"`,
       `count(*) FILTER (WHERE f.status IN ('HANDED_OVER', 'RECTIFYING') AND h.deadline < now())::int AS "overdue"`,
       'count(DISTINCT h.id)::int AS "handoffs"',
       `count(DISTINCT h.id) FILTER (WHERE h.status = 'CLOSED')::int AS "handoffsClosed"`,
     ].join(', ')}
       FROM finding f
       JOIN subtree s ON s.tenant_id = f.tenant_id
       JOIN tenant t ON t.id = f.tenant_id
       LEFT JOIN handoff h ON h.id = f.handoff_id
      WHERE f.status NOT IN ('MERGED', 'DISMISSED')
        AND ($2::uuid IS NULL OR f.project_id = $2::uuid)
        AND ($3::uuid IS NULL OR h.department_id = $3::uuid)
      ${groupBy}`,
    [args.scope, args.project ?? null, args.department ?? null],
  );
  const rows = new Map<string, Row>();
  const keysOf = (raw: Record<string, string | number | null>): Record<Dimension, string | null> =>
    Object.fromEntries(
      DIMENSIONS.map((dimension) => [
        dimension,
        args.groupBy.includes(dimension) ? (raw[dimension] as string | null) : null,
      ]),
    ) as Record<Dimension, string | null>;
  for (const raw of findingRows) {
    const handedOver = Number(raw['handedOver']);
    const closed = Number(raw['closed']);
    const row: Row = {
      ...keysOf(raw),
      projects: Number(raw['findingProjects']),
      findings: Number(raw['findings']),
      handedOver,
      closed,
      overdue: Number(raw['overdue']),
      closureRate: handedOver === 0 ? 0 : closed / handedOver,
      handoffs: Number(raw['handoffs']),
      handoffsClosed: Number(raw['handoffsClosed']),
    };
    rows.set(keyOf(row), row);
  }
  const assignmentDimensions: Dimension[] = ['PROJECT', 'TENANT', 'LEVEL'];
  if (!args.department && args.groupBy.every((dimension) => assignmentDimensions.includes(dimension))) {
    for (const row of rows.values()) {
      row.projects = 0;
    }
    const assignmentKey: Partial<Record<Dimension, string>> = {
      PROJECT: 'a.project_id::text',
      TENANT: 's.rolls_up_to::text',
      LEVEL: 't.level',
    };
    const assigned: Array<Record<string, string | number | null>> = await platform.dataSource.query(
      `${subtree}
       SELECT ${[...args.groupBy.map((dimension) => `${assignmentKey[dimension]} AS "${dimension}"`), 'count(DISTINCT a.project_id)::int AS "projects"'].join(', ')}
         FROM assignment a
         JOIN subtree s ON s.tenant_id = a.tenant_id
         JOIN tenant t ON t.id = a.tenant_id
        WHERE ($2::uuid IS NULL OR a.project_id = $2::uuid)
        ${args.groupBy.length > 0 ? `GROUP BY ${args.groupBy.map((dimension) => assignmentKey[dimension]).join(', ')}` : ''}`,
      [args.scope, args.project ?? null],
    );
    for (const raw of assigned) {
      const keys = keysOf(raw);
      const existing = rows.get(keyOf(keys));
      if (existing) {
        existing.projects = Number(raw['projects']);
      } else {
        rows.set(keyOf(keys), {
          ...keys,
          projects: Number(raw['projects']),
          findings: 0,
          handedOver: 0,
          closed: 0,
          overdue: 0,
          closureRate: 0,
          handoffs: 0,
          handoffsClosed: 0,
        });
      }
    }
  }
  return sortRows([...rows.values()]);
}

function sum(rows: Row[], figure: keyof Figures): number {
  return rows.reduce((total, row) => total + row[figure], 0);
}

describe('progress', () => {
  let platform: Platform;
  let tree: TenantTree;
  let ids: Record<string, string>;
  let projects: { p1: string; p2: string; p3: string };
  let handoffs: Record<string, string>;
  let city: GraphqlClient;

  const submit = async (
    client: GraphqlClient,
    assignmentId: string,
    findings: Array<Record<string, unknown>>,
  ): Promise<string[]> => {
    await client.ok(ACKNOWLEDGE, { id: assignmentId });
    const data = await client.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId,
      findings,
    });
    return data.submitFindings.map((finding) => finding.id);
  };
  const handOver = async (
    client: GraphqlClient,
    findingIds: string[],
    department: string,
  ): Promise<string> => {
    const data = await client.ok<{ handOffFindings: { id: string } }>(HAND_OFF, {
      input: { findingIds, departmentId: department, deadline: addDays(new Date(), 30).toISOString() },
    });
    return data.handOffFindings.id;
  };
  const sign = (client: GraphqlClient, id: string): Promise<unknown> =>
    client.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id });
  const report = (client: GraphqlClient, id: string, final: boolean): Promise<unknown> =>
    client.ok(
      'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { id } }',
      {
        id,
        input: { measures: final ? '已整改到位' : '正在整改', percentDone: final ? 100 : 40, final },
      },
    );
  const verify = (client: GraphqlClient, id: string, passed: boolean): Promise<unknown> =>
    client.ok(
      'mutation ($id: ID!, $passed: Boolean!, $opinion: String) { verifyHandoff(handoffId: $id, passed: $passed, opinion: $opinion) { id } }',
      {
        id,
        passed,
        opinion: passed ? null : '整改不到位,继续整改',
      },
    );

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
    const [k1, k2] = tree.counties as [string, string];
    const [t11, t12] = tree.townships[k1] as [string, string];
    const [t21, t22] = tree.townships[k2] as [string, string];
    city = await platform.as(tree.city);
    const [county1, county2] = [await platform.as(k1), await platform.as(k2)];
    const [town11, town12, town21, town22] = await Promise.all(
      [t11, t12, t21, t22].map((code) => platform.as(code)),
    );
    ids = Object.fromEntries(
      await Promise.all(
        [tree.city, k1, k2, t11, t12, t21, t22].map(
          async (code) => [code, await tenantId(city, code)] as const,
        ),
      ),
    );

    // P1 everywhere (the city publishes to itself, descendants included), P2 in county 1's subtree, P3 at one
    // township with no findings at all: it still counts among the projects.
    const p1 = await publishedProject(city, [tree.city], { includeDescendants: true });
    const p2 = await publishedProject(city, [k1], {
      includeDescendants: true,
      input: projectInput({ title: `规范涉企执法联动监督 ${Date.now()}` }),
    });
    const p3 = await publishedProject(city, [t21]);
    projects = { p1: p1.projectId, p2: p2.projectId, p3: p3.projectId };
    const assignment = (published: typeof p1, code: string): string => {
      const found = published.assignments.find((a) => a.tenant.code === code);
      if (!found) {
        throw new Error(`no assignment for ${code}`);
      }
      return found.id;
    };

    const gov = async (code: string): Promise<string> => departmentId(city, code, 'gov');
    const [n, o] = await submit(city, assignment(p1, tree.city), [
      findingInput({ category: '服务质效' }),
      findingInput({ method: 'APPRAISAL', category: '执法规范', severity: 'CRITICAL', checklistCode: 'C3' }),
    ]);
    const [k, l] = await submit(county1, assignment(p1, k1), [
      findingInput({ method: 'SPECIAL_REPORT', category: '执法规范', departmentId: await gov(k1) }),
      findingInput({ category: '收费', checklistCode: 'C1' }),
    ]);
    const [m] = await submit(county2, assignment(p1, k2), [findingInput({ method: 'APPRAISAL' })]);
    const [a, b, c, d] = await submit(town11, assignment(p1, t11), [
      findingInput(),
      findingInput({ method: 'SPECIAL_REPORT', category: '执法规范', severity: 'SERIOUS' }),
      findingInput({ method: 'APPRAISAL' }),
      findingInput({ category: '收费', departmentId: await gov(t11) }),
    ]);
    const [e, f] = await submit(town12, assignment(p1, t12), [
      findingInput({ category: '收费' }),
      findingInput(),
    ]);
    const [g, h, i] = await submit(town21, assignment(p1, t21), [
      findingInput({ method: 'SPECIAL_REPORT' }),
      findingInput(),
      findingInput({ category: '执法规范' }),
    ]);
    const [j] = await submit(town22, assignment(p1, t22), [findingInput({ departmentId: await gov(t22) })]);
    const [p, q] = await submit(town11, assignment(p2, t11), [
      findingInput(),
      findingInput({ method: 'SPECIAL_REPORT', category: '执法规范' }),
    ]);
    const [r] = await submit(town12, assignment(p2, t12), [findingInput({ category: '收费' })]);
    const [s] = await submit(county1, assignment(p2, k1), [findingInput({ method: 'APPRAISAL' })]);
    const all = [n, o, k, l, m, a, b, c, d, e, f, g, h, i, j, p, q, r, s] as string[];
    expect(new Set(all).size).toBe(19);

    await county1.ok(REVIEW, { ids: [a, b, c, d, f, p, q, r], accept: true });
    await county1.ok(REVIEW, { ids: [e], accept: false, reason: '事实不清,请补充材料' });
    await county2.ok(REVIEW, { ids: [g, h], accept: true });
    await county2.ok(REVIEW, { ids: [i], accept: false, reason: '证据不足' });
    await city.ok(REVIEW, { ids: [k, l, m, s], accept: true });
    // j stays REPORTED; d, o and s stay ACCEPTED.

    const dept = async (code: string, department: string): Promise<string> =>
      departmentId(city, code, department);
    handoffs = {};
    handoffs['h1'] = await handOver(county1, [a, b] as string[], await dept(k1, 'market'));
    handoffs['h2'] = await handOver(county1, [c] as string[], await dept(k1, 'education'));
    handoffs['h3'] = await handOver(county1, [f] as string[], await dept(k1, 'market'));
    handoffs['h4'] = await handOver(county2, [g] as string[], await dept(k2, 'gov'));
    handoffs['h5'] = await handOver(city, [k, m] as string[], await dept(tree.city, 'market')); // spans both counties
    handoffs['h6'] = await handOver(city, [n] as string[], await dept(tree.city, 'gov'));
    handoffs['h7'] = await handOver(county1, [p, q] as string[], await dept(k1, 'market'));
    handoffs['h8'] = await handOver(city, [r] as string[], await dept(tree.city, 'education'));

    const k1Market = await platform.as(`${k1}-market`);
    const k1Education = await platform.as(`${k1}-education`);
    const cityMarket = await platform.as(`${tree.city}-market`);
    const cityGov = await platform.as(`${tree.city}-gov`);
    const cityEducation = await platform.as(`${tree.city}-education`);
    // h1: closed out. h2: rectifying. h3: issued. h5: replied. h6: closed. h7: failed verification, rectifying. h8: signed.
    await sign(k1Market, handoffs['h1']);
    await report(k1Market, handoffs['h1'], true);
    await verify(county1, handoffs['h1'], true);
    await sign(k1Education, handoffs['h2']);
    await report(k1Education, handoffs['h2'], false);
    await sign(cityMarket, handoffs['h5']);
    await report(cityMarket, handoffs['h5'], true);
    await sign(cityGov, handoffs['h6']);
    await report(cityGov, handoffs['h6'], true);
    await verify(city, handoffs['h6'], true);
    await sign(k1Market, handoffs['h7']);
    await report(k1Market, handoffs['h7'], true);
    await verify(county1, handoffs['h7'], false);
    await sign(cityEducation, handoffs['h8']);

    // A deadline in the past cannot be given, and overdue is computed when asked: move some deadlines back.
    // h1 is closed (never overdue); h2, h4 and h7 are open and now overdue.
    await platform.dataSource.query(
      `UPDATE handoff SET deadline = now() - interval '2 days' WHERE id = ANY($1::uuid[])`,
      [[handoffs['h1'], handoffs['h2'], handoffs['h4'], handoffs['h7']]],
    );
    // Dismissal and merging are outside the core operations; the figures count stored findings, so store them.
    await platform.dataSource.query(`UPDATE finding SET status = 'DISMISSED' WHERE id = $1`, [h]);
    await platform.dataSource.query(`UPDATE finding SET status = 'MERGED' WHERE id = $1`, [l]);
    ids['k1Market'] = await dept(k1, 'market');
    ids['cityMarket'] = await dept(tree.city, 'market');
  });
  afterAll(() => platform.close());

  it('gives non-trivial totals at the city', async () => {
    const [total] = await progressOf(city, { groupBy: [] });
    // 19 findings, one merged and one dismissed; see the dataset above.
    expect(total).toMatchObject({
      projects: 3,
      findings: 17,
      handedOver: 11,
      closed: 3,
      overdue: 4,
      handoffs: 8,
      handoffsClosed: 2,
    });
    expect(total?.closureRate).toBeCloseTo(3 / 11, 10);
  });

  const scopes: Array<{
    name: string;
    caller: () => string;
    scope: () => string | undefined;
    scopeId: () => string;
  }> = [
    {
      name: 'the city (default scope)',
      caller: () => tree.city,
      scope: () => undefined,
      scopeId: () => ids[tree.city],
    },
    {
      name: 'county 1 asked by the city',
      caller: () => tree.city,
      scope: () => ids[tree.counties[0]],
      scopeId: () => ids[tree.counties[0]],
    },
    {
      name: 'county 2 (its own default scope)',
      caller: () => tree.counties[1],
      scope: () => undefined,
      scopeId: () => ids[tree.counties[1]],
    },
    {
      name: 'a township asked by its county',
      caller: () => tree.counties[0],
      scope: () => ids[tree.townships[tree.counties[0]]?.[0]],
      scopeId: () => ids[tree.townships[tree.counties[0]]?.[0]],
    },
    {
      name: 'a township (its own default scope)',
      caller: () => tree.townships[tree.counties[1]]?.[0],
      scope: () => undefined,
      scopeId: () => ids[tree.townships[tree.counties[1]]?.[0]],
    },
  ];

  describe.each(scopes)('at $name', ({ caller, scope, scopeId }) => {
    it.each(GROUPINGS.map((groupBy) => [groupBy.join('+') || 'no grouping', groupBy] as const))(
      '%s equals a direct count',
      async (_, groupBy) => {
        const client = await platform.as(caller());
        const actual = await progressOf(client, { scope: scope(), groupBy: [...groupBy] });
        const expected = await oracle(platform, { scope: scopeId(), groupBy: [...groupBy] });
        expect(actual).toEqual(expected);
        expect(actual.length).toBeGreaterThan(0);
      },
    );

    it('per project equals a direct count', async () => {
      const client = await platform.as(caller());
      for (const project of [projects.p1, projects.p2]) {
        const visible = await client.request<{ progress: ApiRow[] }>(PROGRESS, {
          scope: scope(),
          project,
          groupBy: [],
        });
        if (visible.errors) {
          // a project with no assignment in the caller's subtree is not the caller's to see
          expect(visible.errors[0]?.extensions?.['code']).toBe('NOT_FOUND');
          continue;
        }
        for (const groupBy of [[], ['TENANT'], ['STATUS'], ['DEPARTMENT']] as Dimension[][]) {
          const actual = await progressOf(client, { scope: scope(), project, groupBy });
          expect(actual).toEqual(await oracle(platform, { scope: scopeId(), project, groupBy }));
        }
      }
    });

    it('rolls TENANT rows up to the children of the scope, adding up to the total', async () => {
      const client = await platform.as(caller());
      const [total] = await progressOf(client, { scope: scope(), groupBy: [] });
      const rows = await progressOf(client, { scope: scope(), groupBy: ['TENANT'] });
      const children: Array<{ id: string }> = await platform.dataSource.query(
        'SELECT id FROM tenant WHERE parent_id = $1',
        [scopeId()],
      );
      const allowed = new Set([scopeId(), ...children.map((child) => child.id)]);
      for (const row of rows) {
        expect(allowed.has(row.TENANT as string)).toBe(true);
        if (row.TENANT !== scopeId()) {
          // a child's row is its whole subtree
          const [subtree] = await progressOf(client, { scope: row.TENANT as string, groupBy: [] });
          expect({ ...row, TENANT: null }).toEqual(subtree);
        }
      }
      for (const figure of ['findings', 'handedOver', 'closed', 'overdue'] as const) {
        expect(sum(rows, figure)).toBe(total?.[figure]);
      }
    });
  });

  it('shows the scope itself as a TENANT row for its own findings, and counts assigned projects without findings', async () => {
    const rows = await progressOf(city, { groupBy: ['TENANT'] });
    const own = rows.find((row) => row.TENANT === ids[tree.city]);
    expect(own).toMatchObject({
      findings: 2,
      handedOver: 1,
      closed: 1,
      handoffs: 1,
      handoffsClosed: 1,
      projects: 1,
    });
    expect(rows.map((row) => row.TENANT).sort()).toEqual(
      [ids[tree.city], ...tree.counties.map((code) => ids[code])].sort(),
    );
    const county2 = rows.find((row) => row.TENANT === ids[tree.counties[1]]);
    expect(county2?.projects).toBe(2); // P1, and P3 assigned to one of its townships without any finding
    const byProject = await progressOf(city, { groupBy: ['PROJECT'] });
    expect(byProject.find((row) => row.PROJECT === projects.p3)).toMatchObject({ projects: 1, findings: 0 });
  });

  it('forbids a scope outside the caller’s subtree', async () => {
    const other = await createTenantTree(platform.dataSource, 1, 1);
    const found: Array<{ id: string }> = await platform.dataSource.query(
      'SELECT id FROM tenant WHERE code = $1',
      [other.city],
    );
    const otherCity = found[0]?.id;
    const [k1, k2] = tree.counties as [string, string];
    const query = 'query ($scope: ID) { progress(scopeTenantId: $scope) { findings } }';
    expect(await city.errorCode(query, { scope: otherCity })).toBe('FORBIDDEN');
    expect(await (await platform.as(k1)).errorCode(query, { scope: ids[k2] })).toBe('FORBIDDEN');
    expect(await (await platform.as(k1)).errorCode(query, { scope: ids[tree.city] })).toBe('FORBIDDEN');
    const township = tree.townships[k1]?.[0];
    expect(await (await platform.as(township)).errorCode(query, { scope: ids[k1] })).toBe('FORBIDDEN');
    const leaked = await city.request(query, { scope: otherCity });
    expect(leaked.data?.['progress'] ?? null).toBeNull();
  });

  it('gives a department account the figures of its handed-over findings only', async () => {
    const [k1] = tree.counties as [string];
    const market = await platform.as(`${k1}-market`);
    for (const groupBy of GROUPINGS) {
      const actual = await progressOf(market, { groupBy });
      expect(actual).toEqual(
        await oracle(platform, { scope: ids[k1], department: ids['k1Market'], groupBy }),
      );
    }
    const [total] = await progressOf(market, { groupBy: [] });
    // h1 (a, b; closed), h3 (f) and h7 (p, q; overdue): not c (education), nor the county's other findings
    expect(total).toMatchObject({
      projects: 2,
      findings: 5,
      handedOver: 5,
      closed: 2,
      overdue: 2,
      handoffs: 3,
      handoffsClosed: 1,
    });

    const cityMarket = await platform.as(`${tree.city}-market`);
    const [cityTotal] = await progressOf(cityMarket, { groupBy: [] });
    expect(cityTotal).toEqual(
      (
        await oracle(platform, {
          scope: ids[tree.city],
          department: ids['cityMarket'],
          groupBy: [],
        })
      )[0],
    );
    expect(cityTotal).toMatchObject({ findings: 2, handedOver: 2, closed: 0, handoffs: 1 });

    // a township department was named on a finding that was never handed over: it sees nothing
    const townshipGov = await platform.as(`${tree.townships[k1]?.[0]}-gov`);
    const [nothing] = await progressOf(townshipGov, { groupBy: [] });
    expect(nothing).toMatchObject({ findings: 0, handedOver: 0, handoffs: 0 });

    expect(await market.errorCode(PROGRESS, { scope: ids[tree.city], groupBy: [] })).toBe('FORBIDDEN');
  });

  describe('by month', () => {
    const BY_MONTH = `query ($scope: ID, $project: ID) {
      progressByMonth(scopeTenantId: $scope, projectId: $project) { month reported handedOver closed } }`;
    type Month = { month: string; reported: number; handedOver: number; closed: number };
    const byMonth = async (client: GraphqlClient, args: { scope?: string; project?: string } = {}) =>
      (await client.ok<{ progressByMonth: Month[] }>(BY_MONTH, args)).progressByMonth;
    const sum = (months: Month[], key: 'reported' | 'handedOver' | 'closed'): number =>
      months.reduce((total, month) => total + month[key], 0);

    beforeAll(async () => {
      // Spread the dataset over months, one instant just after midnight in Beijing on the first of a month
      // (still the previous month in UTC), so a month computed in UTC would be caught.
      await platform.dataSource.query(
        `UPDATE finding SET reported_at = CASE WHEN status = 'CLOSED' THEN timestamptz '2023-01-31 16:30:00Z'
                                               ELSE timestamptz '2023-03-10 02:00:00Z' END`,
      );
      await platform.dataSource.query(`UPDATE handoff SET issued_at = timestamptz '2023-04-02 03:00:00Z'`);
      await platform.dataSource.query(
        `UPDATE handoff SET closed_at = timestamptz '2023-05-31 17:00:00Z' WHERE closed_at IS NOT NULL`,
      );
    });

    it('counts each finding in the Beijing month it was reported, handed over and closed', async () => {
      // 17 counted findings (see the totals above): 3 closed ones reported 2023-02-01 00:30 Beijing time, the
      // other 14 in March; 11 handed over in April; the 3 closed ones closed 2023-06-01 01:00 Beijing time.
      expect(await byMonth(city)).toEqual([
        { month: '2023-02', reported: 3, handedOver: 0, closed: 0 },
        { month: '2023-03', reported: 14, handedOver: 0, closed: 0 },
        { month: '2023-04', reported: 0, handedOver: 11, closed: 0 },
        { month: '2023-06', reported: 0, handedOver: 0, closed: 3 },
      ]);
    });

    it('adds up to the totals at every scope and for one project', async () => {
      for (const { caller, scope } of scopes) {
        const client = await platform.as(caller());
        const months = await byMonth(client, { scope: scope() });
        const [total] = await progressOf(client, { scope: scope(), groupBy: [] });
        expect({
          findings: sum(months, 'reported'),
          handedOver: sum(months, 'handedOver'),
          closed: sum(months, 'closed'),
        }).toEqual({ findings: total?.findings, handedOver: total?.handedOver, closed: total?.closed });
      }
      const months = await byMonth(city, { project: projects.p2 });
      const [total] = await progressOf(city, { project: projects.p2, groupBy: [] });
      expect(sum(months, 'reported')).toBe(total?.findings);
      expect(sum(months, 'reported')).toBeLessThan(17);
    });

    it("gives a department only its own findings' months, and keeps scopes inside the caller's subtree", async () => {
      const market = await platform.as(`${tree.counties[0]}-market`);
      const months = await byMonth(market);
      expect(sum(months, 'reported')).toBe(5);
      expect(sum(months, 'closed')).toBe(2);
      expect(await market.errorCode(BY_MONTH, { scope: ids[tree.city] })).toBe('FORBIDDEN');
      const township = await platform.as(tree.townships[tree.counties[1]]?.[0] as string);
      expect(await township.errorCode(BY_MONTH, { scope: ids[tree.counties[0]] })).toBe('FORBIDDEN');
    });
  });

  /**
   * The tallies behind `progress` are kept by triggers on every statement that moves a finding, a handoff or an
   * assignment. Random statements straight on the tables (status changes that merge, dismiss and reopen,
   * findings moved between handoffs and departments, deadlines and closings, rows added in other tenants and
   * removed again, several at once) must leave every figure equal to the direct count and the tallies equal to
   * their recount.
   */
  describe('kept by the tallies through random changes', () => {
    const STATUSES = [
      'REPORTED',
      'ACCEPTED',
      'RETURNED',
      'HANDED_OVER',
      'RECTIFYING',
      'CLOSED',
      'DISMISSED',
      'MERGED',
    ];
    const HANDOFF_STATUSES = ['ISSUED', 'SIGNED', 'RECTIFYING', 'REPLIED', 'CLOSED'];
    let progressRepository: ProgressRepository;
    const copies: string[] = [];

    beforeAll(() => {
      const dataSource = platform.dataSource;
      progressRepository = new ProgressRepository(new Db(dataSource, new RequestScope(dataSource)));
    });

    /** A small deterministic generator, so a failure replays with its seed. */
    function random(seed: number): { int(n: number): number; pick<T>(items: readonly T[]): T } {
      let state = seed >>> 0;
      const next = (): number => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      return {
        int: (n) => Math.floor(next() * n),
        pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
      };
    }

    async function changeAtRandom(seed: number): Promise<void> {
      const rnd = random(seed);
      const root = tree.city;
      await platform.dataSource.transaction(async (manager) => {
        for (let step = 0; step < 6; step += 1) {
          const findings: Array<{ id: string; project_id: string }> = await manager.query(
            'SELECT id, project_id FROM finding WHERE tenant_path <@ $1::ltree ORDER BY id',
            [root],
          );
          const handoffRows: Array<{ id: string; project_id: string; department_id: string }> =
            await manager.query(
              'SELECT id, project_id, department_id FROM handoff WHERE tenant_path <@ $1::ltree ORDER BY id',
              [root],
            );
          const tenants: Array<{ id: string; path: string }> = await manager.query(
            'SELECT id, path::text FROM tenant WHERE path <@ $1::ltree ORDER BY path',
            [root],
          );
          const some = findings.filter(() => rnd.int(4) === 0).map((finding) => finding.id);
          switch (rnd.int(6)) {
            case 0: // merges, dismissals, reopenings: any status, several findings in one statement
              await manager.query('UPDATE finding SET status = $2 WHERE id = ANY($1::uuid[])', [
                some,
                rnd.pick(STATUSES),
              ]);
              break;
            case 1: {
              // a finding moves to another handoff of its project (and its department), or off any handoff
              const finding = rnd.pick(findings);
              const target = rnd.pick([
                null,
                ...handoffRows.filter((handoff) => handoff.project_id === finding.project_id),
              ]);
              await manager.query('UPDATE finding SET handoff_id = $2, department_id = $3 WHERE id = $1', [
                finding.id,
                target?.id ?? null,
                target?.department_id ?? null,
              ]);
              break;
            }
            case 2: // closings, reopenings and new deadlines of handoffs, passed or not
              await manager.query(
                `UPDATE handoff SET status = $2, deadline = now() + make_interval(days => $3)
                  WHERE id = ANY($1::uuid[])`,
                [
                  handoffRows.filter(() => rnd.int(3) === 0).map((handoff) => handoff.id),
                  rnd.pick(HANDOFF_STATUSES),
                  rnd.int(20) - 10,
                ],
              );
              break;
            case 3: {
              // copies of findings reported in another tenant the project is assigned to
              const copied: Array<{ id: string }> = await manager.query(
                `INSERT INTO finding
                 SELECT (json_populate_record(f, json_build_object(
                           'id', gen_random_uuid(), 'tenant_id', a.tenant_id, 'tenant_path', a.tenant_path::text,
                           'assignment_id', a.id))).*
                   FROM finding f
                   CROSS JOIN LATERAL (SELECT * FROM assignment a WHERE a.project_id = f.project_id
                                        ORDER BY a.id OFFSET $2 LIMIT 1) a
                  WHERE f.id = ANY($1::uuid[])
                 RETURNING id`,
                [some.slice(0, 3), rnd.int(3)],
              );
              copies.push(...copied.map((row) => row.id));
              break;
            }
            case 4: // copies removed again
              await manager.query('DELETE FROM finding WHERE id = ANY($1::uuid[])', [
                copies.splice(0, 1 + rnd.int(3)),
              ]);
              break;
            default: {
              // an assignment added where there was none, or one taken away
              const tenant = rnd.pick(tenants);
              const [assignment] = await manager.query(
                'SELECT id FROM assignment WHERE tenant_path <@ $1::ltree ORDER BY id LIMIT 1 OFFSET $2',
                [root, rnd.int(3)],
              );
              if (rnd.int(2) === 0) {
                await manager.query(
                  `INSERT INTO assignment
                   SELECT (json_populate_record(a, json_build_object(
                             'id', gen_random_uuid(), 'tenant_id', $2::uuid, 'tenant_path', $3::text,
                             'parent_assignment_id', NULL))).*
                     FROM assignment a WHERE a.id = $1
                   ON CONFLICT DO NOTHING`,
                  [assignment.id, tenant.id, tenant.path],
                );
              } else {
                await manager.query(
                  `DELETE FROM assignment a WHERE a.tenant_path <@ $1::ltree
                      AND NOT EXISTS (SELECT 1 FROM finding f WHERE f.assignment_id = a.id)
                      AND NOT EXISTS (SELECT 1 FROM assignment c WHERE c.parent_assignment_id = a.id)
                      AND a.id IN (SELECT id FROM assignment WHERE tenant_path <@ $1::ltree ORDER BY id DESC LIMIT 1)`,
                  [root],
                );
              }
            }
          }
        }
      });
    }

    it.each([11, 23, 37, 41, 59, 73])('equal a direct count after random changes (seed %i)', async (seed) => {
      await changeAtRandom(seed);
      expect(await progressRepository.drift()).toEqual({ count: 0, sample: [] });
      for (const { caller, scope, scopeId } of scopes) {
        const client = await platform.as(caller());
        for (const groupBy of GROUPINGS) {
          const actual = await progressOf(client, { scope: scope(), groupBy: [...groupBy] });
          expect(actual).toEqual(await oracle(platform, { scope: scopeId(), groupBy: [...groupBy] }));
        }
      }
    });

    it('repairs tallies that drifted, and reports the drift first', async () => {
      await platform.dataSource.query(
        `UPDATE progress_tally SET findings = findings + 1 WHERE node = $1 AND dims = ''`,
        [tree.city],
      );
      const drift = await progressRepository.drift();
      expect(drift.count).toBeGreaterThan(0);
      expect(drift.sample[0]?.table).toBe('progress_tally');
      await progressRepository.recount();
      expect(await progressRepository.drift()).toEqual({ count: 0, sample: [] });
    });
  });
});
