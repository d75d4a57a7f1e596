import { randomInt } from 'node:crypto';
import { GraphqlClient } from '@liandong/testing';
import { addDays } from './dates';
import {
  ACKNOWLEDGE,
  countRows,
  createAccount,
  createTenantTree,
  departmentId,
  fieldsOf,
  findingInput,
  HAND_OFF,
  HIDDEN,
  Platform,
  publishedProject,
  refused,
  REVIEW,
  startPlatform,
  SUBMIT,
  TenantTree,
  unknownId,
} from '@liandong/testing-system';

const SIGN = 'mutation SignHandoff($id: ID!) { signHandoff(id: $id) { id status } }';
const REPORT = `mutation ReportRectification($handoffId: ID!, $input: RectificationReportInput!) {
  reportRectification(handoffId: $handoffId, input: $input) { id status findings { id status } } }`;
const VERIFY = `mutation VerifyHandoff($handoffId: ID!, $passed: Boolean!, $opinion: String) {
  verifyHandoff(handoffId: $handoffId, passed: $passed, opinion: $opinion) { id status findings { id status } } }`;
const HANDOFF = `query ($id: ID!) { handoff(id: $id) {
  id letterNo status overdue escalationLevel deadline fromTenant { code } department { code } findings { id title status tenant { code } } } }`;
const FINDINGS = `query Findings($filter: FindingFilter, $first: Int, $after: String) {
  findings(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { id title status tenant { code } department { code } handoff { id status } } }
  }
}`;

type Assignment = { id: string; status: string; tenant: { id: string; code: string } };
type Handoff = {
  id: string;
  letterNo: string;
  status: string;
  findings: Array<{ id: string; status: string }>;
};
type FindingNode = {
  id: string;
  title: string;
  status: string;
  tenant: { code: string };
  handoff: { id: string; status: string } | null;
};

const future = () => addDays(new Date(), 30).toISOString();
const partial = { measures: '已制定整改方案,正在落实', percentDone: 40, final: false };
const final = { measures: '已全部整改到位并建立长效机制', percentDone: 100, final: true };

