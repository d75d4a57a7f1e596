import { HandoffsService } from '@liandong/handoffs';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  expectRefused,
  findingInput,
  HAND_OFF,
  HIDDEN,
  Platform,
  publishedProject,
  REVIEW,
  startPlatform,
  SUBMIT,
  TenantTree,
} from '@liandong/testing-system';
import { addDays } from './dates';

const DETAIL = `query ($id: ID!) { handoff(id: $id) { id status deadline escalationLevel department { code }
  extensions { id until reason status decidedReason } escalations { level name reason automatic tenant { code } } project { id } } }`;
const REQUEST_EXTENSION =
  'mutation ($id: ID!, $until: DateTime!, $reason: String!) { requestExtension(handoffId: $id, until: $until, reason: $reason) { id } }';
const DECIDE =
  'mutation ($id: ID!, $approve: Boolean!, $reason: String) { decideExtension(requestId: $id, approve: $approve, reason: $reason) { id deadline } }';
const TRANSFER =
  'mutation ($id: ID!, $reason: String!) { requestTransfer(handoffId: $id, reason: $reason) { id } }';
const REASSIGN =
  'mutation ($id: ID!, $department: ID!) { reassignHandoff(handoffId: $id, departmentId: $department) { id status department { code } } }';
const ESCALATE =
  'mutation ($id: ID!, $reason: String!) { escalateHandoff(handoffId: $id, reason: $reason) { id escalationLevel } }';
const LEDGER_ESCALATED = '{ ledger(filter: { escalatedToMe: true }, first: 100) { edges { node { id } } } }';

interface Detail {
  handoff: {
    id: string;
    status: string;
    deadline: string;
    escalationLevel: number;
    department: { code: string };
    extensions: Array<{ id: string; until: string; status: string; decidedReason: string | null }>;
    escalations: Array<{ level: number; name: string; automatic: boolean; tenant: { code: string } }>;
  };
}

