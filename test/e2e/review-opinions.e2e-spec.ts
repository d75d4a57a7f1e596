import { HandoffsService } from '@liandong/handoffs';
import { GraphqlClient } from '@liandong/testing';
import { ManualClock } from '@liandong/time';
import {
  createTenantTree,
  departmentId,
  escalationsOf,
  eventually,
  fieldsOf,
  handoffOf,
  noticesOf,
  Platform,
  refused,
  startPlatform,
  tenantId,
  TenantTree,
} from '@liandong/testing-system';

/**
 * Sessions and their opinions (审议意见, 决议) over HTTP, with the worker running on a clock the test moves:
 * each opinion item is a ledger item and lives exactly a handoff's life — it is told to the unit, goes
 * overdue and is escalated by the sweep, is extended, answered with the 研究处理情况报告, evaluated, verified,
 * closed and looked back on — in the one ledger, by kind. The clock moves at most an hour ahead (the sweep
 * sees the whole shared database; other files use deadlines days away).
 */
jest.setTimeout(90_000);

const HOUR_MS = 3_600_000;

const RECORD_SESSION = `mutation ($input: SessionInput!) {
  recordSession(input: $input) { id kind number title reports { id title department { code } } }
}`;
const ISSUE = `mutation ($input: ReviewOpinionInput!) {
  issueReviewOpinion(input: $input) {
    id kind letterNo title deadline department { code }
    session { id } report { id }
    items { id kind title letterNo status deadline project { id } findings { id } opinion { id } }
  }
}`;
const ANSWER = `mutation ($id: ID!, $report: String!) {
  answerReviewOpinion(id: $id, report: $report) { id response respondedAt items { id status } }
}`;
const OPINION = `query ($id: ID!) {
  reviewOpinion(id: $id) { id response items { id status overdue escalationLevel closedAt lookBack { dueAt } } }
}`;
const LEDGER = `query ($filter: LedgerFilter) {
  ledger(filter: $filter, first: 500) { totalCount edges { node { id kind title opinion { id } project { id } } } }
}`;
const SUMMARY = `query ($filter: LedgerFilter) {
  ledgerSummary(filter: $filter) { kind total closed overdue closureRate }
}`;
const SESSIONS = `query { sessions { id title opinions { id letterNo items { id } } } }`;

interface Item {
  id: string;
  kind: string;
  title: string;
  letterNo: string;
  status: string;
  deadline: string;
  project: null;
  findings: unknown[];
  opinion: { id: string };
}
interface Opinion {
  id: string;
  kind: string;
  letterNo: string;
  deadline: string;
  items: Item[];
}

