import { Db, RequestScope } from '@liandong/db';
import { GraphqlClient } from '@liandong/testing';
import { addDays } from './dates';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  fieldsOf,
  findingInput,
  HIDDEN,
  handOver,
  Platform,
  projectInput,
  publishedProject,
  refused,
  REVIEW,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
} from '@liandong/testing-system';

const STANDINGS = `query ($projectId: ID!, $scopeTenantId: ID) {
  projectIndicators(projectId: $projectId, scopeTenantId: $scopeTenantId) {
    code name target computed lowerIsBetter actual met tiers { tenantId tenantName level actual met } } }`;
const VALUES = `query ($projectId: ID!, $code: String!, $scopeTenantId: ID) {
  indicatorValues(projectId: $projectId, code: $code, scopeTenantId: $scopeTenantId) {
    id tenantId code value source measuredOn milestone } }`;
const RECORD = `mutation ($projectId: ID!, $input: IndicatorValueInput!) {
  recordIndicatorValue(projectId: $projectId, input: $input) { id tenantId code value source measuredOn milestone } }`;
const REPORT =
  'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { status } }';
const EVALUATE = `mutation ($handoffId: ID!, $scheme: EvaluationScheme!, $eligible: Int!) {
  createEvaluation(handoffId: $handoffId, scheme: $scheme, eligible: $eligible) { id } }`;
const VOTE = `mutation ($evaluationId: ID!, $votes: VotesInput!) {
  recordVotes(evaluationId: $evaluationId, votes: $votes) { result } }`;

interface Tier {
  tenantId: string;
  tenantName: string;
  level: string;
  actual: number | null;
  met: boolean | null;
}

interface Standing {
  code: string;
  name: string;
  target: number;
  computed: boolean;
  lowerIsBetter: boolean;
  actual: number | null;
  met: boolean | null;
  tiers: Tier[];
}

const INDICATORS = [
  { code: 'HANDOVER_RATE', name: '问题交办率(%)', target: 95 },
  { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 70 },
  { code: 'ON_TIME_RATE', name: '按期办结率(%)', target: 90 },
  { code: 'OVERDUE_RATE', name: '逾期率(%)', target: 10 },
  { code: 'SATISFACTION_RATE', name: '群众满意率(%)', target: 50 },
  { code: 'TRAINED', name: '年度补贴性职业技能培训(万人次)', target: 20 },
];

function value(
  code: string,
  amount: number,
  measuredOn: string,
  source = '统计局年报',
): Record<string, unknown> {
  return { code, value: amount, source, measuredOn };
}

