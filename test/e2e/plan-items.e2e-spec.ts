import { GraphqlClient } from '@liandong/testing';
import {
  countRows,
  createAccount,
  createTenantTree,
  fieldsOf,
  HIDDEN,
  Platform,
  refused,
  sqlRows,
  startPlatform,
  tenantId,
  TenantTree,
  unknownId,
} from '@liandong/testing-system';
import { ManualClock, shanghaiTime } from '@liandong/time';

/*
 * Plan items that move (监督法: the plan is carried out, and may be adjusted), over HTTP: an adopted plan's items
 * are scheduled, started, completed or adjusted with the decision that adjusted them, by the issuing office or
 * the item's lead committee; planFigures counts them, overdue by the Asia/Shanghai calendar at the clock's now.
 */
jest.setTimeout(60_000);

const ITEM = `id title isKey isJoint plannedMonth session method status startedAt completedAt adjustedAt
  adjustReason adjustDecision overdue leadCommittee { id code }`;
const CREATE_PLAN = `mutation ($input: AnnualPlanInput!) { createAnnualPlan(input: $input) {
  id status items { ${ITEM} } } }`;
const ADOPT_PLAN = 'mutation ($id: ID!) { adoptAnnualPlan(id: $id) { id status } }';
const PLANS = `query ($year: Int) { annualPlans(year: $year) { id items { ${ITEM} } } }`;
const START = `mutation ($id: ID!) { startPlanItem(id: $id) { ${ITEM} } }`;
const COMPLETE = `mutation ($id: ID!) { completePlanItem(id: $id) { ${ITEM} } }`;
const ADJUST = `mutation ($id: ID!, $reason: String!, $decision: String!) {
  adjustPlanItem(id: $id, reason: $reason, decision: $decision) { ${ITEM} } }`;
const SCHEDULE = `mutation ($id: ID!, $input: PlanItemScheduleInput!) {
  schedulePlanItem(id: $id, input: $input) { ${ITEM} } }`;
const FIGURES = `query ($year: Int!, $scope: ID) { planFigures(year: $year, scopeTenantId: $scope) {
  year items key joint notStarted started completed adjusted overdue } }`;

interface Item {
  id: string;
  title: string;
  isKey: boolean;
  isJoint: boolean;
  plannedMonth: number | null;
  session: string | null;
  method: string | null;
  status: string;
  startedAt: string | null;
  completedAt: string | null;
  adjustedAt: string | null;
  adjustReason: string | null;
  adjustDecision: string | null;
  overdue: boolean;
  leadCommittee: { id: string; code: string } | null;
}

interface Plan {
  id: string;
  status: string;
  items: Item[];
}

interface Figures {
  year: number;
  items: number;
  key: number;
  joint: number;
  notStarted: number;
  started: number;
  completed: number;
  adjusted: number;
  overdue: number;
}

const YEAR = 2024;
/** Mid-June 2024 in Beijing: January to May are over, June is not. */
const MID_JUNE = shanghaiTime('2024-06-15', '10:00');
const DECISION = '市人大常委会第十二次主任会议决定';