describe('extensions, transfers and the escalation ladder', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: string;
  let countyClient: GraphqlClient;
  let market: GraphqlClient;
  let assignmentId: string;

  async function handoff(options: { workingDays?: number } = {}): Promise<string> {
    const submitted = await countyClient.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId,
      findings: [findingInput()],
    });
    const ids = submitted.submitFindings.map((f) => f.id);
    await (await platform.as(tree.city)).ok(REVIEW, { ids, accept: true });
    const input = {
      findingIds: ids,
      departmentId: await departmentId(countyClient, county, 'market'),
      ...(options.workingDays
        ? { workingDays: options.workingDays }
        : { deadline: addDays(new Date(), 20).toISOString() }),
    };
    const made = await countyClient.ok<{ handOffFindings: { id: string } }>(HAND_OFF, { input });
    return made.handOffFindings.id;
  }

  const detail = async (id: string, client = countyClient): Promise<Detail['handoff']> =>
    (await client.ok<Detail>(DETAIL, { id })).handoff;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
    county = tree.counties[0] as string;
    countyClient = await platform.as(county);
    market = await platform.as(`${county}-market`);
    const { assignments } = await publishedProject(await platform.as(tree.city), [county]);
    assignmentId = assignments[0]?.id as string;
    await countyClient.ok(ACKNOWLEDGE, { id: assignmentId });
  });
  afterAll(() => platform.close());

  it('sets the deadline from working days on the Asia/Shanghai calendar', async () => {
    const id = await handoff({ workingDays: 10 });
    const deadline = new Date((await detail(id)).deadline);
    // The end of a day in Shanghai: 23:59:59.999 +08:00.
    expect(deadline.toISOString()).toMatch(/T15:59:59\.999Z$/);
    const days = await countyClient.ok<{ workingDaysBetween: number }>(
      'query ($f: DateTime!, $t: DateTime!) { workingDaysBetween(from: $f, to: $t) }',
      {
        f: new Date().toISOString(),
        t: deadline.toISOString(),
      },
    );
    // Dates d with date(now) ≤ d < date(deadline): the nine working days before the tenth, plus today if it is one.
    expect([9, 10]).toContain(days.workingDaysBetween);
  });

  it('lets the department ask for more time and the handing-over tenant decide, with reasons', async () => {
    const id = await handoff();
    const before = await detail(id);
    const later = addDays(new Date(before.deadline), 15).toISOString();
    expectRefused(
      await market.request(REQUEST_EXTENSION, {
        id,
        until: addDays(new Date(), -1).toISOString(),
        reason: '来不及',
      }),
      'BAD_USER_INPUT',
    );
    expectRefused(
      await market.request(REQUEST_EXTENSION, { id, until: later, reason: ' ' }),
      'BAD_USER_INPUT',
    );
    expectRefused(
      await countyClient.request(REQUEST_EXTENSION, { id, until: later, reason: '县里代申请' }),
      'FORBIDDEN',
    );
    await market.ok(REQUEST_EXTENSION, { id, until: later, reason: '涉及多部门协调,需延期' });
    expectRefused(
      await market.request(REQUEST_EXTENSION, { id, until: later, reason: '再申请一次' }),
      'CONFLICT',
    );
    const [request] = (await detail(id)).extensions;
    expectRefused(await countyClient.request(DECIDE, { id: request?.id, approve: false }), 'BAD_USER_INPUT');
    expectRefused(await market.request(DECIDE, { id: request?.id, approve: true }), 'FORBIDDEN');
    const decided = await countyClient.ok<{ decideExtension: { deadline: string } }>(DECIDE, {
      id: request?.id,
      approve: true,
    });
    expect(new Date(decided.decideExtension.deadline).toISOString()).toBe(new Date(later).toISOString());
    expect((await detail(id)).extensions).toEqual([expect.objectContaining({ status: 'APPROVED' })]);
    expectRefused(await countyClient.request(DECIDE, { id: request?.id, approve: true }), 'CONFLICT');
    const notices = await market.ok<{ notifications: Array<{ kind: string }> }>('{ notifications { kind } }');
    expect(notices.notifications.map((n) => n.kind)).toContain('EXTENSION_DECIDED');
  });

  it('hands an item back as not theirs and reassigns it within the tenant, keeping history', async () => {
    const id = await handoff();
    expectRefused(await market.request(TRANSFER, { id, reason: '' }), 'BAD_USER_INPUT');
    await market.ok(TRANSFER, { id, reason: '该事项属于教育部门职责' });
    const outside = await departmentId(await platform.as(tree.city), tree.city, 'education');
    expectRefused(await countyClient.request(REASSIGN, { id, department: outside }), [
      'BAD_USER_INPUT',
      'FORBIDDEN',
      'NOT_FOUND',
    ]);
    expectRefused(
      await market.request(REASSIGN, {
        id,
        department: await departmentId(countyClient, county, 'education'),
      }),
      'FORBIDDEN',
    );
    const moved = await countyClient.ok<{
      reassignHandoff: { status: string; department: { code: string } };
    }>(REASSIGN, {
      id,
      department: await departmentId(countyClient, county, 'education'),
    });
    expect(moved.reassignHandoff).toEqual({ id, status: 'ISSUED', department: { code: 'education' } });
    const rows = await platform.dataSource.query<Array<{ reason: string }>>(
      'SELECT reason FROM transfer_request WHERE handoff_id = $1',
      [id],
    );
    expect(rows).toEqual([{ reason: '该事项属于教育部门职责' }]);
    expectRefused(await market.request(DETAIL, { id }), HIDDEN);
    await (
      await platform.as(`${county}-education`)
    ).ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id });
  });

  it('climbs the ladder automatically, once per step, raising level 3 to the parent tenant', async () => {
    const id = await handoff();
    await platform.dataSource.query(
      `UPDATE handoff SET deadline = now() - interval '40 days' WHERE id = $1`,
      [id],
    );
    const handoffs = await platform.system(HandoffsService);
    expect(await handoffs.escalateIfDue(id)).toBe(true);
    expect(await handoffs.escalateIfDue(id)).toBe(false);
    const climbed = await detail(id);
    expect(climbed.escalationLevel).toBe(3);
    expect(climbed.escalations.map((e) => [e.level, e.name, e.automatic, e.tenant.code])).toEqual([
      [1, '催办', true, county],
      [2, '督办函', true, county],
      [3, '挂牌督办', true, tree.city],
    ]);
    const cityLedger = await (
      await platform.as(tree.city)
    ).ok<{ ledger: { edges: Array<{ node: { id: string } }> } }>(LEDGER_ESCALATED);
    expect(cityLedger.ledger.edges.map((e) => e.node.id)).toContain(id);
    const countyLedger = await countyClient.ok<{ ledger: { edges: Array<{ node: { id: string } }> } }>(
      LEDGER_ESCALATED,
    );
    expect(countyLedger.ledger.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it('follows a tenant’s own ladder: level 2 after its own number of working days', async () => {
    await countyClient.ok('mutation { setEscalationLadder(level2AfterDays: 1, level3AfterDays: 60) }');
    expectRefused(
      await countyClient.request('mutation { setEscalationLadder(level2AfterDays: 0, level3AfterDays: 5) }'),
      'BAD_USER_INPUT',
    );
    const id = await handoff();
    await platform.dataSource.query(
      `UPDATE handoff SET deadline = now() - interval '10 days' WHERE id = $1`,
      [id],
    );
    await (await platform.system(HandoffsService)).escalateIfDue(id);
    expect((await detail(id)).escalationLevel).toBe(2);
    await countyClient.ok('mutation { setEscalationLadder(level2AfterDays: 5, level3AfterDays: 10) }');
  });

  it('tells the department of verification decisions and counts unread notices', async () => {
    const id = await handoff();
    // The department's other notices (the handoff itself among them) are written on their own time: count only
    // the unread notices about this verification, never a total read before them.
    const unreadFailures = async (): Promise<Array<{ id: string; message: string }>> =>
      (
        await market.ok<{
          notifications: Array<{ id: string; kind: string; message: string; handoff: { id: string } | null }>;
        }>('{ notifications(unreadOnly: true) { id kind message handoff { id } } }')
      ).notifications.filter((n) => n.kind === 'VERIFICATION_FAILED' && n.handoff?.id === id);
    await market.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id });
    await market.ok(
      'mutation ($id: ID!) { reportRectification(handoffId: $id, input: { measures: "已整改", percentDone: 100, final: true }) { id } }',
      { id },
    );
    const office = await countyClient.ok<{
      notifications: Array<{ kind: string; handoff: { id: string } | null }>;
    }>('{ notifications { kind handoff { id } } }');
    expect(office.notifications).toContainEqual({ kind: 'REPLIED', handoff: { id } });
    expect(await unreadFailures()).toEqual([]);
    await countyClient.ok(
      'mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: false, opinion: "台账不完整") { id } }',
      { id },
    );
    const failures = await unreadFailures();
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toContain('台账不完整');
    const unread = async (): Promise<number> =>
      (await market.ok<{ unreadNotifications: number }>('{ unreadNotifications }')).unreadNotifications;
    const before = await unread();
    await market.ok('mutation ($id: ID!) { markNotificationRead(id: $id) { id read } }', {
      id: failures[0]?.id,
    });
    expect(await unreadFailures()).toEqual([]);
    expect(await unread()).toBeLessThan(before + 1);
  });

  it('gives a long-term item its own stages, set by the tenant and marked done by the department', async () => {
    const id = await handoff();
    const PLAN =
      'mutation ($id: ID!, $m: [MilestoneInput!]!) { planHandoffMilestones(handoffId: $id, milestones: $m) { id } }';
    const stages = [
      { name: '制定方案', dueAt: addDays(new Date(), -1).toISOString() },
      { name: '完成搬迁', dueAt: addDays(new Date(), 90).toISOString() },
    ];
    expectRefused(await market.request(PLAN, { id, m: stages }), 'FORBIDDEN');
    expectRefused(await countyClient.request(PLAN, { id, m: [stages[0], stages[0]] }), 'BAD_USER_INPUT');
    await countyClient.ok(PLAN, { id, m: stages });
    await market.ok(
      'mutation ($id: ID!) { completeHandoffMilestone(handoffId: $id, name: "完成搬迁") { id } }',
      { id },
    );
    expectRefused(
      await market.request(
        'mutation ($id: ID!) { completeHandoffMilestone(handoffId: $id, name: "不存在") { id } }',
        { id },
      ),
      'BAD_USER_INPUT',
    );
    const shown = await countyClient.ok<{
      handoff: { milestones: Array<{ name: string; doneAt: string | null; overdue: boolean }> };
    }>('query ($id: ID!) { handoff(id: $id) { milestones { name doneAt overdue } } }', { id });
    expect(shown.handoff.milestones.map((m) => [m.name, m.doneAt !== null, m.overdue])).toEqual([
      ['制定方案', false, true],
      ['完成搬迁', true, false],
    ]);
  });

  it('escalates by hand to level 4 and above, with a reason, only within the caller’s subtree', async () => {
    const id = await handoff();
    expectRefused(await countyClient.request(ESCALATE, { id, reason: '' }), 'BAD_USER_INPUT');
    expectRefused(await market.request(ESCALATE, { id, reason: '自己督办自己' }), 'FORBIDDEN');
    expectRefused(
      await (await platform.as(tree.counties[1] as string)).request(ESCALATE, { id, reason: '越界' }),
      HIDDEN,
    );
    const first = await countyClient.ok<{ escalateHandoff: { escalationLevel: number } }>(ESCALATE, {
      id,
      reason: '进度滞后',
    });
    expect(first.escalateHandoff.escalationLevel).toBe(1);
    const byCity = await (
      await platform.as(tree.city)
    ).ok<{ escalateHandoff: { escalationLevel: number } }>(ESCALATE, { id, reason: '市级提级督办' });
    expect(byCity.escalateHandoff.escalationLevel).toBe(2);
    const steps = (await detail(id)).escalations;
    expect(steps.map((s) => [s.level, s.automatic, s.tenant.code])).toEqual([
      [1, false, county],
      [2, false, tree.city],
    ]);
  });

  it('raises 挂牌督办 reached by hand to the parent tenant, as the automatic ladder does', async () => {
    const id = await handoff();
    for (const reason of ['进度滞后', '再次督办', '挂牌督办']) {
      await countyClient.ok(ESCALATE, { id, reason });
    }
    const steps = (await detail(id)).escalations;
    expect(steps.map((s) => [s.level, s.name, s.automatic, s.tenant.code])).toEqual([
      [1, '催办', false, county],
      [2, '督办函', false, county],
      [3, '挂牌督办', false, tree.city],
    ]);
    const ledgerIds = async (client: GraphqlClient): Promise<string[]> =>
      (
        await client.ok<{ ledger: { edges: Array<{ node: { id: string } }> } }>(LEDGER_ESCALATED)
      ).ledger.edges.map((e) => e.node.id);
    expect(await ledgerIds(await platform.as(tree.city))).toContain(id);
    expect(await ledgerIds(countyClient)).not.toContain(id);
    // the city is told by the worker (the county may not write into the city's notices)
    const cityId = (await platform.dataSource.query('SELECT id FROM tenant WHERE code = $1', [tree.city]))[0]
      .id;
    const jobs = await platform.dataSource.query(
      `SELECT payload FROM outbox WHERE name = 'handoff-escalated' AND payload->>'handoffId' = $1`,
      [id],
    );
    expect(jobs.map((job: { payload: unknown }) => job.payload)).toEqual([
      { tenantId: cityId, handoffId: id, level: 3 },
    ]);
  });
});