describe('effect indicators (统一效果)', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county1: GraphqlClient;
  let county2: GraphqlClient;
  let township11: GraphqlClient;
  let township12: GraphqlClient;
  let projectId: string;
  const ids: Record<string, string> = {};

  async function standings(client: GraphqlClient, scopeTenantId?: string): Promise<Record<string, Standing>> {
    const data = await client.ok<{ projectIndicators: Standing[] }>(STANDINGS, { projectId, scopeTenantId });
    return Object.fromEntries(data.projectIndicators.map((standing) => [standing.code, standing]));
  }

  function tierOf(standing: Standing | undefined, id: string | undefined): Tier | undefined {
    return standing?.tiers.find((tier) => tier.tenantId === id);
  }

  /**
   * The computed indicators by a direct count over the tables, at one node: the oracle the API must equal.
   * Rounded as the API rounds, null where the whole is zero.
   */
  async function handCount(scopeCode: string): Promise<Record<string, number | null>> {
    const [row] = await platform.dataSource.query(
      `WITH node AS (SELECT path FROM tenant WHERE code = $2),
            f AS (SELECT f.status, h.status AS h_status, h.deadline, h.closed_at FROM finding f
                    LEFT JOIN handoff h ON h.id = f.handoff_id, node
                   WHERE f.project_id = $1 AND f.tenant_path <@ node.path),
            e AS (SELECT DISTINCT ON (h.id) ev.result FROM handoff h JOIN evaluation ev ON ev.handoff_id = h.id, node
                   WHERE h.project_id = $1 AND h.tenant_path <@ node.path AND ev.voted_at IS NOT NULL
                   ORDER BY h.id, ev.voted_at DESC)
       SELECT (SELECT count(*) FROM f WHERE status IN ('ACCEPTED', 'HANDED_OVER', 'RECTIFYING', 'CLOSED'))::int AS needing,
              (SELECT count(*) FROM f WHERE status IN ('HANDED_OVER', 'RECTIFYING', 'CLOSED'))::int AS handed,
              (SELECT count(*) FROM f WHERE status = 'CLOSED')::int AS closed,
              (SELECT count(*) FROM f WHERE status = 'CLOSED' AND closed_at <= deadline)::int AS on_time,
              (SELECT count(*) FROM f WHERE status IN ('HANDED_OVER', 'RECTIFYING'))::int AS open,
              (SELECT count(*) FROM f WHERE status IN ('HANDED_OVER', 'RECTIFYING') AND h_status <> 'CLOSED'
                                        AND deadline <= now())::int AS overdue,
              (SELECT count(*) FROM e)::int AS evaluated,
              (SELECT count(*) FROM e WHERE result NOT IN ('UNSATISFIED', 'FAILED'))::int AS satisfied`,
      [projectId, scopeCode],
    );
    const pct = (part: number, whole: number): number | null =>
      whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
    return {
      HANDOVER_RATE: pct(row.handed, row.needing),
      RECTIFY_RATE: pct(row.closed, row.handed),
      ON_TIME_RATE: pct(row.on_time, row.closed),
      OVERDUE_RATE: pct(row.overdue, row.open),
      SATISFACTION_RATE: pct(row.satisfied, row.evaluated),
    };
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
    const [c1, c2] = tree.counties as [string, string];
    const [t11, t12] = tree.townships[c1] as [string, string];
    city = await platform.as(tree.city);
    county1 = await platform.as(c1);
    county2 = await platform.as(c2);
    township11 = await platform.as(t11);
    township12 = await platform.as(t12);
    for (const [name, code] of Object.entries({ city: tree.city, c1, c2, t11, t12 })) {
      ids[name] = await tenantId(city, code);
    }
    const published = await publishedProject(city, [c1, c2], {
      includeDescendants: true,
      input: projectInput({
        unifications: {
          ...(projectInput()['unifications'] as Record<string, unknown>),
          effect: { indicators: INDICATORS },
        },
      }),
    });
    projectId = published.projectId;

    // A scripted handoff run in the first county: seven findings, six accepted, five handed over in four letters.
    const assignmentId = published.assignments.find((a) => a.tenant.code === c1)?.id;
    await county1.ok(ACKNOWLEDGE, { id: assignmentId });
    const submitted = await county1.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId,
      findings: Array.from({ length: 7 }, () => findingInput()),
    });
    const [f1, f2, f3, f4, f5, f6] = submitted.submitFindings.map((finding) => finding.id) as string[];
    await city.ok(REVIEW, { ids: [f1, f2, f3, f4, f5, f6], accept: true });
    const market = await departmentId(county1, c1, 'market');
    const department = await platform.as(`${c1}-market`);
    const deadline = addDays(new Date(), 30);
    const sign = (id: string) => department.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id });
    const reply = (id: string) =>
      department.ok(REPORT, {
        id,
        input: { measures: '已整改到位并建立长效机制', percentDone: 100, final: true },
      });
    const verify = (id: string) =>
      county1.ok('mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true) { status } }', { id });
    const evaluate = async (handoffId: string, satisfied: number, unsatisfied: number) => {
      const created = await county1.ok<{ createEvaluation: { id: string } }>(EVALUATE, {
        handoffId,
        scheme: 'THREE_GRADE',
        eligible: 10,
      });
      await county1.ok(VOTE, {
        evaluationId: created.createEvaluation.id,
        votes: { satisfied, basicallySatisfied: 0, unsatisfied },
      });
    };
    // A (f1, f2): closed on time, evaluated satisfied.
    const a = await handOver(county1, [f1, f2], market, deadline);
    await sign(a.id);
    await reply(a.id);
    await verify(a.id);
    await evaluate(a.id, 8, 2);
    // B (f3): closed, but after its deadline.
    const b = await handOver(county1, [f3], market, deadline);
    await sign(b.id);
    await reply(b.id);
    await verify(b.id);
    await platform.dataSource.query(
      `UPDATE handoff SET deadline = closed_at - interval '1 day' WHERE id = $1`,
      [b.id],
    );
    // C (f4): open and past its deadline (a past deadline cannot be given: move it back).
    const c = await handOver(county1, [f4], market, deadline);
    await platform.dataSource.query(`UPDATE handoff SET deadline = now() - interval '2 days' WHERE id = $1`, [
      c.id,
    ]);
    // D (f5): replied, evaluated unsatisfied, so back to rectifying; open, not yet due.
    const d = await handOver(county1, [f5], market, deadline);
    await sign(d.id);
    await reply(d.id);
    await evaluate(d.id, 2, 8);
    // f6 accepted and not handed over; f7 still awaiting review (not yet needing handover).
  });
  afterAll(() => platform.close());

  describe('computed indicators', () => {
    it('equal the hand count of the scripted run at the county, with the met direction per indicator', async () => {
      const county = await standings(county1);
      // 6 need handing over, 5 handed over, 3 closed (2 on time), 2 open (1 overdue), 2 evaluated (1 satisfied).
      expect(
        Object.values(county).map(({ code, actual, met, computed }) => ({ code, actual, met, computed })),
      ).toEqual([
        { code: 'HANDOVER_RATE', actual: 83.33, met: false, computed: true },
        { code: 'RECTIFY_RATE', actual: 60, met: false, computed: true },
        { code: 'ON_TIME_RATE', actual: 66.67, met: false, computed: true },
        { code: 'OVERDUE_RATE', actual: 50, met: false, computed: true },
        { code: 'SATISFACTION_RATE', actual: 50, met: true, computed: true },
        { code: 'TRAINED', actual: null, met: null, computed: false },
      ]);
      expect(county['OVERDUE_RATE']?.lowerIsBetter).toBe(true);
      expect(county['RECTIFY_RATE']?.lowerIsBetter).toBe(false);
      const oracle = await handCount(tree.counties[0] as string);
      for (const [code, actual] of Object.entries(oracle)) {
        expect({ code, actual: county[code]?.actual }).toEqual({ code, actual });
      }
    });

    it('roll up to the city: its figures over the whole subtree, the county that did the work, and the one with none', async () => {
      const top = await standings(city);
      const oracle = await handCount(tree.city);
      for (const [code, actual] of Object.entries(oracle)) {
        expect({ code, actual: top[code]?.actual }).toEqual({ code, actual });
      }
      const rectify = top['RECTIFY_RATE'];
      expect(rectify?.tiers.map((tier) => tier.tenantId)).toEqual([ids['city'], ids['c1'], ids['c2']]);
      expect(tierOf(rectify, ids['city'])).toMatchObject({ level: 'CITY', actual: 60, met: false });
      expect(tierOf(rectify, ids['c1'])).toMatchObject({ level: 'COUNTY', actual: 60 });
      expect(tierOf(rectify, ids['c2'])).toMatchObject({ level: 'COUNTY', actual: null, met: null });
    });

    it('refuses a computed code: it is never typed', async () => {
      const error = await refused(
        county1,
        RECORD,
        { projectId, input: value('RECTIFY_RATE', 99, '2023-06-30') },
        'BAD_USER_INPUT',
      );
      expect(error.extensions?.['fields']).toEqual([
        expect.objectContaining({ field: 'input.code', reason: 'INDICATOR_COMPUTED' }),
      ]);
    });
  });

  describe('entered indicators', () => {
    beforeAll(async () => {
      await township11.ok(RECORD, { projectId, input: value('TRAINED', 18, '2023-06-30', '镇人社所台账') });
      await township12.ok(RECORD, { projectId, input: value('TRAINED', 24, '2023-06-30', '镇人社所台账') });
      await county2.ok(RECORD, {
        projectId,
        input: { ...value('TRAINED', 15, '2023-06-30'), milestone: '问题清单' },
      });
    });

    it('roll up as the mean of the tiers below when a tier entered none of its own', async () => {
      const county = await standings(county1);
      expect(county['TRAINED']).toMatchObject({ computed: false, actual: 21, met: true });
      expect(tierOf(county['TRAINED'], ids['t11'])?.actual).toBe(18);
      expect(tierOf(county['TRAINED'], ids['t12'])?.actual).toBe(24);
      const top = await standings(city);
      // The city: the mean of county 1 (21, its townships' mean) and county 2 (15, its own).
      expect(top['TRAINED']).toMatchObject({ actual: 18, met: false });
    });

    it("take a tier's own latest value over those below it; history is kept and the latest day measured counts", async () => {
      await county1.ok(RECORD, { projectId, input: value('TRAINED', 19, '2023-06-30') });
      await county1.ok(RECORD, { projectId, input: value('TRAINED', 30, '2023-12-31', '统计局年报(2023)') });
      // Entered last, but measured earlier: it is history, not the latest.
      await county1.ok(RECORD, { projectId, input: value('TRAINED', 5, '2023-03-31') });
      const history = await county1.ok<{ indicatorValues: Array<{ value: number; tenantId: string }> }>(
        VALUES,
        {
          projectId,
          code: 'TRAINED',
        },
      );
      expect(history.indicatorValues.map((v) => v.value)).toEqual([30, 19, 5]);
      expect(history.indicatorValues.every((v) => v.tenantId === ids['c1'])).toBe(true);
      expect((await standings(county1))['TRAINED']?.actual).toBe(30);
      expect((await standings(city))['TRAINED']).toMatchObject({ actual: 22.5, met: true });
      // The city reads a county's own history by scope.
      const scoped = await city.ok<{ indicatorValues: Array<{ value: number }> }>(VALUES, {
        projectId,
        code: 'TRAINED',
        scopeTenantId: ids['c2'],
      });
      expect(scoped.indicatorValues).toEqual([expect.objectContaining({ value: 15, milestone: '问题清单' })]);
    });

    it('refuses an unknown code, a date that is not a day, a future day, an empty source and an unknown milestone', async () => {
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [value('NOT_IN_PLAN', 1, '2023-06-30'), 'input.code', 'UNKNOWN_INDICATOR'],
        [value('TRAINED', 1, '2023-02-30'), 'input.measuredOn', 'INVALID_DATE'],
        [value('TRAINED', 1, '2999-01-01'), 'input.measuredOn', 'DATE_IN_FUTURE'],
        [value('TRAINED', 1, '2023-06-30', '  '), 'input.source', 'SOURCE_REQUIRED'],
        [
          { ...value('TRAINED', 1, '2023-06-30'), milestone: '不存在的节点' },
          'input.milestone',
          'UNKNOWN_MILESTONE',
        ],
      ];
      for (const [input, field, reason] of cases) {
        const error = await refused(county1, RECORD, { projectId, input }, 'BAD_USER_INPUT');
        expect(fieldsOf(error)).toEqual([field]);
        expect(error.extensions?.['fields']).toEqual([expect.objectContaining({ reason })]);
      }
    });

    it("lets a township enter only its own tier's value, never the county's", async () => {
      const entered = await township11.ok<{ recordIndicatorValue: { tenantId: string } }>(RECORD, {
        projectId,
        input: value('TRAINED', 99, '2023-12-31'),
      });
      expect(entered.recordIndicatorValue.tenantId).toBe(ids['t11']);
      expect((await standings(county1))['TRAINED']?.actual).toBe(30);
      // The county's own history has no township value, and the township cannot even read the county's.
      const own = await county1.ok<{ indicatorValues: Array<{ value: number }> }>(VALUES, {
        projectId,
        code: 'TRAINED',
      });
      expect(own.indicatorValues.map((v) => v.value)).toEqual([30, 19, 5]);
      await refused(
        township11,
        VALUES,
        { projectId, code: 'TRAINED', scopeTenantId: ids['c1'] },
        'FORBIDDEN',
      );
      await refused(township11, STANDINGS, { projectId, scopeTenantId: ids['c1'] }, 'FORBIDDEN');
    });

    it('refuses a tier that takes no part in the project', async () => {
      const other = await publishedProject(city, [tree.counties[0] as string]);
      await refused(
        county2,
        RECORD,
        { projectId: other.projectId, input: value('I1', 1, '2023-06-30') },
        HIDDEN,
      );
      // The issuing city takes part without an assignment of its own.
      await city.ok(RECORD, { projectId: other.projectId, input: value('I1', 88, '2023-06-30') });
    });
  });

  describe('isolation', () => {
    it('keeps a sibling county out of its neighbour: no scope, no history, and its own node sees none of it', async () => {
      await refused(county2, STANDINGS, { projectId, scopeTenantId: ids['c1'] }, 'FORBIDDEN');
      await refused(county2, VALUES, { projectId, code: 'TRAINED', scopeTenantId: ids['c1'] }, 'FORBIDDEN');
      const own = await standings(county2);
      expect(own['TRAINED']?.actual).toBe(15);
      expect(own['RECTIFY_RATE']?.actual).toBeNull();
      expect(own['TRAINED']?.tiers.map((tier) => tier.tenantId)).not.toContain(ids['c1']);
    });

    it('hides the project from a tenant outside it', async () => {
      const stranger = await platform.as((await createTenantTree(platform.dataSource, 1, 0)).city);
      await refused(stranger, STANDINGS, { projectId }, HIDDEN);
      await refused(stranger, VALUES, { projectId, code: 'TRAINED' }, HIDDEN);
      await refused(stranger, RECORD, { projectId, input: value('TRAINED', 1, '2023-06-30') }, HIDDEN);
    });

    it('keeps the values behind row-level security as well: the database shows a county only its subtree', async () => {
      const scope = platform.api.get(RequestScope);
      const db = platform.api.get(Db);
      const [path] = (await platform.dataSource.query('SELECT path::text FROM tenant WHERE id = $1', [
        ids['c2'],
      ])) as Array<{ path: string }>;
      const transaction = scope.begin();
      const rows = await scope.enter(transaction, async () => {
        try {
          await scope.set({ tenant_path: path?.path });
          return (await db.manager.query('SELECT tenant_id FROM indicator_value WHERE project_id = $1', [
            projectId,
          ])) as Array<{ tenant_id: string }>;
        } finally {
          await transaction.finish(false);
        }
      });
      expect(rows).toEqual([{ tenant_id: ids['c2'] }]);
    });
  });
});
