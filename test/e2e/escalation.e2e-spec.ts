import { CalendarService, HandoffsService } from '@liandong/handoffs';
import { GraphqlClient } from '@liandong/testing';
import { ManualClock } from '@liandong/time';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  escalationsOf,
  eventually,
  handoffOf,
  HandoffView,
  handOver,
  noticesOf,
  Platform,
  startPlatform,
  TenantTree,
} from '@liandong/testing-system';

/**
 * Deadlines with the worker running, on a clock the test moves: a handoff not closed by its deadline is
 * escalated to level 1 by the worker's sweep, once, and the department and the handing-over tenant are
 * told; a closed one never is; later working days climb the ladder to 挂牌督办, raised to the parent tenant.
 *
 * The worker sweeps the whole shared database, so the clock moves at most an hour or two ahead: every other
 * test file hands over with deadlines days away. Each test makes its own handoffs and sets the clock
 * itself, so none depends on another having run.
 */
jest.setTimeout(60_000);

const HOUR_MS = 3_600_000;
const LEDGER_ESCALATED = '{ ledger(filter: { escalatedToMe: true }, first: 100) { edges { node { id } } } }';

describe('escalation at the deadline', () => {
  const clock = new ManualClock(new Date());
  let platform: Platform;
  let tree: TenantTree;
  let handoffs: HandoffsService;

  beforeAll(async () => {
    platform = await startPlatform({ worker: true, clock });
    tree = await createTenantTree(platform.dataSource, 1, 1);
    handoffs = platform.worker!.get(HandoffsService);
  });
  afterAll(() => platform.close());

  /** A fresh finding handed over to the county's market regulator, due an hour from the clock's now. */
  async function dueInAnHour(): Promise<{
    county: GraphqlClient;
    department: GraphqlClient;
    deadline: Date;
    handoff: HandoffView;
  }> {
    const scenario = await acceptedCountyFindings(platform, tree, 1);
    const county = scenario.client;
    const deadline = new Date(clock.now().getTime() + HOUR_MS);
    const market = await departmentId(county, scenario.county, 'market');
    return {
      county,
      department: await platform.as(`${scenario.county}-market`),
      deadline,
      handoff: await handOver(county, scenario.findingIds, market, deadline),
    };
  }

  function pastDeadline(deadline: Date): void {
    if (clock.now().getTime() <= deadline.getTime()) {
      clock.set(new Date(deadline.getTime() + 1_000));
    }
  }

  it('starts neither overdue nor escalated, and tells the department through the queue, once', async () => {
    const { department, handoff: open } = await dueInAnHour();
    expect(open).toMatchObject({ status: 'ISSUED', overdue: false, escalationLevel: 0 });

    const notices = await eventually(
      () => noticesOf(department, open.id, 'HANDOFF_ISSUED'),
      (found) => found.length > 0,
      { what: 'the HANDOFF_ISSUED notification' },
    );
    expect(notices).toHaveLength(1);
    const [row] = await platform.dataSource.query('SELECT letter_no FROM handoff WHERE id = $1', [open.id]);
    expect(notices[0]?.message).toContain(row.letter_no);
  });

  it('escalates the overdue handoff to level 1 through the sweep exactly once, and tells the department and the county', async () => {
    const { county, department, deadline, handoff: open } = await dueInAnHour();
    const countyId = (await county.ok<{ me: { tenant: { id: string } } }>('query { me { tenant { id } } }'))
      .me.tenant.id;

    pastDeadline(deadline);
    const escalated = await eventually(
      () => handoffOf(county, open.id),
      (h) => h.escalationLevel >= 1,
      { timeoutMs: 30_000, what: 'escalation to level 1 by the sweep' },
    );
    expect(escalated).toMatchObject({ overdue: true, escalationLevel: 1, status: 'ISSUED' });
    expect(await handoffOf(department, open.id)).toMatchObject({ overdue: true, escalationLevel: 1 });

    const [step, ...more] = await escalationsOf(platform, open.id);
    expect(more).toEqual([]);
    expect(step).toMatchObject({ level: 1, automatic: true, tenant_id: countyId });
    expect(await noticesOf(department, open.id, 'ESCALATED')).toHaveLength(1);
    expect(await noticesOf(county, open.id, 'ESCALATED')).toHaveLength(1);

    // Once only: the sweep and the deadline job run again by hand change nothing.
    await handoffs.escalateOverdue();
    expect(await handoffs.escalateIfDue(open.id)).toBe(false);
    expect(await escalationsOf(platform, open.id)).toHaveLength(1);
    expect(await handoffOf(county, open.id)).toMatchObject({ overdue: true, escalationLevel: 1 });
    expect(await noticesOf(department, open.id, 'ESCALATED')).toHaveLength(1);
    expect(await noticesOf(county, open.id, 'ESCALATED')).toHaveLength(1);
  });

  it('never escalates a handoff closed before its deadline', async () => {
    const { county, department, deadline, handoff: closed } = await dueInAnHour();
    await department.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id: closed.id });
    await department.ok(
      'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { id } }',
      { id: closed.id, input: { measures: '已整改到位', percentDone: 100, final: true } },
    );
    const verified = await county.ok<{ verifyHandoff: { status: string } }>(
      'mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true) { status } }',
      { id: closed.id },
    );
    expect(verified.verifyHandoff.status).toBe('CLOSED');

    pastDeadline(deadline);
    await handoffs.escalateOverdue();
    expect(await handoffs.escalateIfDue(closed.id)).toBe(false);
    expect(await handoffOf(county, closed.id)).toMatchObject({
      status: 'CLOSED',
      overdue: false,
      escalationLevel: 0,
    });
    expect(await escalationsOf(platform, closed.id)).toEqual([]);
    expect(await noticesOf(county, closed.id, 'ESCALATED')).toEqual([]);
  });

  it('climbs to 督办函 and then 挂牌督办 on the ladder’s working days, the last raised to the parent tenant', async () => {
    const { county, deadline, handoff: open } = await dueInAnHour();
    const calendar = await platform.worker!.get(CalendarService).calendar();
    const city = await platform.as(tree.city);
    const cityId = (await city.ok<{ me: { tenant: { id: string } } }>('query { me { tenant { id } } }')).me
      .tenant.id;

    // Asked directly with a later `now`: the shared clock stays near the present for the other test files.
    const fiveWorkingDaysOn = new Date(calendar.addWorkingDays(deadline, 5).getTime() + 1_000);
    expect(await handoffs.escalateIfDue(open.id, fiveWorkingDaysOn)).toBe(true);
    expect((await escalationsOf(platform, open.id)).map((row) => row.level)).toEqual([1, 2]);
    expect(await idsIn(city)).not.toContain(open.id);

    const fifteenWorkingDaysOn = new Date(calendar.addWorkingDays(deadline, 15).getTime() + 1_000);
    expect(await handoffs.escalateIfDue(open.id, fifteenWorkingDaysOn)).toBe(true);
    const steps = await escalationsOf(platform, open.id);
    expect(steps.map((row) => row.level)).toEqual([1, 2, 3]);
    expect(steps[2]).toMatchObject({ level: 3, automatic: true, tenant_id: cityId });
    expect(await handoffOf(county, open.id)).toMatchObject({ escalationLevel: 3 });
    expect(await idsIn(city)).toContain(open.id);
    expect(await idsIn(county)).not.toContain(open.id);
    const raised = await eventually(
      () => noticesOf(city, open.id, 'ESCALATED'),
      (found) => found.length > 0,
      { what: 'the city told of the step raised to it' },
    );
    expect(raised).toHaveLength(1);
    expect(raised[0]?.message).toContain('挂牌督办');

    // the top automatic level is the last the clock raises
    expect(
      await handoffs.escalateIfDue(open.id, new Date(fifteenWorkingDaysOn.getTime() + 90 * 24 * HOUR_MS)),
    ).toBe(false);
  });

  async function idsIn(client: GraphqlClient): Promise<string[]> {
    const data = await client.ok<{ ledger: { edges: Array<{ node: { id: string } }> } }>(LEDGER_ESCALATED);
    return data.ledger.edges.map((edge) => edge.node.id);
  }
});
