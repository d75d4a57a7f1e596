import { HandoffsService } from '@liandong/handoffs';
import { GraphqlClient } from '@liandong/testing';
import { addSeconds } from './dates';
import { startPlatform, Platform } from '../support/platform';
import { createTenantTree, departmentId, TenantTree } from '../support/fixtures';
import { eventually, pause } from '../support/poll';
import {
  acceptedCountyFindings,
  escalationsOf,
  handoffOf,
  handOver,
  HandoffView,
  noticesOf,
} from '../support/handoff-scenario';

/**
 * Deadlines with the worker running (the test environment polls the outbox every 100 ms and sweeps
 * deadlines every second): a handoff not closed by its deadline is escalated to level 1, once, and
 * the department and the handing-over tenant are told; a closed one never is.
 */
jest.setTimeout(60_000);

describe('escalation at the deadline', () => {
  const SWEEP_MS = Number(process.env['DEADLINE_SWEEP_MS'] ?? 1_000);
  let platform: Platform;
  let tree: TenantTree;
  let county: GraphqlClient;
  let department: GraphqlClient;
  let open: HandoffView;
  let closed: HandoffView;
  let countyId: string;

  beforeAll(async () => {
    platform = await startPlatform({ worker: true });
    tree = await createTenantTree(platform.dataSource, 1, 1);
    const scenario = await acceptedCountyFindings(platform, tree, 2);
    county = scenario.client;
    countyId = (await county.ok<{ me: { tenant: { id: string } } }>('query { me { tenant { id } } }')).me
      .tenant.id;
    const [first, second] = scenario.findingIds as [string, string];
    const deadline = addSeconds(new Date(), 3);
    open = await handOver(county, [first], await departmentId(county, scenario.county, 'market'), deadline);
    closed = await handOver(county, [second], await departmentId(county, scenario.county, 'gov'), deadline);
    // the second is closed out (销号) before its deadline comes
    const gov = await platform.as(`${scenario.county}-gov`);
    await gov.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id: closed.id });
    await gov.ok(
      'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { id } }',
      {
        id: closed.id,
        input: { measures: '已整改到位', percentDone: 100, final: true },
      },
    );
    const verified = await county.ok<{ verifyHandoff: { status: string } }>(
      'mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true) { status } }',
      { id: closed.id },
    );
    expect(verified.verifyHandoff.status).toBe('CLOSED');
    expect(Date.now()).toBeLessThan(deadline.getTime());
    department = await platform.as(`${scenario.county}-market`);
  });
  afterAll(() => platform.close());

  it('starts neither overdue nor escalated', () => {
    expect(open).toMatchObject({ status: 'ISSUED', overdue: false, escalationLevel: 0 });
  });

  it('tells the department of the new handoff through the queue, once', async () => {
    const notices = await eventually(
      () => noticesOf(department, open.id, 'HANDOFF_ISSUED'),
      (found) => found.length > 0,
      {
        what: 'the HANDOFF_ISSUED notification',
      },
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain(
      (await platform.dataSource.query('SELECT letter_no FROM handoff WHERE id = $1', [open.id]))[0]
        .letter_no,
    );
  });

  it('escalates the overdue handoff to level 1 exactly once, and tells the department and the county', async () => {
    const escalated = await eventually(
      () => handoffOf(county, open.id),
      (h) => h.escalationLevel >= 1,
      {
        timeoutMs: 50_000,
        what: 'escalation to level 1',
      },
    );
    expect(Date.now()).toBeGreaterThanOrEqual(new Date(open.deadline).getTime());
    expect(escalated).toMatchObject({ overdue: true, escalationLevel: 1, status: 'ISSUED' });
    expect(await handoffOf(department, open.id)).toMatchObject({ overdue: true, escalationLevel: 1 });

    const [step, ...more] = await escalationsOf(platform, open.id);
    expect(more).toEqual([]);
    expect(step).toMatchObject({ level: 1, automatic: true, tenant_id: countyId });

    expect(await noticesOf(department, open.id, 'ESCALATED')).toHaveLength(1);
    expect(await noticesOf(county, open.id, 'ESCALATED')).toHaveLength(1);

    // Once only: after more sweeps, and when the sweep and the deadline job are run again by hand.
    await pause(2 * SWEEP_MS + 500);
    const handoffs = platform.worker?.get(HandoffsService);
    expect(handoffs).toBeDefined();
    await handoffs?.escalateOverdue();
    expect(await handoffs?.escalateIfDue(open.id)).toBe(false);
    expect(await escalationsOf(platform, open.id)).toHaveLength(1);
    expect(await handoffOf(county, open.id)).toMatchObject({ overdue: true, escalationLevel: 1 });
    expect(await noticesOf(department, open.id, 'ESCALATED')).toHaveLength(1);
    expect(await noticesOf(county, open.id, 'ESCALATED')).toHaveLength(1);
    expect(await noticesOf(department, open.id, 'HANDOFF_ISSUED')).toHaveLength(1);
  });

  it('never escalates a closed handoff', async () => {
    // let the deadline pass and a couple of sweeps run (usually already so, after the test above)
    await pause(Math.max(0, new Date(closed.deadline).getTime() + 2 * SWEEP_MS + 500 - Date.now()));
    await platform.worker?.get(HandoffsService).escalateOverdue();
    expect(await platform.worker?.get(HandoffsService).escalateIfDue(closed.id)).toBe(false);
    expect(await handoffOf(county, closed.id)).toMatchObject({
      status: 'CLOSED',
      overdue: false,
      escalationLevel: 0,
    });
    expect(await escalationsOf(platform, closed.id)).toEqual([]);
    expect(await noticesOf(county, closed.id, 'ESCALATED')).toEqual([]);
  });
});