describe('plan items that move', () => {
  const clock = new ManualClock(MID_JUNE);
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county1: GraphqlClient;
  let county2: GraphqlClient;
  let cityViewer: GraphqlClient;
  let cityAdmin: GraphqlClient;
  let caijing: GraphqlClient;
  let jiaoke: GraphqlClient;
  let tongchou: GraphqlClient;
  let committees: Record<string, string>;
  let plan: Plan;
  /** The city's adopted 2024 plan's items: A…F, as laid out in `cityItems`. */
  let items: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', Item>;
  let countyPlan: Plan;

  async function committeeId(tenantCode: string, code: string): Promise<string> {
    const [row] = await sqlRows<{ id: string }>(
      platform.dataSource,
      'SELECT c.id FROM committee c JOIN tenant t ON t.id = c.tenant_id WHERE t.code = $1 AND c.code = $2',
      [tenantCode, code],
    );
    if (!row) {
      throw new Error(`no committee ${code} at ${tenantCode}`);
    }
    return row.id;
  }

  const createPlan = async (client: GraphqlClient, input: Record<string, unknown>) =>
    (await client.ok<{ createAnnualPlan: Plan }>(CREATE_PLAN, { input })).createAnnualPlan;
  const adopted = async (client: GraphqlClient, input: Record<string, unknown>) => {
    const created = await createPlan(client, input);
    await client.ok(ADOPT_PLAN, { id: created.id });
    return created;
  };
  const statusOf = async (id: string) =>
    (
      await sqlRows<{ status: string }>(platform.dataSource, 'SELECT status FROM plan_item WHERE id = $1', [
        id,
      ])
    )[0]?.status;
  const figures = async (client: GraphqlClient, year: number, scope?: string) =>
    (await client.ok<{ planFigures: Figures }>(FIGURES, { year, scope })).planFigures;
  const itemSeen = async (client: GraphqlClient, id: string) =>
    (await client.ok<{ annualPlans: Plan[] }>(PLANS, { year: YEAR })).annualPlans
      .flatMap((row) => row.items)
      .find((item) => item.id === id);

  function cityItems(): Array<Record<string, unknown>> {
    return [
      {
        title: '优化营商环境联动监督',
        isKey: true,
        isJoint: true,
        leadCommitteeId: committees['caijing'],
        plannedMonth: 3,
        session: '市十六届人大常委会第五次会议',
        method: '听取和审议专项工作报告',
      },
      {
        title: '义务教育法执法检查',
        isKey: true,
        isJoint: false,
        leadCommitteeId: committees['jiaokewenwei'],
        plannedMonth: 9,
        method: '执法检查',
      },
      { title: '生态环境保护联动监督', isKey: false, isJoint: true, plannedMonth: 5, method: '视察' },
      { title: '听取审议财政决算报告', isKey: false, isJoint: false },
      { title: '专题询问:城市供水', isKey: true, isJoint: false, plannedMonth: 4, method: '专题询问' },
      { title: '乡村振兴专题调研', isKey: false, isJoint: true, plannedMonth: 2, method: '专题调研' },
    ];
  }

  beforeAll(async () => {
    platform = await startPlatform({ clock });
    tree = await createTenantTree(platform.dataSource, 2, 1);
    const [c1, c2] = tree.counties as [string, string];
    [city, county1, county2, caijing, jiaoke, tongchou] = await Promise.all(
      [tree.city, c1, c2, `${tree.city}-caijing`, `${tree.city}-jiaokewenwei`, `${tree.city}-tongchou`].map(
        (username) => platform.as(username),
      ),
    );
    cityViewer = await platform.as(await createAccount(platform.dataSource, tree.city, 'VIEWER'));
    cityAdmin = await platform.as(await createAccount(platform.dataSource, tree.city, 'ADMIN'));
    committees = {
      caijing: await committeeId(tree.city, 'caijing'),
      jiaokewenwei: await committeeId(tree.city, 'jiaokewenwei'),
    };
    countyPlan = await adopted(county1, {
      year: YEAR,
      title: '县2024年度监督工作计划',
      items: [
        { title: '县级营商环境监督', isKey: true, isJoint: true, plannedMonth: 1 },
        { title: '县级财政监督', isKey: false, isJoint: false, plannedMonth: 12 },
      ],
    });
  });
  afterAll(() => platform.close());

  describe('a plan drawn up with its schedule', () => {
    it('keeps each item’s planned month, sitting and method; every item starts NOT_STARTED', async () => {
      plan = await createPlan(city, { year: YEAR, title: '2024年度监督工作计划', items: cityItems() });
      expect(plan.status).toBe('DRAFT');
      expect(
        plan.items.map(({ plannedMonth, session, method, status }) => ({
          plannedMonth,
          session,
          method,
          status,
        })),
      ).toEqual([
        {
          plannedMonth: 3,
          session: '市十六届人大常委会第五次会议',
          method: '听取和审议专项工作报告',
          status: 'NOT_STARTED',
        },
        { plannedMonth: 9, session: null, method: '执法检查', status: 'NOT_STARTED' },
        { plannedMonth: 5, session: null, method: '视察', status: 'NOT_STARTED' },
        { plannedMonth: null, session: null, method: null, status: 'NOT_STARTED' },
        { plannedMonth: 4, session: null, method: '专题询问', status: 'NOT_STARTED' },
        { plannedMonth: 2, session: null, method: '专题调研', status: 'NOT_STARTED' },
      ]);
      const [A, B, C, D, E, F] = plan.items as [Item, Item, Item, Item, Item, Item];
      items = { A, B, C, D, E, F };
      expect(plan.items.every((item) => item.startedAt === null && item.adjustReason === null)).toBe(true);
    });

    const invalid: Array<[string, Record<string, unknown>, string]> = [
      ['month 13', { plannedMonth: 13 }, 'input.items.0.plannedMonth'],
      ['month 0', { plannedMonth: 0 }, 'input.items.0.plannedMonth'],
      ['a sitting of 201 characters', { session: '会'.repeat(201) }, 'input.items.0.session'],
      ['a method of 101 characters', { method: '法'.repeat(101) }, 'input.items.0.method'],
    ];
    it.each(invalid)('an item with %s is BAD_USER_INPUT naming the field', async (_label, change, field) => {
      const before = await countRows(
        platform.dataSource,
        'SELECT 1 FROM annual_plan WHERE tenant_path = (SELECT path FROM tenant WHERE code = $1)',
        [tree.city],
      );
      const error = await refused(
        city,
        CREATE_PLAN,
        {
          input: {
            year: YEAR,
            title: '错误的计划',
            items: [{ title: '项目', isKey: false, isJoint: false, ...change }],
          },
        },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toContain(field);
      expect(
        await countRows(
          platform.dataSource,
          'SELECT 1 FROM annual_plan WHERE tenant_path = (SELECT path FROM tenant WHERE code = $1)',
          [tree.city],
        ),
      ).toBe(before);
    });

    it('an item of a plan not yet adopted does not move: CONFLICT, still NOT_STARTED', async () => {
      for (const [query, variables] of [
        [START, { id: items.A.id }],
        [ADJUST, { id: items.A.id, reason: '调整', decision: DECISION }],
        [SCHEDULE, { id: items.A.id, input: { plannedMonth: 6 } }],
      ] as const) {
        const error = await refused(city, query, variables, 'CONFLICT');
        expect(error.extensions?.['reason']).toBe('ANNUAL_PLAN_NOT_ADOPTED');
      }
      expect(await statusOf(items.A.id)).toBe('NOT_STARTED');
      await city.ok(ADOPT_PLAN, { id: plan.id });
    });
  });

  describe('scheduling', () => {
    it('sets the month, sitting and method; a field left out keeps its value, a null clears it', async () => {
      const { schedulePlanItem: set } = await city.ok<{ schedulePlanItem: Item }>(SCHEDULE, {
        id: items.D.id,
        input: {
          plannedMonth: 11,
          session: '市十六届人大常委会第十次会议',
          method: '听取和审议专项工作报告',
        },
      });
      expect(set).toMatchObject({
        plannedMonth: 11,
        session: '市十六届人大常委会第十次会议',
        status: 'NOT_STARTED',
      });
      const { schedulePlanItem: kept } = await city.ok<{ schedulePlanItem: Item }>(SCHEDULE, {
        id: items.D.id,
        input: { session: null },
      });
      expect(kept).toMatchObject({ plannedMonth: 11, session: null, method: '听取和审议专项工作报告' });
      expect(await itemSeen(city, items.D.id)).toMatchObject({ plannedMonth: 11, session: null });
    });

    it('a month outside 1–12 is BAD_USER_INPUT naming input.plannedMonth, nothing changed', async () => {
      for (const plannedMonth of [13, 0, -1]) {
        const error = await refused(
          city,
          SCHEDULE,
          { id: items.D.id, input: { plannedMonth } },
          'BAD_USER_INPUT',
        );
        expect(fieldsOf(error)).toEqual(['input.plannedMonth']);
      }
      expect((await itemSeen(city, items.D.id))?.plannedMonth).toBe(11);
    });
  });

  describe('moving an item', () => {
    it('the office starts an item: STARTED, at the clock’s now; it stays overdue while its month is over', async () => {
      expect((await itemSeen(city, items.A.id))?.overdue).toBe(true);
      const { startPlanItem: started } = await city.ok<{ startPlanItem: Item }>(START, { id: items.A.id });
      expect(started).toMatchObject({ status: 'STARTED', startedAt: MID_JUNE.toISOString(), overdue: true });
    });

    it('completes a started item: COMPLETED, no longer overdue', async () => {
      clock.advance(3_600_000);
      const { completePlanItem: done } = await city.ok<{ completePlanItem: Item }>(COMPLETE, {
        id: items.A.id,
      });
      expect(done).toMatchObject({
        status: 'COMPLETED',
        startedAt: MID_JUNE.toISOString(),
        completedAt: clock.now().toISOString(),
        overdue: false,
      });
    });

    it('a move the table does not list is CONFLICT, and the status stays', async () => {
      const refusals: Array<[string, Record<string, unknown>, string]> = [
        [START, { id: items.A.id }, 'COMPLETED'],
        [COMPLETE, { id: items.A.id }, 'COMPLETED'],
        [ADJUST, { id: items.A.id, reason: '已完成的项目再调整', decision: DECISION }, 'COMPLETED'],
        [COMPLETE, { id: items.F.id }, 'NOT_STARTED'],
      ];
      for (const [query, variables, stays] of refusals) {
        const error = await refused(city, query, variables, 'CONFLICT');
        expect(error.extensions?.['reason']).toBe('PLAN_ITEM_TRANSITION_NOT_ALLOWED');
        expect(await statusOf(variables['id'] as string)).toBe(stays);
      }
      const settled = await refused(
        city,
        SCHEDULE,
        { id: items.A.id, input: { plannedMonth: 12 } },
        'CONFLICT',
      );
      expect(settled.extensions?.['reason']).toBe('PLAN_ITEM_SETTLED');
    });

    it('adjusting needs a reason and the decision, each at most 2,000 characters: BAD_USER_INPUT naming it', async () => {
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ reason: '', decision: DECISION }, 'reason', 'REASON_REQUIRED'],
        [{ reason: '   ', decision: DECISION }, 'reason', 'REASON_REQUIRED'],
        [{ reason: '部署调整', decision: ' ' }, 'decision', 'REASON_REQUIRED'],
        [{ reason: '因'.repeat(2_001), decision: DECISION }, 'reason', 'TEXT_TOO_LONG'],
        [{ reason: '部署调整', decision: '决'.repeat(2_001) }, 'decision', 'TEXT_TOO_LONG'],
      ];
      for (const [sent, field, reason] of cases) {
        const error = await refused(city, ADJUST, { id: items.E.id, ...sent }, 'BAD_USER_INPUT');
        const problems = (error.extensions?.['fields'] ?? []) as Array<{ field: string; reason: string }>;
        expect(problems.map((problem) => [problem.field, problem.reason])).toEqual([[field, reason]]);
      }
      expect(await statusOf(items.E.id)).toBe('NOT_STARTED');
    });

    it('adjusts an item with why and the deciding body’s decision: ADJUSTED, not overdue', async () => {
      const { adjustPlanItem: adjusted } = await city.ok<{ adjustPlanItem: Item }>(ADJUST, {
        id: items.E.id,
        reason: '  供水专项改由下半年视察  ',
        decision: DECISION,
      });
      expect(adjusted).toMatchObject({
        status: 'ADJUSTED',
        adjustReason: '供水专项改由下半年视察',
        adjustDecision: DECISION,
        adjustedAt: clock.now().toISOString(),
        overdue: false,
      });
      await refused(city, START, { id: items.E.id }, 'CONFLICT');
    });

    it('every change is in the audit trail, as a plan_item update', async () => {
      const updates = await countRows(
        platform.dataSource,
        `SELECT 1 FROM audit_event WHERE action = 'plan_item.update' AND entity_id = ANY($1::text[])`,
        [[items.A.id, items.D.id, items.E.id]],
      );
      // A started and completed, D scheduled twice, E adjusted
      expect(updates).toBe(5);
    });
  });

  describe('who moves an item', () => {
    it('staff of another committee may not move an item, whichever it is: FORBIDDEN, unchanged', async () => {
      for (const id of [items.B.id, items.C.id]) {
        const error = await refused(caijing, START, { id }, 'FORBIDDEN');
        expect(error.extensions?.['reason']).toBe('NOT_ITEM_LEAD');
        expect(await statusOf(id)).toBe('NOT_STARTED');
      }
      await refused(caijing, SCHEDULE, { id: items.B.id, input: { plannedMonth: 10 } }, 'FORBIDDEN');
    });

    it('the lead committee’s staff move their own item', async () => {
      const { startPlanItem: started } = await jiaoke.ok<{ startPlanItem: Item }>(START, { id: items.B.id });
      expect(started).toMatchObject({
        status: 'STARTED',
        leadCommittee: { id: committees['jiaokewenwei'], code: 'jiaokewenwei' },
        overdue: false,
      });
    });

    it('the coordination office (统筹办) and the office’s ADMIN move any item of the plan', async () => {
      const { startPlanItem: started } = await tongchou.ok<{ startPlanItem: Item }>(START, {
        id: items.C.id,
      });
      expect(started).toMatchObject({ status: 'STARTED', overdue: true });
      const { schedulePlanItem: scheduled } = await cityAdmin.ok<{ schedulePlanItem: Item }>(SCHEDULE, {
        id: items.F.id,
        input: { session: '市十六届人大常委会第四次会议' },
      });
      expect(scheduled).toMatchObject({ status: 'NOT_STARTED', plannedMonth: 2, overdue: true });
    });

    it('a VIEWER of the office may not: FORBIDDEN', async () => {
      await refused(cityViewer, START, { id: items.F.id }, 'FORBIDDEN');
      expect(await statusOf(items.F.id)).toBe('NOT_STARTED');
    });

    it('another tenant may not: NOT_FOUND from a county or a department, never moved', async () => {
      const [countyItem] = countyPlan.items as [Item];
      await refused(county1, START, { id: items.F.id }, 'NOT_FOUND');
      await refused(county2, START, { id: countyItem.id }, 'NOT_FOUND');
      await refused(await platform.as(`${tree.city}-gov`), START, { id: items.F.id }, 'NOT_FOUND');
      // the city sees its county's plan but does not move the county's items
      await refused(city, START, { id: countyItem.id }, HIDDEN);
      expect(await statusOf(items.F.id)).toBe('NOT_STARTED');
      expect(await statusOf(countyItem.id)).toBe('NOT_STARTED');
    });

    it('an unknown item is NOT_FOUND, a malformed id BAD_USER_INPUT', async () => {
      await refused(city, START, { id: unknownId() }, 'NOT_FOUND');
      await refused(city, START, { id: 'item-1' }, 'BAD_USER_INPUT');
    });
  });

  describe('planFigures', () => {
    beforeAll(async () => {
      // neither a draft of the year nor an adopted plan of another year counts
      await createPlan(city, {
        year: YEAR,
        title: '草稿',
        items: [{ title: '草稿项目', isKey: true, isJoint: true, plannedMonth: 1 }],
      });
      await adopted(city, {
        year: YEAR + 1,
        title: '2025年度监督工作计划',
        items: [{ title: '次年项目', isKey: true, isJoint: true, plannedMonth: 1 }],
      });
    });

    /*
     * The city's 2024 items now: A completed (key, joint, March); B started (key, September); C started (joint,
     * May); D not started (November); E adjusted (key, April); F not started (joint, February).
     */
    const counted = {
      year: YEAR,
      items: 6,
      key: 3,
      joint: 3,
      notStarted: 2,
      started: 3,
      completed: 1,
      adjusted: 1,
    };

    it('counts the year’s adopted items; mid-June, C (May) and F (February) are overdue', async () => {
      clock.set(MID_JUNE);
      expect(await figures(city, YEAR)).toEqual({ ...counted, overdue: 2 });
      expect(await figures(tongchou, YEAR)).toEqual({ ...counted, overdue: 2 });
    });

    it('September ends at midnight Beijing time, and B with it', async () => {
      const october = shanghaiTime('2024-10-01', '00:00');
      clock.set(new Date(october.getTime() - 1));
      expect((await figures(city, YEAR)).overdue).toBe(2);
      expect((await itemSeen(city, items.B.id))?.overdue).toBe(false);
      clock.set(october);
      expect((await figures(city, YEAR)).overdue).toBe(3);
      expect((await itemSeen(city, items.B.id))?.overdue).toBe(true);
    });

    it('once the year is over, every item not completed or adjusted that has a month is overdue', async () => {
      clock.set(shanghaiTime('2025-01-01', '08:00'));
      expect(await figures(city, YEAR)).toEqual({ ...counted, overdue: 4 });
      expect(await figures(city, YEAR + 1)).toMatchObject({
        items: 1,
        key: 1,
        joint: 1,
        notStarted: 1,
        overdue: 0,
      });
      clock.set(MID_JUNE);
    });

    it('a year without adopted plans counts nothing', async () => {
      expect(await figures(city, 2019)).toEqual({
        year: 2019,
        items: 0,
        key: 0,
        joint: 0,
        notStarted: 0,
        started: 0,
        completed: 0,
        adjusted: 0,
        overdue: 0,
      });
    });

    it('the city reads a county’s figures by scope; the county its own, not the city’s nor a sibling’s', async () => {
      const county1Id = await tenantId(city, tree.counties[0] as string);
      const county = {
        year: YEAR,
        items: 2,
        key: 1,
        joint: 1,
        notStarted: 2,
        started: 0,
        completed: 0,
        adjusted: 0,
        overdue: 1,
      };
      expect(await figures(city, YEAR, county1Id)).toEqual(county);
      expect(await figures(county1, YEAR)).toEqual(county);
      for (const [client, scope] of [
        [county1, await tenantId(city, tree.city)],
        [county2, county1Id],
      ] as const) {
        await refused(client, FIGURES, { year: YEAR, scope }, HIDDEN);
      }
      await refused(city, FIGURES, { year: YEAR, scope: unknownId() }, HIDDEN);
      await refused(city, FIGURES, { year: YEAR, scope: 'county-1' }, 'BAD_USER_INPUT');
    });

    it('a department account reads no plan figures', async () => {
      await refused(await platform.as(`${tree.city}-gov`), FIGURES, { year: YEAR }, 'FORBIDDEN');
    });
  });
});
