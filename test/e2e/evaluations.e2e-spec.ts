import { GraphqlClient } from '@liandong/testing';
import { LookBacksService } from '@liandong/handoffs';
import { addDays } from './dates';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  escalationsOf,
  expectRefused,
  handOver,
  HIDDEN,
  noticesOf,
  Platform,
  startPlatform,
  TenantTree,
} from '@liandong/testing-system';

const CREATE = `mutation ($handoffId: ID!, $scheme: EvaluationScheme!, $eligible: Int!) {
  createEvaluation(handoffId: $handoffId, scheme: $scheme, eligible: $eligible) { id scheme eligible result } }`;
const VOTE = `mutation ($evaluationId: ID!, $votes: VotesInput!) {
  recordVotes(evaluationId: $evaluationId, votes: $votes) {
    id result satisfied basicallySatisfied unsatisfied averageScore handoff { id status } } }`;
const LOOK_BACK = `mutation ($handoffId: ID!, $relapsed: Boolean!, $note: String!) {
  recordLookBack(handoffId: $handoffId, relapsed: $relapsed, note: $note) {
    id status closedAt lookBack { dueAt doneAt relapsed note } } }`;
const DUE = '{ lookBacksDue { id status closedAt lookBack { dueAt doneAt } } }';
const DETAIL = `query ($id: ID!) { handoff(id: $id) {
  id status escalationLevel closedAt
  evaluations { id scheme eligible satisfied basicallySatisfied unsatisfied averageScore result }
  lookBack { dueAt doneAt relapsed note }
  findings { id status recurrence } } }`;
const REPORT =
  'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { status } }';

interface Votes {
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  scores?: number[];
}

interface EvaluationView {
  id: string;
  result: string | null;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  averageScore: number | null;
  handoff: { id: string; status: string };
}

interface HandoffDetail {
  id: string;
  status: string;
  escalationLevel: number;
  closedAt: string | null;
  evaluations: Array<{ id: string; scheme: string; result: string | null; averageScore: number | null }>;
  lookBack: { dueAt: string; doneAt: string | null; relapsed: boolean | null; note: string | null } | null;
  findings: Array<{ id: string; status: string; recurrence: boolean }>;
}

