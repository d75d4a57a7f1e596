import { randomInt, randomUUID } from 'node:crypto';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  countRows,
  createAccount,
  createTenantTree,
  departmentId,
  expectRefused,
  fieldsOf,
  findingInput,
  HIDDEN,
  Platform,
  projectInput,
  publishedProject,
  refused,
  REVIEW,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
  unknownId,
} from '@liandong/testing-system';

const FINDINGS = `query Findings($filter: FindingFilter, $first: Int, $after: String) {
  findings(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status severity category tenant { code } department { code } handoff { id status } } }
  }
}`;

type Finding = { id: string; status: string; title: string; tenant: { code: string } };
type Connection = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{
    cursor: string;
    node: {
      id: string;
      title: string;
      status: string;
      tenant: { code: string };
      department: { code: string } | null;
    };
  }>;
};
type Assignment = { id: string; status: string; tenant: { id: string; code: string } };

describe('findings: submit, review, list', () => {
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
  /** A city project published to the whole tree; every assignment but t21's acknowledged. */
  let projectId: string;
  let assignments: Assignment[];
  const assignmentOf = (code: string) => (assignments.find((a) => a.tenant.code === code) as Assignment).id;

  const storedIn = (project: string, tenantCode?: string) =>
    countRows(
      platform.dataSource,
      `SELECT 1 FROM finding f JOIN tenant t ON t.id = f.tenant_id WHERE f.project_id = $1 AND ($2::text IS NULL OR t.code = $2)`,
      [project, tenantCode ?? null],
    );
  const statusOf = async (id: string) =>
    (
      (await platform.dataSource.query('SELECT status FROM finding WHERE id = $1', [id])) as Array<{
        status: string;
      }>
    )[0]?.status;
  const submit = async (client: GraphqlClient, code: string, rows = [findingInput()]) =>
    (
      await client.ok<{ submitFindings: Finding[] }>(SUBMIT, {
        assignmentId: assignmentOf(code),
        findings: rows,
      })
    ).submitFindings;

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
    ({ projectId, assignments } = await publishedProject(city, [tree.city], { includeDescendants: true }));
    for (const code of [tree.city, c1, c2, t11, t12]) {
      await (await platform.as(code)).ok(ACKNOWLEDGE, { id: assignmentOf(code) });
    }
  });
  afterAll(() => platform.close());

  describe('submitFindings: who may report', () => {
    it('before acknowledging the assignment: CONFLICT, nothing stored', async () => {
      const township21 = await platform.as(t21);
      const error = await refused(
        township21,
        SUBMIT,
        { assignmentId: assignmentOf(t21), findings: [findingInput()] },
        'CONFLICT',
      );
      expect(error.message).toMatch(/acknowledge|签收/i);
      expect(await storedIn(projectId, t21)).toBe(0);
    });

    it('by the assigned township on its acknowledged assignment: REPORTED, under its name', async () => {
      const [finding] = await submit(township11, t11);
      expect(finding).toMatchObject({ status: 'REPORTED', tenant: { code: t11 } });
      const assignment = (await platform.dataSource.query('SELECT status FROM assignment WHERE id = $1', [
        assignmentOf(t11),
      ])) as Array<{ status: string }>;
      expect(['ACKNOWLEDGED', 'IN_PROGRESS']).toContain(assignment[0]?.status);
    });

    it('by tenants that do not hold the assignment (parent county, city, neighbour, sibling county): refused, nothing stored', async () => {
      const before = await storedIn(projectId);
      await refused(county1, SUBMIT, { assignmentId: assignmentOf(t11), findings: [findingInput()] }, HIDDEN);
      await refused(city, SUBMIT, { assignmentId: assignmentOf(t11), findings: [findingInput()] }, HIDDEN);
      await refused(
        township12,
        SUBMIT,
        { assignmentId: assignmentOf(t11), findings: [findingInput()] },
        HIDDEN,
      );
      await refused(county2, SUBMIT, { assignmentId: assignmentOf(t11), findings: [findingInput()] }, HIDDEN);
      await refused(
        township11,
        SUBMIT,
        { assignmentId: assignmentOf(c1), findings: [findingInput()] },
        HIDDEN,
      );
      expect(await storedIn(projectId)).toBe(before);
    });

    it('a MEMBER of the assigned tenant records findings; a VIEWER and a DEPARTMENT account cannot', async () => {
      const member = await platform.as(await createAccount(platform.dataSource, t11, 'MEMBER'));
      const [finding] = await submit(member, t11);
      expect(finding).toMatchObject({ status: 'REPORTED', tenant: { code: t11 } });
      const before = await storedIn(projectId);
      const viewer = await platform.as(await createAccount(platform.dataSource, t11, 'VIEWER'));
      await refused(
        viewer,
        SUBMIT,
        { assignmentId: assignmentOf(t11), findings: [findingInput()] },
        'FORBIDDEN',
      );
      await refused(
        await platform.as(`${t11}-gov`),
        SUBMIT,
        { assignmentId: assignmentOf(t11), findings: [findingInput()] },
        HIDDEN,
      );
      expect(await storedIn(projectId)).toBe(before);
    });

    it('an unknown assignment is NOT_FOUND, a malformed one BAD_USER_INPUT', async () => {
      await refused(
        township11,
        SUBMIT,
        { assignmentId: unknownId(), findings: [findingInput()] },
        'NOT_FOUND',
      );
      await refused(
        township11,
        SUBMIT,
        { assignmentId: 'assignment-1', findings: [findingInput()] },
        'BAD_USER_INPUT',
      );
    });
  });

  describe('submitFindings: all or nothing', () => {
    it('a batch with bad rows 0 and 2 names every problem by row and stores nothing', async () => {
      const countyMarket = await departmentId(county1, c1, 'market');
      const before = await storedIn(projectId, t11);
      const rows = [
        findingInput({ title: '  ', method: 'INSPECTION' }), // empty title; a catalogue method, but not this project's
        findingInput(),
        findingInput({ checklistCode: 'C9', departmentId: countyMarket }), // unknown checklist code; a department above the township
      ];
      const error = await refused(
        township11,
        SUBMIT,
        { assignmentId: assignmentOf(t11), findings: rows },
        'BAD_USER_INPUT',
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ROWS' });
      const problems = error.extensions?.['rows'] as Array<{
        index: number;
        field: string;
        reason: string;
        message: string;
      }>;
      expect(problems.map((p) => `${p.index}:${p.field}:${p.reason}`).sort()).toEqual([
        '0:method:METHOD_NOT_IN_PROJECT',
        '0:title:TITLE_REQUIRED',
        '2:checklistCode:UNKNOWN_CHECKLIST_CODE',
        '2:departmentId:DEPARTMENT_NOT_IN_SUBTREE',
      ]);
      for (const problem of problems) {
        expect(problem.message.trim().length).toBeGreaterThan(5);
      }
      expect(await storedIn(projectId, t11)).toBe(before);
      const stored = await countRows(platform.dataSource, 'SELECT 1 FROM finding WHERE title = $1', [
        rows[1]?.['title'],
      ]);
      expect(stored).toBe(0);
    });

    it('a department of a sibling township, an unknown department and a malformed department id are bad rows', async () => {
      const neighbourGov = await departmentId(city, t12, 'gov');
      const rows = [
        findingInput({ departmentId: neighbourGov }),
        findingInput({ departmentId: unknownId() }),
        findingInput({ departmentId: 'market' }),
        findingInput({ method: 'NO_SUCH' }),
        findingInput({ category: '' }),
      ];
      const error = await refused(
        township11,
        SUBMIT,
        { assignmentId: assignmentOf(t11), findings: rows },
        'BAD_USER_INPUT',
      );
      const problems = error.extensions?.['rows'] as Array<{ index: number; field: string }>;
      expect(problems.map((p) => `${p.index}:${p.field}`).sort()).toEqual([
        '0:departmentId',
        '1:departmentId',
        '2:departmentId',
        '3:method',
        '4:category',
      ]);
    });

    it('a department inside the caller’s subtree is accepted and shown', async () => {
      const ownGov = await departmentId(township11, t11, 'gov');
      const [finding] = (
        await township11.ok<{ submitFindings: Array<{ id: string; department: { code: string } }> }>(
          `mutation ($a: ID!, $f: [FindingInput!]!) { submitFindings(assignmentId: $a, findings: $f) { id department { code } } }`,
          { a: assignmentOf(t11), f: [findingInput({ departmentId: ownGov })] },
        )
      ).submitFindings;
      expect(finding?.department.code).toBe('gov');
    });

    it('text PostgreSQL cannot store (a NUL character) is BAD_USER_INPUT, not an internal error, and nothing is stored', async () => {
      const before = await storedIn(projectId, t11);
      for (const row of [
        findingInput({ title: '窗口\u0000排队' }),
        findingInput({ description: 'a\u0000b' }),
      ]) {
        await refused(
          township11,
          SUBMIT,
          { assignmentId: assignmentOf(t11), findings: [findingInput(), row] },
          'BAD_USER_INPUT',
        );
      }
      await refused(
        township11,
        SUBMIT,
        { assignmentId: assignmentOf(t11), findings: [findingInput()], key: 'k\u0000' },
        'BAD_USER_INPUT',
      );
      expect(await storedIn(projectId, t11)).toBe(before);
    });

    it('an empty batch is BAD_USER_INPUT', async () => {
      await refused(township11, SUBMIT, { assignmentId: assignmentOf(t11), findings: [] }, 'BAD_USER_INPUT');
    });

    it('more than 1,000 findings in one call are refused and nothing is stored; exactly 1,000 are taken', async () => {
      const small = await createTenantTree(platform.dataSource, 1, 1);
      const [county] = small.counties as [string];
      const issuer = await platform.as(small.city);
      const own = await publishedProject(issuer, [county]);
      const countyClient = await platform.as(county);
      const assignmentId = own.assignments[0].id;
      await countyClient.ok(ACKNOWLEDGE, { id: assignmentId });
      const many = (n: number) =>
        Array.from({ length: n }, (_, i) => findingInput({ title: `批量问题 ${i}` }));
      const error = await refused(
        countyClient,
        SUBMIT,
        { assignmentId, findings: many(1001) },
        'BAD_USER_INPUT',
      );
      expect(error.message).toMatch(/1000|1,000/);
      expect(await storedIn(own.projectId)).toBe(0);
      const taken = await countyClient.ok<{ submitFindings: Finding[] }>(SUBMIT, {
        assignmentId,
        findings: many(1000),
      });
      expect(taken.submitFindings).toHaveLength(1000);
      expect(new Set(taken.submitFindings.map((f) => f.id)).size).toBe(1000);
      expect(await storedIn(own.projectId)).toBe(1000);
    });
  });

  describe('submitFindings: idempotency', () => {
    it('the same key twice returns the first call’s findings and stores nothing new', async () => {
      const key = `batch-${randomUUID()}`;
      const first = await township12.ok<{ submitFindings: Finding[] }>(SUBMIT, {
        assignmentId: assignmentOf(t12),
        findings: [findingInput(), findingInput()],
        key,
      });
      const stored = await storedIn(projectId, t12);
      const second = await township12.ok<{ submitFindings: Finding[] }>(SUBMIT, {
        assignmentId: assignmentOf(t12),
        findings: [findingInput(), findingInput()],
        key,
      });
      expect(second.submitFindings.map((f) => f.id)).toEqual(first.submitFindings.map((f) => f.id));
      expect(second.submitFindings.map((f) => f.title)).toEqual(first.submitFindings.map((f) => f.title));
      expect(await storedIn(projectId, t12)).toBe(stored);
      const third = await township12.ok<{ submitFindings: Finding[] }>(SUBMIT, {
        assignmentId: assignmentOf(t12),
        findings: [findingInput()],
        key,
      });
      expect(third.submitFindings.map((f) => f.id)).toEqual(first.submitFindings.map((f) => f.id));
      expect(await storedIn(projectId, t12)).toBe(stored);
    });

    it('concurrent calls with one key store one batch', async () => {
      const key = `race-${randomUUID()}`;
      const before = await storedIn(projectId, t12);
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          township12.ok<{ submitFindings: Finding[] }>(SUBMIT, {
            assignmentId: assignmentOf(t12),
            findings: [findingInput()],
            key,
          }),
        ),
      );
      const ids = new Set(results.flatMap((r) => r.submitFindings.map((f) => f.id)));
      expect(ids.size).toBe(1);
      expect(await storedIn(projectId, t12)).toBe(before + 1);
    });

    it('the same key from another tenant is that tenant’s own batch', async () => {
      const key = `shared-${randomUUID()}`;
      const a = await submitWithKey(township11, t11, key);
      const b = await submitWithKey(township12, t12, key);
      expect(b.map((f) => f.id)).not.toEqual(a.map((f) => f.id));
      expect(b.every((f) => f.tenant.code === t12)).toBe(true);
    });

    async function submitWithKey(client: GraphqlClient, code: string, key: string): Promise<Finding[]> {
      return (
        await client.ok<{ submitFindings: Finding[] }>(SUBMIT, {
          assignmentId: assignmentOf(code),
          findings: [findingInput()],
          key,
        })
      ).submitFindings;
    }
  });

  describe('findings reported by the issuer itself', () => {
    it('the city reporting on its own project: ACCEPTED at once', async () => {
      const findings = await submit(city, tree.city, [findingInput(), findingInput()]);
      expect(findings.map((f) => f.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    });

    it('a county reporting on the city’s project: REPORTED; on its own project: ACCEPTED', async () => {
      const [onCity] = await submit(county1, c1);
      expect(onCity?.status).toBe('REPORTED');
      const own = await publishedProject(county1, [c1, t11]);
      const mine = own.assignments.find((a) => a.tenant.code === c1) as Assignment;
      await county1.ok(ACKNOWLEDGE, { id: mine.id });
      const { submitFindings } = await county1.ok<{ submitFindings: Finding[] }>(SUBMIT, {
        assignmentId: mine.id,
        findings: [findingInput()],
      });
      expect(submitFindings[0]?.status).toBe('ACCEPTED');
      const theirs = own.assignments.find((a) => a.tenant.code === t11) as Assignment;
      await township11.ok(ACKNOWLEDGE, { id: theirs.id });
      const township = await township11.ok<{ submitFindings: Finding[] }>(SUBMIT, {
        assignmentId: theirs.id,
        findings: [findingInput()],
      });
      expect(township.submitFindings[0]?.status).toBe('REPORTED');
    });
  });

  describe('reviewFindings', () => {
    it('the parent county accepts: REPORTED → ACCEPTED, the decision kept', async () => {
      const [finding] = await submit(township11, t11);
      const { reviewFindings } = await county1.ok<{ reviewFindings: Array<{ id: string; status: string }> }>(
        REVIEW,
        { ids: [finding?.id], accept: true },
      );
      expect(reviewFindings).toEqual([{ id: finding?.id, status: 'ACCEPTED' }]);
      expect(await statusOf(finding?.id)).toBe('ACCEPTED');
      expect(
        await countRows(
          platform.dataSource,
          'SELECT 1 FROM finding_review WHERE finding_id = $1 AND accepted',
          [finding?.id],
        ),
      ).toBe(1);
    });

    it('returning without a reason (or a blank one) is BAD_USER_INPUT naming reason; the finding stays REPORTED', async () => {
      const [finding] = await submit(township11, t11);
      for (const reason of [undefined, null, '', '   ']) {
        const error = await refused(
          county1,
          REVIEW,
          { ids: [finding?.id], accept: false, reason },
          'BAD_USER_INPUT',
        );
        expect(fieldsOf(error)).toContain('reason');
        expect(error.extensions?.['fields']).toEqual([
          expect.objectContaining({ field: 'reason', reason: 'REASON_REQUIRED' }),
        ]);
      }
      expect(await statusOf(finding?.id)).toBe('REPORTED');
    });

    it('returning with a reason: RETURNED, the reason kept', async () => {
      const [finding] = await submit(township11, t11);
      const reason = `证据不足,请补充现场照片 ${randomInt(1e9)}`;
      const { reviewFindings } = await county1.ok<{ reviewFindings: Array<{ status: string }> }>(REVIEW, {
        ids: [finding?.id],
        accept: false,
        reason,
      });
      expect(reviewFindings[0]?.status).toBe('RETURNED');
      expect(
        await countRows(
          platform.dataSource,
          'SELECT 1 FROM finding_review WHERE finding_id = $1 AND reason = $2',
          [finding?.id, reason],
        ),
      ).toBe(1);
    });

    it('the reporting township cannot review its own finding: FORBIDDEN', async () => {
      const [finding] = await submit(township11, t11);
      const error = await refused(township11, REVIEW, { ids: [finding?.id], accept: true }, 'FORBIDDEN');
      expect(error.extensions?.['reason']).toBe('REVIEWER_NOT_ABOVE_REPORTER');
      expect(await statusOf(finding?.id)).toBe('REPORTED');
    });

    it('a sibling county or a neighbour township cannot review it, and learns nothing of it', async () => {
      const [finding] = await submit(township11, t11);
      for (const client of [county2, township12, await platform.as(t21)]) {
        const error = await refused(client, REVIEW, { ids: [finding?.id], accept: true }, HIDDEN);
        expect(error.raw).not.toContain(finding?.title);
      }
      expect(await statusOf(finding?.id)).toBe('REPORTED');
    });

    it('the city, an ancestor and the issuer, may review a township’s finding', async () => {
      const [finding] = await submit(township11, t11);
      const { reviewFindings } = await city.ok<{ reviewFindings: Array<{ status: string }> }>(REVIEW, {
        ids: [finding?.id],
        accept: true,
      });
      expect(reviewFindings[0]?.status).toBe('ACCEPTED');
    });

    it('the city reviews a county’s finding; the county cannot review its own', async () => {
      const [finding] = await submit(county1, c1);
      await refused(county1, REVIEW, { ids: [finding?.id], accept: true }, 'FORBIDDEN');
      const { reviewFindings } = await city.ok<{ reviewFindings: Array<{ status: string }> }>(REVIEW, {
        ids: [finding?.id],
        accept: true,
      });
      expect(reviewFindings[0]?.status).toBe('ACCEPTED');
    });

    it('an ancestor above the issuer may not review: the city on a county’s project is FORBIDDEN', async () => {
      const own = await publishedProject(county1, [t12]);
      const assignment = own.assignments[0];
      await township12.ok(ACKNOWLEDGE, { id: assignment.id });
      const { submitFindings } = await township12.ok<{ submitFindings: Finding[] }>(SUBMIT, {
        assignmentId: assignment.id,
        findings: [findingInput()],
      });
      const id = submitFindings[0]?.id;
      await refused(city, REVIEW, { ids: [id], accept: true }, 'FORBIDDEN');
      expect(await statusOf(id)).toBe('REPORTED');
      const accepted = await county1.ok<{ reviewFindings: Array<{ status: string }> }>(REVIEW, {
        ids: [id],
        accept: true,
      });
      expect(accepted.reviewFindings[0]?.status).toBe('ACCEPTED');
    });

    it('reviewing an already accepted (or returned) finding is CONFLICT', async () => {
      const [accepted, returned] = await submit(township11, t11, [findingInput(), findingInput()]);
      await county1.ok(REVIEW, { ids: [accepted?.id], accept: true });
      await county1.ok(REVIEW, { ids: [returned?.id], accept: false, reason: '请核实' });
      const error = await refused(county1, REVIEW, { ids: [accepted?.id], accept: true }, 'CONFLICT');
      expect(error.extensions?.['reason']).toBe('FINDING_NOT_REVIEWABLE');
      await refused(county1, REVIEW, { ids: [accepted?.id], accept: false, reason: '改判' }, 'CONFLICT');
      await refused(county1, REVIEW, { ids: [returned?.id], accept: true }, 'CONFLICT');
      expect(await statusOf(accepted?.id)).toBe('ACCEPTED');
      expect(await statusOf(returned?.id)).toBe('RETURNED');
    });

    it('an accept and a return racing on one finding: exactly one decision wins, the other is CONFLICT', async () => {
      const [finding] = await submit(township11, t11);
      const results = await Promise.all([
        county1.request(REVIEW, { ids: [finding?.id], accept: true }),
        city.request(REVIEW, { ids: [finding?.id], accept: false, reason: '重复' }),
      ]);
      const won = results.filter((r) => !r.errors);
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.errors) as (typeof results)[number];
      expect(lost.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      expect(
        await countRows(platform.dataSource, 'SELECT 1 FROM finding_review WHERE finding_id = $1', [
          finding?.id,
        ]),
      ).toBe(1);
    });

    it('a batch with one finding that cannot be reviewed changes none of them', async () => {
      const [fresh, done] = await submit(township11, t11, [findingInput(), findingInput()]);
      await county1.ok(REVIEW, { ids: [done?.id], accept: true });
      await refused(county1, REVIEW, { ids: [fresh?.id, done?.id], accept: true }, 'CONFLICT');
      expect(await statusOf(fresh?.id)).toBe('REPORTED');
      const [other] = await submit(await platform.as(c2), c2);
      await refused(city, REVIEW, { ids: [fresh?.id, other?.id, unknownId()], accept: true }, HIDDEN);
      expect(await statusOf(fresh?.id)).toBe('REPORTED');
      expect(await statusOf(other?.id)).toBe('REPORTED');
    });

    it('MEMBER, VIEWER and DEPARTMENT accounts of the parent county, and the ADMIN, cannot review', async () => {
      const [finding] = await submit(township11, t11);
      for (const username of [
        await createAccount(platform.dataSource, c1, 'MEMBER'),
        await createAccount(platform.dataSource, c1, 'VIEWER'),
        `${c1}-market`,
        `${tree.city}-admin`,
      ]) {
        await refused(await platform.as(username), REVIEW, { ids: [finding?.id], accept: true }, HIDDEN);
      }
      expect(await statusOf(finding?.id)).toBe('REPORTED');
    });

    it('malformed ids are BAD_USER_INPUT, unknown ones NOT_FOUND', async () => {
      const error = await refused(county1, REVIEW, { ids: ['finding-1'], accept: true }, 'BAD_USER_INPUT');
      expect(fieldsOf(error)[0]).toMatch(/^findingIds/);
      await refused(county1, REVIEW, { ids: [unknownId()], accept: true }, 'NOT_FOUND');
      await refused(county1, REVIEW, { ids: [], accept: true }, 'BAD_USER_INPUT');
    });
  });

  describe('findings query', () => {
    /** A project of its own so the counts are exact. */
    let pageProject: string;
    let pageAssignments: Assignment[];
    let t11Ids: string[];
    let t12Ids: string[];

    beforeAll(async () => {
      ({ projectId: pageProject, assignments: pageAssignments } = await publishedProject(city, [c1], {
        includeDescendants: true,
        input: projectInput({ title: `分页 ${randomInt(1e9)}` }),
      }));
      const of = (code: string) => (pageAssignments.find((a) => a.tenant.code === code) as Assignment).id;
      await township11.ok(ACKNOWLEDGE, { id: of(t11) });
      await township12.ok(ACKNOWLEDGE, { id: of(t12) });
      t11Ids = [];
      for (let i = 0; i < 5; i += 1) {
        const { submitFindings } = await township11.ok<{ submitFindings: Finding[] }>(SUBMIT, {
          assignmentId: of(t11),
          findings: [findingInput()],
        });
        t11Ids.push(...submitFindings.map((f) => f.id));
      }
      const { submitFindings } = await township12.ok<{ submitFindings: Finding[] }>(SUBMIT, {
        assignmentId: of(t12),
        findings: [findingInput(), findingInput()],
      });
      t12Ids = submitFindings.map((f) => f.id);
    });

    const page = async (client: GraphqlClient, variables: Record<string, unknown>) =>
      (await client.ok<{ findings: Connection }>(FINDINGS, variables)).findings;

    it('pages with first/after: every finding once, totalCount stable, hasNextPage false at the end', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const result: Connection = await page(county1, {
          filter: { projectId: pageProject },
          first: 2,
          after,
        });
        expect(result.totalCount).toBe(7);
        expect(result.edges.length).toBeLessThanOrEqual(2);
        seen.push(...result.edges.map((e) => e.node.id));
        pages += 1;
        if (!result.pageInfo.hasNextPage) {
          break;
        }
        expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)?.cursor);
        after = result.pageInfo.endCursor;
      }
      expect(pages).toBe(4);
      expect(seen.sort()).toEqual([...t11Ids, ...t12Ids].sort());
    });

    it('first outside 1–500 and a malformed cursor are BAD_USER_INPUT, never an internal error', async () => {
      for (const first of [0, -1, 100_000]) {
        await refused(county1, FINDINGS, { first }, 'BAD_USER_INPUT');
      }
      const forged = Buffer.from('2023-01-01T00:00:00.000Z|not-a-uuid').toString('base64url');
      for (const after of ['garbage', forged, Buffer.from('yesterday|x').toString('base64url')]) {
        await refused(county1, FINDINGS, { after }, 'BAD_USER_INPUT');
      }
    });

    it('scopeTenantId narrows to a tenant inside the subtree', async () => {
      const result = await page(county1, {
        filter: { projectId: pageProject, scopeTenantId: await tenantId(county1, t12) },
      });
      expect(result.totalCount).toBe(2);
      expect(result.edges.map((e) => e.node.id).sort()).toEqual([...t12Ids].sort());
    });

    it('scopeTenantId outside the subtree (sibling county, neighbour, parent) is refused with no findings', async () => {
      const cases: Array<[GraphqlClient, string]> = [
        [county1, c2],
        [county1, t21],
        [county1, tree.city],
        [township11, t12],
      ];
      for (const [client, code] of cases) {
        const error = await refused(
          client,
          FINDINGS,
          { filter: { scopeTenantId: await tenantId(city, code) } },
          HIDDEN,
        );
        expect(error.raw).not.toContain('edges');
      }
      await refused(county1, FINDINGS, { filter: { scopeTenantId: 'x' } }, 'BAD_USER_INPUT');
    });

    it('each caller sees its own subtree: the city all, a township its own, a sibling county none', async () => {
      expect((await page(city, { filter: { projectId: pageProject } })).totalCount).toBe(7);
      const own = await page(township11, { filter: { projectId: pageProject } });
      expect(own.edges.map((e) => e.node.id).sort()).toEqual([...t11Ids].sort());
      expect(own.edges.every((e) => e.node.tenant.code === t11)).toBe(true);
      const sibling = await page(county2, { filter: { projectId: pageProject } });
      expect(sibling).toMatchObject({ totalCount: 0, edges: [] });
      const all = await page(county2, { first: 500 });
      expect(all.edges.every((e) => e.node.tenant.code.startsWith(c2))).toBe(true);
    });

    it('a VIEWER of the county reads the same findings as its coordinator', async () => {
      const viewer = await platform.as(await createAccount(platform.dataSource, c1, 'VIEWER'));
      const seen = await page(viewer, { filter: { projectId: pageProject } });
      expect(seen.edges.map((e) => e.node.id).sort()).toEqual([...t11Ids, ...t12Ids].sort());
    });

    it('status filters', async () => {
      await county1.ok(REVIEW, { ids: [t12Ids[0]], accept: true });
      const accepted = await page(county1, { filter: { projectId: pageProject, status: ['ACCEPTED'] } });
      expect(accepted.edges.map((e) => e.node.id)).toEqual([t12Ids[0]]);
      const reported = await page(county1, { filter: { projectId: pageProject, status: ['REPORTED'] } });
      expect(reported.totalCount).toBe(6);
    });

    it('a department account sees no findings that were not handed over to it', async () => {
      const department = await platform.as(`${c1}-market`);
      expect((await page(department, { filter: { projectId: pageProject } })).totalCount).toBe(0);
      expect((await page(await platform.as(`${t11}-gov`), {})).totalCount).toBe(0);
    });

    it('filter.projectId malformed is BAD_USER_INPUT', async () => {
      const result = await county1.request(FINDINGS, { filter: { projectId: 'p-1' } });
      expectRefused(result, 'BAD_USER_INPUT');
    });
  });

  describe('finding(id)', () => {
    const FINDING = `query ($id: ID!) { finding(id: $id) {
      id title status tenant { code } project { id } reviews { accepted reason by { tenant { code } } } } }`;
    let id: string;

    beforeAll(async () => {
      [{ id }] = (await submit(township11, t11)) as [Finding];
      await county1.ok(REVIEW, { ids: [id], accept: false, reason: '请补充现场照片' });
    });

    // The reviewer is the county's account, outside the township's subtree: the township still reads who decided.
    it('gives the reporting township and its ancestors the finding with its review history and reviewer', async () => {
      for (const client of [township11, county1, city]) {
        const { finding } = await client.ok<{
          finding: { id: string; status: string; tenant: { code: string }; reviews: unknown[] };
        }>(FINDING, { id });
        expect(finding).toMatchObject({
          id,
          status: 'RETURNED',
          tenant: { code: t11 },
          reviews: [{ accepted: false, reason: '请补充现场照片', by: { tenant: { code: c1 } } }],
        });
      }
    });

    it('is NOT_FOUND for a sibling township, another county and a department it was not handed to', async () => {
      for (const client of [township12, county2, await platform.as(`${c1}-market`)]) {
        const error = await refused(client, FINDING, { id }, 'NOT_FOUND');
        expect(error.raw).not.toContain('请补充');
      }
    });

    it('is NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      await refused(city, FINDING, { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND');
      await refused(city, FINDING, { id: 'f-1' }, 'BAD_USER_INPUT');
    });
  });
});