describe('handoffs: hand over, sign, rectify, verify', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county1: GraphqlClient;
  let county2: GraphqlClient;
  let township11: GraphqlClient;
  let township12: GraphqlClient;
  let c1: string;
  let c2: string;
  let t11: string;
  let t12: string;
  let t21: string;
  let market1: string;
  let assignments: Assignment[];
  const assignmentOf = (code: string) => (assignments.find((a) => a.tenant.code === code) as Assignment).id;
  const clientOf = (code: string) => platform.as(code);

  const statusOf = async (table: 'finding' | 'handoff', id: string) =>
    (
      (await platform.dataSource.query(`SELECT status FROM ${table} WHERE id = $1`, [id])) as Array<{
        status: string;
      }>
    )[0]?.status;
  const handoffsHolding = (findingId: string) =>
    countRows(
      platform.dataSource,
      'SELECT 1 FROM handoff h JOIN finding f ON f.handoff_id = h.id WHERE f.id = $1',
      [findingId],
    );

  /** `n` findings reported by `code` under the shared project; accepted by the parent county unless told otherwise. */
  async function findingsOf(
    code: string,
    n = 1,
    accept = true,
  ): Promise<Array<{ id: string; title: string }>> {
    const client = await clientOf(code);
    const { submitFindings } = await client.ok<{ submitFindings: Array<{ id: string; title: string }> }>(
      SUBMIT,
      {
        assignmentId: assignmentOf(code),
        findings: Array.from({ length: n }, () => findingInput()),
      },
    );
    if (accept) {
      const reviewer = code.length > c1.length ? await clientOf(code.slice(0, c1.length)) : city;
      await reviewer.ok(REVIEW, { ids: submitFindings.map((f) => f.id), accept: true });
    }
    return submitFindings;
  }

  async function handOff(
    client: GraphqlClient,
    findingIds: string[],
    department = market1,
  ): Promise<Handoff> {
    const { handOffFindings } = await client.ok<{ handOffFindings: Handoff }>(HAND_OFF, {
      input: { findingIds, departmentId: department, deadline: future() },
    });
    return handOffFindings;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 2);
    [c1, c2] = tree.counties as [string, string];
    [t11, t12] = tree.townships[c1] as [string, string];
    [t21] = tree.townships[c2] as [string];
    city = await platform.as(tree.city);
    county1 = await platform.as(c1);
    county2 = await platform.as(c2);
    township11 = await platform.as(t11);
    township12 = await platform.as(t12);
    market1 = await departmentId(county1, c1, 'market');
    ({ assignments } = await publishedProject(city, [tree.city], { includeDescendants: true }));
    for (const code of [tree.city, c1, c2, t11, t12, t21]) {
      await (await clientOf(code)).ok(ACKNOWLEDGE, { id: assignmentOf(code) });
    }
  });
  afterAll(() => platform.close());

  describe('handOffFindings', () => {
    it('hands ACCEPTED findings to one of the caller’s departments: ISSUED, findings HANDED_OVER, jobs queued', async () => {
      const [a, b] = await findingsOf(t11, 2);
      const { handOffFindings } = await county1.ok<{
        handOffFindings: Handoff & {
          overdue: boolean;
          escalationLevel: number;
          fromTenant: { code: string };
          department: { code: string };
        };
      }>(HAND_OFF, { input: { findingIds: [a?.id, b?.id], departmentId: market1, deadline: future() } });
      expect(handOffFindings).toMatchObject({
        status: 'ISSUED',
        overdue: false,
        escalationLevel: 0,
        fromTenant: { code: c1 },
        department: { code: 'market' },
      });
      expect(handOffFindings.letterNo.trim()).not.toBe('');
      expect(handOffFindings.findings.map((f) => f.status)).toEqual(['HANDED_OVER', 'HANDED_OVER']);
      expect(await statusOf('finding', a?.id)).toBe('HANDED_OVER');
      const queued = await countRows(
        platform.dataSource,
        `SELECT 1 FROM outbox WHERE payload->>'handoffId' = $1`,
        [handOffFindings.id],
      );
      expect(queued).toBeGreaterThanOrEqual(2);
    });

    it('REPORTED (not yet accepted) findings: CONFLICT, nothing handed over, not even the accepted ones', async () => {
      const [reported] = await findingsOf(t11, 1, false);
      const [accepted] = await findingsOf(t11, 1);
      await refused(
        county1,
        HAND_OFF,
        { input: { findingIds: [reported?.id], departmentId: market1, deadline: future() } },
        'CONFLICT',
      );
      await refused(
        county1,
        HAND_OFF,
        { input: { findingIds: [accepted?.id, reported?.id], departmentId: market1, deadline: future() } },
        'CONFLICT',
      );
      expect(await statusOf('finding', accepted?.id)).toBe('ACCEPTED');
      expect(await statusOf('finding', reported?.id)).toBe('REPORTED');
      expect(await handoffsHolding(accepted?.id)).toBe(0);
    });

    it('RETURNED findings and findings already handed over: CONFLICT', async () => {
      const [returned] = await findingsOf(t11, 1, false);
      await county1.ok(REVIEW, { ids: [returned?.id], accept: false, reason: '不属于本次监督范围' });
      await refused(
        county1,
        HAND_OFF,
        { input: { findingIds: [returned?.id], departmentId: market1, deadline: future() } },
        'CONFLICT',
      );
      const [once] = await findingsOf(t11);
      const first = await handOff(county1, [once?.id]);
      const gov1 = await departmentId(county1, c1, 'gov');
      await refused(
        county1,
        HAND_OFF,
        { input: { findingIds: [once?.id], departmentId: gov1, deadline: future() } },
        'CONFLICT',
      );
      expect(
        (
          (await platform.dataSource.query('SELECT handoff_id FROM finding WHERE id = $1', [
            once?.id,
          ])) as Array<{ handoff_id: string }>
        )[0]?.handoff_id,
      ).toBe(first.id);
    });

    it('two handoffs of one finding racing: exactly one is created, the other is CONFLICT', async () => {
      const [finding] = await findingsOf(t11);
      const gov1 = await departmentId(county1, c1, 'gov');
      const results = await Promise.all(
        [market1, gov1].map((department) =>
          county1.request(HAND_OFF, {
            input: { findingIds: [finding?.id], departmentId: department, deadline: future() },
          }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      expect(
        await countRows(
          platform.dataSource,
          'SELECT 1 FROM handoff h WHERE EXISTS (SELECT 1 FROM finding f WHERE f.handoff_id = h.id AND f.id = $1)',
          [finding?.id],
        ),
      ).toBe(1);
    });

    it('findings of two projects in one handoff: BAD_USER_INPUT naming findingIds, nothing changed', async () => {
      const [one] = await findingsOf(t11);
      const other = await publishedProject(city, [t11]);
      await township11.ok(ACKNOWLEDGE, { id: other.assignments[0]?.id });
      const { submitFindings } = await township11.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
        assignmentId: other.assignments[0]?.id,
        findings: [findingInput()],
      });
      const two = submitFindings[0]?.id;
      await county1.ok(REVIEW, { ids: [two], accept: true });
      const error = await refused(
        county1,
        HAND_OFF,
        { input: { findingIds: [one?.id, two], departmentId: market1, deadline: future() } },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error).join(' ')).toMatch(/findingIds/);
      expect(await statusOf('finding', one?.id)).toBe('ACCEPTED');
      expect(await statusOf('finding', two)).toBe('ACCEPTED');
    });

    it('a deadline in the past (or now) is BAD_USER_INPUT naming the deadline', async () => {
      const [finding] = await findingsOf(t11);
      for (const deadline of [
        addDays(new Date(), -1).toISOString(),
        new Date(Date.now() - 1000).toISOString(),
      ]) {
        const error = await refused(
          county1,
          HAND_OFF,
          { input: { findingIds: [finding?.id], departmentId: market1, deadline } },
          'BAD_USER_INPUT',
        );
        expect(fieldsOf(error).join(' ')).toMatch(/deadline/);
        expect(error.message).toMatch(/deadline/);
      }
      await refused(
        county1,
        HAND_OFF,
        { input: { findingIds: [finding?.id], departmentId: market1, deadline: 'next week' } },
        'BAD_USER_INPUT',
      );
      expect(await statusOf('finding', finding?.id)).toBe('ACCEPTED');
    });

    it('a department of a lower tier (the city handing to a county department) is refused', async () => {
      const [finding] = await findingsOf(t11);
      await refused(
        city,
        HAND_OFF,
        { input: { findingIds: [finding?.id], departmentId: market1, deadline: future() } },
        ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
      );
      const townshipGov = await departmentId(county1, t11, 'gov');
      await refused(
        county1,
        HAND_OFF,
        { input: { findingIds: [finding?.id], departmentId: townshipGov, deadline: future() } },
        ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
      );
      expect(await statusOf('finding', finding?.id)).toBe('ACCEPTED');
      expect(await handoffsHolding(finding?.id)).toBe(0);
    });

    it('a department of another tenant (sibling county, parent city) is refused', async () => {
      const [finding] = await findingsOf(t11);
      const market2 = await departmentId(county2, c2, 'market');
      const cityGov = await departmentId(city, tree.city, 'gov');
      for (const department of [market2, cityGov, unknownId()]) {
        await refused(
          county1,
          HAND_OFF,
          { input: { findingIds: [finding?.id], departmentId: department, deadline: future() } },
          ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
        );
      }
      expect(await statusOf('finding', finding?.id)).toBe('ACCEPTED');
    });

    it('findings outside the caller’s subtree are refused: a sibling county cannot hand over county 1’s findings', async () => {
      const [finding] = await findingsOf(t11);
      const market2 = await departmentId(county2, c2, 'market');
      const error = await refused(
        county2,
        HAND_OFF,
        { input: { findingIds: [finding?.id], departmentId: market2, deadline: future() } },
        HIDDEN,
      );
      expect(error.raw).not.toContain(finding?.title);
      expect(await statusOf('finding', finding?.id)).toBe('ACCEPTED');
    });

    it('the city may hand findings of its subtree to its own department', async () => {
      const [finding] = await findingsOf(t21);
      const cityGov = await departmentId(city, tree.city, 'gov');
      const handoff = await handOff(city, [finding?.id], cityGov);
      expect(handoff.status).toBe('ISSUED');
    });

    it('only a COORDINATOR hands over: MEMBER, VIEWER, DEPARTMENT and ADMIN accounts are FORBIDDEN', async () => {
      const [finding] = await findingsOf(t11);
      for (const username of [
        await createAccount(platform.dataSource, c1, 'MEMBER'),
        await createAccount(platform.dataSource, c1, 'VIEWER'),
        `${c1}-market`,
        `${tree.city}-admin`,
      ]) {
        await refused(
          await platform.as(username),
          HAND_OFF,
          { input: { findingIds: [finding?.id], departmentId: market1, deadline: future() } },
          'FORBIDDEN',
        );
      }
      expect(await statusOf('finding', finding?.id)).toBe('ACCEPTED');
    });

    it('malformed ids and an empty list are BAD_USER_INPUT, never an internal error', async () => {
      const [finding] = await findingsOf(t11);
      const bad = [
        { findingIds: ['f-1'], departmentId: market1, deadline: future() },
        { findingIds: [finding?.id], departmentId: 'market', deadline: future() },
        { findingIds: [], departmentId: market1, deadline: future() },
      ];
      for (const input of bad) {
        await refused(county1, HAND_OFF, { input }, 'BAD_USER_INPUT');
      }
      await refused(
        county1,
        HAND_OFF,
        { input: { findingIds: [unknownId()], departmentId: market1, deadline: future() } },
        HIDDEN,
      );
    });
  });

  describe('the department works its handoff', () => {
    let handoff: Handoff;
    let department: GraphqlClient;
    let titles: string[];

    beforeAll(async () => {
      const findings = await findingsOf(t11, 2);
      titles = findings.map((f) => f.title);
      handoff = await handOff(
        county1,
        findings.map((f) => f.id),
      );
      department = await platform.as(`${c1}-market`);
    });

    it('sees its handoff with its findings, and those findings in `findings`', async () => {
      const { handoff: seen } = await department.ok<{
        handoff: { status: string; findings: Array<{ title: string }>; department: { code: string } };
      }>(HANDOFF, { id: handoff.id });
      expect(seen.status).toBe('ISSUED');
      expect(seen.findings.map((f) => f.title).sort()).toEqual([...titles].sort());
      const { findings } = await department.ok<{ findings: { edges: Array<{ node: FindingNode }> } }>(
        FINDINGS,
        { first: 500 },
      );
      const ids = findings.edges.map((e) => e.node.id);
      expect(ids).toEqual(expect.arrayContaining(handoff.findings.map((f) => f.id)));
      expect(findings.edges.every((e) => e.node.handoff !== null)).toBe(true);
    });

    it('another department (same tenant or a sibling county’s) cannot see, sign or report on it', async () => {
      for (const username of [`${c1}-gov`, `${c2}-market`, `${tree.city}-market`, `${t11}-gov`]) {
        const other = await platform.as(username);
        const error = await refused(other, HANDOFF, { id: handoff.id }, HIDDEN);
        expect(error.raw).not.toContain(handoff.letterNo);
        await refused(other, SIGN, { id: handoff.id }, HIDDEN);
        await refused(other, REPORT, { handoffId: handoff.id, input: partial }, HIDDEN);
        const { findings } = await other.ok<{ findings: { edges: Array<{ node: FindingNode }> } }>(FINDINGS, {
          first: 500,
        });
        expect(findings.edges.map((e) => e.node.title)).not.toContain(titles[0]);
      }
      expect(await statusOf('handoff', handoff.id)).toBe('ISSUED');
    });

    it('a coordinator cannot sign for the department', async () => {
      await refused(county1, SIGN, { id: handoff.id }, HIDDEN);
      expect(await statusOf('handoff', handoff.id)).toBe('ISSUED');
    });

    it('reporting before signing is CONFLICT', async () => {
      await refused(department, REPORT, { handoffId: handoff.id, input: partial }, 'CONFLICT');
      await refused(department, REPORT, { handoffId: handoff.id, input: final }, 'CONFLICT');
      expect(await statusOf('handoff', handoff.id)).toBe('ISSUED');
    });

    it('signs: ISSUED → SIGNED; signing twice is CONFLICT', async () => {
      const { signHandoff } = await department.ok<{ signHandoff: { status: string } }>(SIGN, {
        id: handoff.id,
      });
      expect(signHandoff.status).toBe('SIGNED');
      await refused(department, SIGN, { id: handoff.id }, 'CONFLICT');
      expect(await statusOf('handoff', handoff.id)).toBe('SIGNED');
      // The history's first two dates: issued, then signed, as stored.
      const { handoff: dated } = await department.ok<{ handoff: { issuedAt: string; signedAt: string } }>(
        'query ($id: ID!) { handoff(id: $id) { issuedAt signedAt } }',
        { id: handoff.id },
      );
      const [stored] = (await platform.dataSource.query(
        'SELECT issued_at, signed_at FROM handoff WHERE id = $1',
        [handoff.id],
      )) as Array<{ issued_at: Date; signed_at: Date }>;
      expect(dated).toEqual({
        issuedAt: stored?.issued_at.toISOString(),
        signedAt: stored?.signed_at.toISOString(),
      });
      expect(Date.parse(dated.signedAt)).toBeGreaterThanOrEqual(Date.parse(dated.issuedAt));
    });

    it('two signatures racing on another handoff: one SIGNED, the other CONFLICT', async () => {
      const [finding] = await findingsOf(t12);
      const racing = await handOff(county1, [finding?.id]);
      const results = await Promise.all([
        department.request(SIGN, { id: racing.id }),
        department.request(SIGN, { id: racing.id }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });

    it('verifying before the reply is CONFLICT', async () => {
      await refused(county1, VERIFY, { handoffId: handoff.id, passed: true }, 'CONFLICT');
      expect(await statusOf('handoff', handoff.id)).toBe('SIGNED');
    });

    it('a report must be well formed: measures and a percentage 0–100', async () => {
      for (const input of [
        { ...partial, measures: '  ' },
        { ...partial, percentDone: 101 },
        { ...partial, percentDone: -1 },
      ]) {
        await refused(department, REPORT, { handoffId: handoff.id, input }, 'BAD_USER_INPUT');
      }
      expect(await statusOf('handoff', handoff.id)).toBe('SIGNED');
    });

    it('a staged report: RECTIFYING, findings RECTIFYING; a final one: REPLIED', async () => {
      const staged = await department.ok<{ reportRectification: Handoff }>(REPORT, {
        handoffId: handoff.id,
        input: partial,
      });
      expect(staged.reportRectification.status).toBe('RECTIFYING');
      expect(staged.reportRectification.findings.map((f) => f.status)).toEqual(['RECTIFYING', 'RECTIFYING']);
      const replied = await department.ok<{ reportRectification: Handoff }>(REPORT, {
        handoffId: handoff.id,
        input: final,
      });
      expect(replied.reportRectification.status).toBe('REPLIED');
    });

    it('the department cannot verify its own work: FORBIDDEN', async () => {
      await refused(department, VERIFY, { handoffId: handoff.id, passed: true }, 'FORBIDDEN');
      expect(await statusOf('handoff', handoff.id)).toBe('REPLIED');
    });

    it('only the handing-over tenant verifies: the city (above), the reporting township and a sibling county are refused', async () => {
      await refused(city, VERIFY, { handoffId: handoff.id, passed: true }, HIDDEN);
      await refused(township11, VERIFY, { handoffId: handoff.id, passed: true }, HIDDEN);
      await refused(county2, VERIFY, { handoffId: handoff.id, passed: true }, HIDDEN);
      const viewer = await platform.as(await createAccount(platform.dataSource, c1, 'VIEWER'));
      await refused(viewer, VERIFY, { handoffId: handoff.id, passed: true }, 'FORBIDDEN');
      expect(await statusOf('handoff', handoff.id)).toBe('REPLIED');
    });

    it('not passed without an opinion is BAD_USER_INPUT naming it; the handoff stays REPLIED', async () => {
      for (const opinion of [undefined, '', '   ']) {
        const error = await refused(
          county1,
          VERIFY,
          { handoffId: handoff.id, passed: false, opinion },
          'BAD_USER_INPUT',
        );
        expect(fieldsOf(error)).toContain('opinion');
      }
      expect(await statusOf('handoff', handoff.id)).toBe('REPLIED');
    });

    it('not passed with an opinion: back to RECTIFYING, the opinion kept; the department replies again', async () => {
      const opinion = `整改不彻底,请补充佐证材料 ${randomInt(1e9)}`;
      const { verifyHandoff } = await county1.ok<{ verifyHandoff: Handoff }>(VERIFY, {
        handoffId: handoff.id,
        passed: false,
        opinion,
      });
      expect(verifyHandoff.status).toBe('RECTIFYING');
      expect(verifyHandoff.findings.every((f) => f.status !== 'CLOSED')).toBe(true);
      expect(
        await countRows(
          platform.dataSource,
          'SELECT 1 FROM verification WHERE handoff_id = $1 AND NOT passed AND opinion = $2',
          [handoff.id, opinion],
        ),
      ).toBe(1);
      const again = await department.ok<{ reportRectification: Handoff }>(REPORT, {
        handoffId: handoff.id,
        input: final,
      });
      expect(again.reportRectification.status).toBe('REPLIED');
    });

    it('passed: CLOSED, findings CLOSED; nothing moves afterwards (CONFLICT)', async () => {
      const { verifyHandoff } = await county1.ok<{ verifyHandoff: Handoff }>(VERIFY, {
        handoffId: handoff.id,
        passed: true,
      });
      expect(verifyHandoff.status).toBe('CLOSED');
      expect(verifyHandoff.findings.map((f) => f.status)).toEqual(['CLOSED', 'CLOSED']);
      await refused(county1, VERIFY, { handoffId: handoff.id, passed: true }, 'CONFLICT');
      await refused(department, REPORT, { handoffId: handoff.id, input: final }, 'CONFLICT');
      await refused(department, SIGN, { id: handoff.id }, 'CONFLICT');
      expect(await statusOf('handoff', handoff.id)).toBe('CLOSED');
    });

    it('a final report straight after signing: SIGNED → REPLIED', async () => {
      const [finding] = await findingsOf(t12);
      const direct = await handOff(county1, [finding?.id]);
      await department.ok(SIGN, { id: direct.id });
      const { reportRectification } = await department.ok<{ reportRectification: Handoff }>(REPORT, {
        handoffId: direct.id,
        input: final,
      });
      expect(reportRectification.status).toBe('REPLIED');
    });
  });

  describe('who else can read a handoff', () => {
    let handoff: Handoff;
    let own: Array<{ id: string; title: string }>;
    let neighbours: Array<{ id: string; title: string }>;

    beforeAll(async () => {
      own = await findingsOf(t11, 2);
      neighbours = await findingsOf(t12, 1);
      handoff = await handOff(
        county1,
        [...own, ...neighbours].map((f) => f.id),
      );
    });

    it('the reporting township sees it through Finding.handoff and by id, with only its own findings', async () => {
      const { findings } = await township11.ok<{ findings: { edges: Array<{ node: FindingNode }> } }>(
        FINDINGS,
        { first: 500 },
      );
      const mine = findings.edges.map((e) => e.node).filter((n) => own.some((f) => f.id === n.id));
      expect(mine).toHaveLength(2);
      expect(mine.every((n) => n.handoff?.id === handoff.id && n.handoff.status === 'ISSUED')).toBe(true);
      const result = await township11.request<{ handoff: { findings: Array<{ id: string }> } }>(HANDOFF, {
        id: handoff.id,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.handoff.findings.map((f) => f.id).sort()).toEqual(own.map((f) => f.id).sort());
      expect(JSON.stringify(result)).not.toContain(neighbours[0]?.title);
    });

    it('the county that handed it over and the city above see all its findings', async () => {
      for (const client of [county1, city]) {
        const { handoff: seen } = await client.ok<{ handoff: { findings: Array<{ id: string }> } }>(HANDOFF, {
          id: handoff.id,
        });
        expect(seen.findings).toHaveLength(3);
      }
    });

    it('a sibling county, its township, and a township with no finding in another handoff are refused, leaking nothing', async () => {
      const onlyOwn = await handOff(
        county1,
        (await findingsOf(t11)).map((f) => f.id),
      );
      const cases: Array<[GraphqlClient, string]> = [
        [county2, handoff.id],
        [await platform.as(t21), handoff.id],
        [township12, onlyOwn.id],
      ];
      for (const [client, id] of cases) {
        const error = await refused(client, HANDOFF, { id }, HIDDEN);
        expect(error.raw).not.toContain(handoff.letterNo);
        expect(error.raw).not.toContain(own[0]?.title);
      }
    });

    it('the township cannot work the handoff: sign, report and verify are refused', async () => {
      await refused(township11, SIGN, { id: handoff.id }, HIDDEN);
      await refused(township11, REPORT, { handoffId: handoff.id, input: partial }, HIDDEN);
      await refused(township11, VERIFY, { handoffId: handoff.id, passed: true }, HIDDEN);
      expect(await statusOf('handoff', handoff.id)).toBe('ISSUED');
    });
  });

  describe('ids that are not UUIDs', () => {
    it.each([
      ['handoff', HANDOFF, { id: 'LD-2023-0001' }],
      ['signHandoff', SIGN, { id: '1' }],
      ['reportRectification', REPORT, { handoffId: 'abc', input: partial }],
      ['verifyHandoff', VERIFY, { handoffId: "'; DROP TABLE handoff; --", passed: true }],
    ])('%s is BAD_USER_INPUT, never INTERNAL_SERVER_ERROR', async (name, query, variables) => {
      const caller =
        name === 'signHandoff' || name === 'reportRectification'
          ? await platform.as(`${c1}-market`)
          : county1;
      await refused(caller, query, variables, 'BAD_USER_INPUT');
    });

    it.each([
      ['handoff', HANDOFF, { id: unknownId() }],
      ['signHandoff', SIGN, { id: unknownId() }],
      ['verifyHandoff', VERIFY, { handoffId: unknownId(), passed: true }],
    ])('%s of an unknown id is NOT_FOUND', async (name, query, variables) => {
      const caller = name === 'signHandoff' ? await platform.as(`${c1}-market`) : county1;
      await refused(caller, query, variables, 'NOT_FOUND');
    });
  });
});