describe('satisfaction evaluations and look-backs', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: GraphqlClient;
  let department: GraphqlClient;
  let market: string;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
    const [first] = tree.counties as [string];
    county = await platform.as(first);
    department = await platform.as(`${first}-market`);
    market = await departmentId(county, first, 'market');
  });
  afterAll(() => platform.close());

  /** A fresh handoff of the first county to its market department, taken to `until`. */
  async function handoffAt(until: 'ISSUED' | 'REPLIED' | 'CLOSED', findings = 2): Promise<string> {
    const { findingIds } = await acceptedCountyFindings(platform, tree, findings);
    const { id } = await handOver(county, findingIds, market, addDays(new Date(), 30));
    if (until === 'ISSUED') {
      return id;
    }
    await department.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id });
    await reply(id);
    if (until === 'CLOSED') {
      await close(id);
    }
    return id;
  }

  async function reply(id: string): Promise<void> {
    await department.ok(REPORT, {
      id,
      input: { measures: '已整改到位并建立长效机制', percentDone: 100, final: true },
    });
  }

  async function close(id: string): Promise<void> {
    await county.ok('mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true) { status } }', { id });
  }

  async function detail(id: string, client = county): Promise<HandoffDetail> {
    return (await client.ok<{ handoff: HandoffDetail }>(DETAIL, { id })).handoff;
  }

  async function evaluation(handoffId: string, scheme: string, eligible: number): Promise<string> {
    const data = await county.ok<{ createEvaluation: { id: string; scheme: string; eligible: number } }>(
      CREATE,
      { handoffId, scheme, eligible },
    );
    expect(data.createEvaluation).toMatchObject({ scheme, eligible, result: null });
    return data.createEvaluation.id;
  }

  async function vote(evaluationId: string, votes: Votes): Promise<EvaluationView> {
    return (await county.ok<{ recordVotes: EvaluationView }>(VOTE, { evaluationId, votes })).recordVotes;
  }

  describe('evaluations', () => {
    it('computes each scheme’s result by the contract’s rules; passing results leave the handoff closed', async () => {
      const handoffId = await handoffAt('CLOSED');

      // THREE_GRADE: 5 of 10 satisfied is exactly half, not more; with 1 basically satisfied it is.
      const three = await vote(await evaluation(handoffId, 'THREE_GRADE', 10), {
        satisfied: 5,
        basicallySatisfied: 1,
        unsatisfied: 4,
      });
      expect(three).toMatchObject({
        result: 'BASICALLY_SATISFIED',
        satisfied: 5,
        basicallySatisfied: 1,
        unsatisfied: 4,
        averageScore: null,
        handoff: { id: handoffId, status: 'CLOSED' },
      });

      const satisfied = await vote(await evaluation(handoffId, 'THREE_GRADE', 10), {
        satisfied: 6,
        basicallySatisfied: 0,
        unsatisfied: 0,
      });
      expect(satisfied.result).toBe('SATISFIED');

      const binary = await vote(await evaluation(handoffId, 'BINARY', 7), {
        satisfied: 4,
        basicallySatisfied: 0,
        unsatisfied: 3,
      });
      expect(binary.result).toBe('PASSED');

      const scored = await vote(await evaluation(handoffId, 'SCORE_100', 5), {
        satisfied: 0,
        basicallySatisfied: 0,
        unsatisfied: 0,
        scores: [60, 70, 50],
      });
      expect(scored).toMatchObject({ result: 'PASSED', averageScore: 60 });

      const failedScore = await vote(await evaluation(handoffId, 'SCORE_100', 5), {
        satisfied: 0,
        basicallySatisfied: 0,
        unsatisfied: 0,
        scores: [59, 60],
      });
      expect(failedScore).toMatchObject({ result: 'FAILED', averageScore: 59.5 });
      expect(failedScore.handoff.status).toBe('RECTIFYING');

      const shown = await detail(handoffId);
      expect(shown.evaluations.map((e) => [e.scheme, e.result])).toEqual([
        ['THREE_GRADE', 'BASICALLY_SATISFIED'],
        ['THREE_GRADE', 'SATISFIED'],
        ['BINARY', 'PASSED'],
        ['SCORE_100', 'PASSED'],
        ['SCORE_100', 'FAILED'],
      ]);
    });

    it('refuses votes over the eligible count and stores nothing; votes are recorded once', async () => {
      const handoffId = await handoffAt('CLOSED');
      const evaluationId = await evaluation(handoffId, 'THREE_GRADE', 10);

      const over = await county.request(VOTE, {
        evaluationId,
        votes: { satisfied: 6, basicallySatisfied: 3, unsatisfied: 2 },
      });
      expect(expectRefused(over, 'BAD_USER_INPUT').message).toMatch(/超过应参评人数/);
      const tooManyScores = await county.request(VOTE, {
        evaluationId,
        votes: { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0, scores: [80] },
      });
      expectRefused(tooManyScores, 'BAD_USER_INPUT');
      const [row] = await platform.dataSource.query<
        Array<{ satisfied: number; result: string | null; voted_at: Date | null }>
      >('SELECT satisfied, result, voted_at FROM evaluation WHERE id = $1', [evaluationId]);
      expect(row).toEqual({ satisfied: 0, result: null, voted_at: null });

      const binaryId = await evaluation(handoffId, 'BINARY', 10);
      const basically = await county.request(VOTE, {
        evaluationId: binaryId,
        votes: { satisfied: 6, basicallySatisfied: 1, unsatisfied: 0 },
      });
      expectRefused(basically, 'BAD_USER_INPUT');

      expect(
        (await vote(evaluationId, { satisfied: 10, basicallySatisfied: 0, unsatisfied: 0 })).result,
      ).toBe('SATISFIED');
      const again = await county.request(VOTE, {
        evaluationId,
        votes: { satisfied: 0, basicallySatisfied: 0, unsatisfied: 10 },
      });
      expectRefused(again, 'CONFLICT');
      expect((await detail(handoffId)).status).toBe('CLOSED');
    });

    it('sends a closed handoff back to RECTIFYING when unsatisfied; twice in a row raises it to level 4 (约谈)', async () => {
      const handoffId = await handoffAt('CLOSED');

      const first = await vote(await evaluation(handoffId, 'THREE_GRADE', 10), {
        satisfied: 3,
        basicallySatisfied: 2,
        unsatisfied: 5,
      });
      expect(first).toMatchObject({
        result: 'UNSATISFIED',
        handoff: { id: handoffId, status: 'RECTIFYING' },
      });
      let shown = await detail(handoffId);
      expect(shown).toMatchObject({ status: 'RECTIFYING', closedAt: null, escalationLevel: 0 });
      expect(shown.findings.map((f) => f.status)).toEqual(['RECTIFYING', 'RECTIFYING']);
      expect(await noticesOf(department, handoffId, 'EVALUATION_UNSATISFIED')).toHaveLength(1);

      // Not evaluable while being rectified again.
      expectRefused(await county.request(CREATE, { handoffId, scheme: 'BINARY', eligible: 8 }), 'CONFLICT');

      await reply(handoffId);
      const second = await vote(await evaluation(handoffId, 'BINARY', 8), {
        satisfied: 4,
        basicallySatisfied: 0,
        unsatisfied: 4,
      });
      expect(second).toMatchObject({ result: 'FAILED', handoff: { status: 'RECTIFYING' } });
      shown = await detail(handoffId);
      expect(shown).toMatchObject({ status: 'RECTIFYING', escalationLevel: 4 });
      const escalations = await escalationsOf(platform, handoffId);
      expect(escalations.map((e) => [e.level, e.automatic])).toEqual([[4, true]]);
      expect(await noticesOf(department, handoffId, 'ESCALATED')).toHaveLength(1);

      // A passing result breaks the run; the level reached stays.
      await reply(handoffId);
      await close(handoffId);
      const third = await vote(await evaluation(handoffId, 'THREE_GRADE', 10), {
        satisfied: 8,
        basicallySatisfied: 0,
        unsatisfied: 2,
      });
      expect(third).toMatchObject({ result: 'SATISFIED', handoff: { status: 'CLOSED' } });
      expect((await detail(handoffId)).escalationLevel).toBe(4);
    });

    it('sends a replied handoff back too', async () => {
      const handoffId = await handoffAt('REPLIED');
      const result = await vote(await evaluation(handoffId, 'BINARY', 3), {
        satisfied: 1,
        basicallySatisfied: 0,
        unsatisfied: 2,
      });
      expect(result).toMatchObject({ result: 'FAILED', handoff: { status: 'RECTIFYING' } });
    });

    it('is held only by the handing-over tenant, on a replied or closed handoff, with 1–10000 eligible', async () => {
      const handoffId = await handoffAt('CLOSED');
      const evaluationId = await evaluation(handoffId, 'THREE_GRADE', 10);
      const votes = { satisfied: 0, basicallySatisfied: 0, unsatisfied: 10 };
      const other = await platform.as(tree.counties[1] as string);
      const city = await platform.as(tree.city);

      expectRefused(await other.request(CREATE, { handoffId, scheme: 'BINARY', eligible: 5 }), HIDDEN);
      expectRefused(await other.request(VOTE, { evaluationId, votes }), HIDDEN);
      expectRefused(await city.request(CREATE, { handoffId, scheme: 'BINARY', eligible: 5 }), 'FORBIDDEN');
      expectRefused(await city.request(VOTE, { evaluationId, votes }), 'FORBIDDEN');
      expectRefused(
        await department.request(CREATE, { handoffId, scheme: 'BINARY', eligible: 5 }),
        'FORBIDDEN',
      );
      expectRefused(await department.request(VOTE, { evaluationId, votes }), 'FORBIDDEN');
      for (const eligible of [0, -1, 10_001]) {
        expectRefused(
          await county.request(CREATE, { handoffId, scheme: 'BINARY', eligible }),
          'BAD_USER_INPUT',
        );
      }
      const issued = await handoffAt('ISSUED', 1);
      expectRefused(
        await county.request(CREATE, { handoffId: issued, scheme: 'BINARY', eligible: 5 }),
        'CONFLICT',
      );

      const shown = await detail(handoffId);
      expect(shown.status).toBe('CLOSED');
      expect(shown.evaluations.map((e) => e.result)).toEqual([null]);
    });
  });

  describe('look-backs (回头看)', () => {
    /**
     * Schedules the look-back as closing does, then moves it into the past. The findings' recurrence
     * flag is cleared first: the shared department may have closed a similar problem in another test.
     */
    async function dueLookBack(handoffId: string): Promise<void> {
      await (
        await platform.system(LookBacksService)
      ).schedule(platform.dataSource.manager, handoffId, new Date());
      await platform.dataSource.query('UPDATE finding SET recurrence = false WHERE handoff_id = $1', [
        handoffId,
      ]);
      await platform.dataSource.query(
        "UPDATE look_back SET due_at = now() - interval '1 day' WHERE handoff_id = $1 AND done_at IS NULL",
        [handoffId],
      );
    }

    async function dueIds(client: GraphqlClient): Promise<string[]> {
      return (await client.ok<{ lookBacksDue: Array<{ id: string }> }>(DUE)).lookBacksDue.map((h) => h.id);
    }

    it('is scheduled six months after closure and listed once due', async () => {
      const handoffId = await handoffAt('CLOSED');
      const closedAt = new Date();
      await (
        await platform.system(LookBacksService)
      ).schedule(platform.dataSource.manager, handoffId, closedAt);
      const shown = await detail(handoffId);
      expect(shown.closedAt).toEqual(expect.any(String));
      expect(shown.lookBack).toMatchObject({ doneAt: null, relapsed: null, note: null });
      const months =
        (new Date(shown.lookBack?.dueAt ?? 0).getTime() - closedAt.getTime()) / (24 * 3600 * 1000);
      expect(months).toBeGreaterThanOrEqual(181);
      expect(months).toBeLessThanOrEqual(185);
      expect(await dueIds(county)).not.toContain(handoffId);

      await dueLookBack(handoffId);
      expect(await dueIds(county)).toContain(handoffId);
      expect(await dueIds(await platform.as(tree.city))).toContain(handoffId);
      expect(await dueIds(await platform.as(tree.counties[1] as string))).not.toContain(handoffId);
    });

    it('records a look-back without relapse: done, the handoff stays closed', async () => {
      const handoffId = await handoffAt('CLOSED');
      await dueLookBack(handoffId);
      const other = await platform.as(tree.counties[1] as string);
      const variables = { handoffId, relapsed: false, note: '回访群众,整改成效巩固' };

      expectRefused(await county.request(LOOK_BACK, { ...variables, note: '  ' }), 'BAD_USER_INPUT');
      expectRefused(await other.request(LOOK_BACK, variables), HIDDEN);
      expectRefused(await department.request(LOOK_BACK, variables), 'FORBIDDEN');
      expectRefused(await (await platform.as(tree.city)).request(LOOK_BACK, variables), 'FORBIDDEN');

      const done = await county.ok<{
        recordLookBack: { status: string; closedAt: string | null; lookBack: HandoffDetail['lookBack'] };
      }>(LOOK_BACK, variables);
      expect(done.recordLookBack).toMatchObject({
        status: 'CLOSED',
        closedAt: expect.any(String),
        lookBack: { doneAt: expect.any(String), relapsed: false, note: '回访群众,整改成效巩固' },
      });
      expect(await dueIds(county)).not.toContain(handoffId);
      expectRefused(await county.request(LOOK_BACK, variables), 'CONFLICT');
      const shown = await detail(handoffId);
      expect(shown.findings.map((f) => [f.status, f.recurrence])).toEqual([
        ['CLOSED', false],
        ['CLOSED', false],
      ]);
    });

    it('reopens a relapsed handoff and marks its findings as recurrences', async () => {
      const handoffId = await handoffAt('CLOSED');
      await dueLookBack(handoffId);
      const relapsed = await county.ok<{
        recordLookBack: { status: string; closedAt: string | null; lookBack: HandoffDetail['lookBack'] };
      }>(LOOK_BACK, { handoffId, relapsed: true, note: '问题反弹,午间窗口再次无人值守' });
      expect(relapsed.recordLookBack).toMatchObject({
        status: 'RECTIFYING',
        closedAt: null,
        lookBack: { relapsed: true, doneAt: expect.any(String) },
      });
      const shown = await detail(handoffId);
      expect(shown.findings.map((f) => [f.status, f.recurrence])).toEqual([
        ['RECTIFYING', true],
        ['RECTIFYING', true],
      ]);
      expect(await noticesOf(department, handoffId, 'LOOK_BACK_RELAPSED')).toHaveLength(1);
      expect(await dueIds(county)).not.toContain(handoffId);
      expectRefused(
        await county.request(LOOK_BACK, { handoffId, relapsed: false, note: '再次回头看' }),
        'CONFLICT',
      );
    });

    it('refuses a look-back on a closed handoff with none open', async () => {
      const handoffId = await handoffAt('CLOSED', 1);
      await platform.dataSource.query('DELETE FROM look_back WHERE handoff_id = $1', [handoffId]);
      expectRefused(await county.request(LOOK_BACK, { handoffId, relapsed: false, note: '无' }), 'CONFLICT');
    });
  });
});