describe('sessions and their opinions in the one ledger', () => {
  const clock = new ManualClock(new Date());
  let platform: Platform;
  let tree: TenantTree;
  let handoffs: HandoffsService;
  let county: GraphqlClient;
  let gov: GraphqlClient;
  let govId: string;
  let sessionId: string;
  let reportId: string;

  beforeAll(async () => {
    platform = await startPlatform({ worker: true, clock });
    tree = await createTenantTree(platform.dataSource, 2, 1);
    handoffs = platform.worker!.get(HandoffsService);
    const code = tree.counties[0]!;
    county = await platform.as(code);
    gov = await platform.as(`${code}-gov`);
    govId = await departmentId(county, code, 'gov');
    const recorded = await county.ok<{
      recordSession: { id: string; title: string; number: number; reports: Array<{ id: string }> };
    }>(RECORD_SESSION, {
      input: {
        kind: 'STANDING_COMMITTEE',
        number: 5,
        heldOn: clock.now().toISOString(),
        reports: [{ title: '关于优化营商环境工作情况的报告', departmentId: govId }],
      },
    });
    sessionId = recorded.recordSession.id;
    reportId = recorded.recordSession.reports[0]!.id;
    expect(recorded.recordSession.title).toContain('常委会会议第5次会议');
  });
  afterAll(() => platform.close());

  async function issue(overrides: Record<string, unknown> = {}): Promise<Opinion> {
    const data = await county.ok<{ issueReviewOpinion: Opinion }>(ISSUE, {
      input: {
        sessionId,
        reportId,
        departmentId: govId,
        title: '关于优化营商环境工作情况报告的审议意见',
        items: ['进一步压缩企业开办时间', '清理涉企收费'],
        deadline: new Date(clock.now().getTime() + HOUR_MS).toISOString(),
        ...overrides,
      },
    });
    return data.issueReviewOpinion;
  }

  it('puts each item of an opinion on the ledger as an issued item of its kind, with no project, told to the unit', async () => {
    const opinion = await issue();
    expect(opinion.kind).toBe('REVIEW_OPINION');
    expect(opinion.letterNo).toContain('-审-');
    expect(opinion.items.map((item) => item.title)).toEqual(['进一步压缩企业开办时间', '清理涉企收费']);
    for (const [index, item] of opinion.items.entries()) {
      expect(item).toMatchObject({
        kind: 'REVIEW_OPINION',
        status: 'ISSUED',
        deadline: opinion.deadline,
        project: null,
        findings: [],
        opinion: { id: opinion.id },
        letterNo: `${opinion.letterNo}-0${index + 1}`,
      });
    }
    const all = await county.ok<{ ledger: { edges: Array<{ node: { id: string; kind: string } }> } }>(LEDGER);
    const ids = all.ledger.edges.map((edge) => edge.node.id);
    expect(ids).toEqual(expect.arrayContaining(opinion.items.map((item) => item.id)));
    const findingsOnly = await county.ok<{ ledger: { totalCount: number } }>(LEDGER, {
      filter: { kinds: ['FINDINGS'] },
    });
    expect(findingsOnly.ledger.totalCount).toBe(0);
    const own = await gov.ok<{ ledger: { edges: Array<{ node: { id: string } }> } }>(LEDGER, {
      filter: { kinds: ['REVIEW_OPINION'] },
    });
    expect(own.ledger.edges.map((edge) => edge.node.id)).toEqual(
      expect.arrayContaining(opinion.items.map((item) => item.id)),
    );
    const first = opinion.items[0]!.id;
    const [notice] = await eventually(
      () => noticesOf(gov, first, 'HANDOFF_ISSUED'),
      (found) => found.length === 1,
      { what: 'the unit told of the new opinion item' },
    );
    expect(notice?.message).toContain(`收到新的审议意见事项 ${opinion.letterNo}-01`);
    const sessions = await county.ok<{ sessions: Array<{ id: string; opinions: Array<{ id: string }> }> }>(
      SESSIONS,
    );
    expect(sessions.sessions.find((s) => s.id === sessionId)?.opinions.map((o) => o.id)).toContain(
      opinion.id,
    );
  });

  it('goes overdue and is escalated, is extended, answered, evaluated, verified and closed like a handoff', async () => {
    const opinion = await issue();
    const [kept, reworked] = opinion.items as [Item, Item];

    // Overdue: the sweep escalates each item once, like any handoff.
    clock.set(new Date(Date.parse(opinion.deadline) + 1_000));
    const escalated = await eventually(
      () => handoffOf(county, kept.id),
      (item) => item.escalationLevel >= 1,
      { timeoutMs: 30_000, what: 'the opinion item escalated by the sweep' },
    );
    expect(escalated).toMatchObject({ overdue: true, escalationLevel: 1, status: 'ISSUED' });
    await handoffs.escalateOverdue();
    expect(await escalationsOf(platform, kept.id)).toHaveLength(1);
    expect(await noticesOf(gov, kept.id, 'ESCALATED')).toHaveLength(1);
    const summary = await county.ok<{ ledgerSummary: Array<{ kind: string; overdue: number }> }>(SUMMARY, {
      filter: { kinds: ['REVIEW_OPINION'] },
    });
    expect(summary.ledgerSummary[0]!.overdue).toBeGreaterThanOrEqual(2);

    // The unit asks for more time on one item; the office grants it.
    const until = new Date(clock.now().getTime() + HOUR_MS).toISOString();
    const asked = await gov.ok<{ requestExtension: { extensions: Array<{ id: string }> } }>(
      `mutation ($id: ID!, $until: DateTime!) {
        requestExtension(handoffId: $id, until: $until, reason: "需协调多个部门") { extensions { id } }
      }`,
      { id: reworked.id, until },
    );
    await county.ok(`mutation ($id: ID!) { decideExtension(requestId: $id, approve: true) { id } }`, {
      id: asked.requestExtension.extensions[0]!.id,
    });
    expect(await handoffOf(county, reworked.id)).toMatchObject({ deadline: until, overdue: false });

    // The 研究处理情况报告 answers every open item.
    const answered = await gov.ok<{
      answerReviewOpinion: { response: string; respondedAt: string; items: Array<{ status: string }> };
    }>(ANSWER, { id: opinion.id, report: '已逐项研究处理:企业开办压缩至1个工作日;清理涉企收费12项。' });
    expect(answered.answerReviewOpinion.response).toContain('研究处理');
    expect(answered.answerReviewOpinion.items.map((item) => item.status)).toEqual(['REPLIED', 'REPLIED']);

    // Evaluated: satisfied keeps the first, unsatisfied sends the second back to rectifying.
    const evaluate = async (id: string, satisfied: number, unsatisfied: number): Promise<string> => {
      const created = await county.ok<{ createEvaluation: { id: string } }>(
        `mutation ($id: ID!) { createEvaluation(handoffId: $id, scheme: THREE_GRADE, eligible: 10) { id } }`,
        { id },
      );
      const voted = await county.ok<{ recordVotes: { result: string } }>(
        `mutation ($id: ID!, $votes: VotesInput!) { recordVotes(evaluationId: $id, votes: $votes) { result } }`,
        { id: created.createEvaluation.id, votes: { satisfied, basicallySatisfied: 0, unsatisfied } },
      );
      return voted.recordVotes.result;
    };
    expect(await evaluate(kept.id, 8, 2)).toBe('SATISFIED');
    expect(await evaluate(reworked.id, 2, 8)).toBe('UNSATISFIED');
    expect((await handoffOf(county, reworked.id)).status).toBe('RECTIFYING');

    // Verified and closed out, with a look-back scheduled.
    await county.ok(`mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true) { id } }`, {
      id: kept.id,
    });
    const after = await county.ok<{
      reviewOpinion: {
        items: Array<{ id: string; status: string; closedAt: string | null; lookBack: unknown }>;
      };
    }>(OPINION, { id: opinion.id });
    const closed = after.reviewOpinion.items.find((item) => item.id === kept.id)!;
    expect(closed).toMatchObject({ status: 'CLOSED', lookBack: { dueAt: expect.any(String) } });
    expect(closed.closedAt).not.toBeNull();

    const figures = await county.ok<{
      ledgerSummary: Array<{ kind: string; total: number; closed: number; closureRate: number }>;
    }>(SUMMARY, { filter: { kinds: ['REVIEW_OPINION', 'FINDINGS'] } });
    const opinions = figures.ledgerSummary.find((row) => row.kind === 'REVIEW_OPINION')!;
    expect(opinions.closed).toBe(1);
    expect(opinions.closureRate).toBeCloseTo(opinions.closed / opinions.total);
    expect(figures.ledgerSummary.find((row) => row.kind === 'FINDINGS')).toMatchObject({
      total: 0,
      closed: 0,
    });
  });

  it('sends a resolution (决议) as its own kind', async () => {
    const resolution = await issue({
      kind: 'RESOLUTION',
      title: '关于加强生态环境保护的决议',
      items: ['建立河长制考核'],
    });
    expect(resolution.letterNo).toContain('-决-');
    expect(resolution.items[0]).toMatchObject({ kind: 'RESOLUTION', title: '建立河长制考核' });
    const only = await county.ok<{ ledger: { edges: Array<{ node: { id: string; kind: string } }> } }>(
      LEDGER,
      {
        filter: { kinds: ['RESOLUTION'] },
      },
    );
    expect(only.ledger.edges.map((edge) => edge.node.kind)).toEqual(['RESOLUTION']);
  });

  it('shows committee staff the items of the opinions their committee leads, and the 统筹办 all of them', async () => {
    const code = tree.counties[0]!;
    const [row] = (await platform.dataSource.query(
      `SELECT c.id FROM committee c JOIN tenant t ON t.id = c.tenant_id WHERE t.code = $1 AND c.code = 'caijing'`,
      [code],
    )) as Array<{ id: string }>;
    const led = await issue({ leadCommitteeId: row!.id, items: ['财经委牵头督办的一项'] });
    const unled = await issue({ items: ['无牵头委室的一项'] });
    const seen = async (username: string): Promise<string[]> => {
      const client = await platform.as(username);
      const data = await client.ok<{ ledger: { edges: Array<{ node: { id: string } }> } }>(LEDGER, {
        filter: { kinds: ['REVIEW_OPINION'] },
      });
      return data.ledger.edges.map((edge) => edge.node.id);
    };
    expect(await seen(`${code}-caijing`)).toEqual([led.items[0]!.id]);
    expect(await seen(`${code}-jiansi`)).toEqual([]);
    expect(await seen(`${code}-tongchou`)).toEqual(
      expect.arrayContaining([led.items[0]!.id, unled.items[0]!.id]),
    );
  });

  it('refuses what a careful office would not send, naming the field, and keeps opinions in their tenant', async () => {
    const empty = await refused(
      county,
      ISSUE,
      {
        input: { sessionId, departmentId: govId, title: '审议意见', items: [] },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(empty)).toEqual(['input.items']);
    const other = tree.counties[1]!;
    const otherClient = await platform.as(other);
    const otherGov = await departmentId(otherClient, other, 'gov');
    const foreign = await refused(
      county,
      ISSUE,
      {
        input: { sessionId, departmentId: otherGov, title: '审议意见', items: ['一项'] },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(foreign)).toEqual(['input.departmentId']);
    await refused(
      gov,
      ISSUE,
      {
        input: { sessionId, departmentId: govId, title: '审议意见', items: ['一项'] },
      },
      'FORBIDDEN',
    );
    await refused(
      otherClient,
      ISSUE,
      {
        input: { sessionId, departmentId: otherGov, title: '审议意见', items: ['一项'] },
      },
      'NOT_FOUND',
    );
    const opinion = await issue();
    await refused(otherClient, OPINION, { id: opinion.id }, 'NOT_FOUND');
    const otherUnit = await platform.as(`${tree.counties[0]}-market`);
    await refused(otherUnit, ANSWER, { id: opinion.id, report: '不是本单位的' }, 'NOT_FOUND');
    const sessions = await otherClient.ok<{ sessions: Array<{ id: string }> }>(SESSIONS);
    expect(sessions.sessions.map((s) => s.id)).not.toContain(sessionId);
    const outside = await refused(
      otherClient,
      'query ($scope: ID) { sessions(scopeTenantId: $scope) { id } }',
      { scope: await tenantId(county, tree.counties[0]!) },
      'FORBIDDEN',
    );
    expect(outside.extensions?.['reason']).toBe('SCOPE_OUTSIDE_SUBTREE');
  });
});
