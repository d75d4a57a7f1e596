import { randomInt } from 'node:crypto';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  assignmentDetail,
  conformingPlan,
  countRows,
  CREATE_PROJECT,
  createAccount,
  createTenantTree,
  expectRefused,
  fieldsOf,
  HIDDEN,
  plansOperation,
  Platform,
  projectInput,
  PUBLISH,
  publishedProject,
  refused,
  sqlRows,
  startPlatform,
  tenantId,
  TenantTree,
  unifications,
  Unifications,
  userId,
} from '@liandong/testing-system';
import { addDays } from './dates';

const CHECK = plansOperation('CheckLocalPlan');
const FILE = plansOperation('FileLocalPlan');
const TO_REVIEW = plansOperation('LocalPlansToReview');
const REVIEW_PLAN = plansOperation('ReviewLocalPlan');
const SUBMIT_MILESTONE = plansOperation('SubmitMilestone');
const PROJECT_MILESTONES = `query ($id: ID!) { jointProject(id: $id) {
  id assignments { id tenant { code } milestones { name overdue } } } }`;
const METHODS = `query ($includeRetired: Boolean) { supervisionMethods(includeRetired: $includeRetired) { code name } }`;
const CREATE_METHOD =
  'mutation ($code: String!, $name: String!) { createSupervisionMethod(code: $code, name: $name) { code name } }';
const RENAME_METHOD =
  'mutation ($code: String!, $name: String!) { renameSupervisionMethod(code: $code, name: $name) { code name } }';
const RETIRE_METHOD = 'mutation ($code: String!) { retireSupervisionMethod(code: $code) { code name } }';
const PROJECT_METHODS =
  'query ($id: ID!) { jointProject(id: $id) { id unifications { methods { code name } } } }';

type Issue = { section: string; severity: string; path: string; message: string };
type Report = { conforms: boolean; issues: Issue[] };
type FiledPlan = {
  id: string;
  status: string;
  conformance: { conforms: boolean; issues: Array<Omit<Issue, 'path'>> };
};
type QueuedPlan = {
  id: string;
  status: string;
  assignment: { id: string; tenant: { code: string } };
  conformance: { conforms: boolean };
};
type Reviewed = { id: string; status: string; reviewReason: string | null };
type Milestone = { name: string; dueAt: string; submittedAt: string | null; overdue: boolean };

const HAN = /\p{Script=Han}/u;

describe('plans in depth: local plans, milestones and the method catalogue, per role and tier', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county1: GraphqlClient;
  let county2: GraphqlClient;
  let township11: GraphqlClient;
  let township21: GraphqlClient;
  let cityViewer: GraphqlClient;
  let c1: string;
  let c2: string;
  let t11: string;
  let t21: string;
  let ids: Record<string, string>;

  const localPlansOf = (assignmentId: string) =>
    countRows(platform.dataSource, 'SELECT 1 FROM local_plan WHERE assignment_id = $1', [assignmentId]);
  const localPlanStatus = async (id: string) =>
    (
      await sqlRows<{ status: string }>(platform.dataSource, 'SELECT status FROM local_plan WHERE id = $1', [
        id,
      ])
    )[0]?.status;
  const queue = async (client: GraphqlClient) =>
    (await client.ok<{ localPlansToReview: QueuedPlan[] }>(TO_REVIEW)).localPlansToReview;
  const check = async (client: GraphqlClient, assignmentId: string, input: Record<string, unknown>) =>
    (await client.ok<{ checkLocalPlan: Report }>(CHECK, { assignmentId, input })).checkLocalPlan;
  const file = async (client: GraphqlClient, assignmentId: string, input: Record<string, unknown>) =>
    (await client.ok<{ fileLocalPlan: FiledPlan }>(FILE, { assignmentId, input })).fileLocalPlan;
  const review = async (client: GraphqlClient, id: string, accept: boolean, reason?: string) =>
    (await client.ok<{ reviewLocalPlan: Reviewed }>(REVIEW_PLAN, { id, accept, reason })).reviewLocalPlan;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 2);
    [c1, c2] = tree.counties as [string, string];
    [t11] = tree.townships[c1] as [string];
    [t21] = tree.townships[c2] as [string];
    city = await platform.as(tree.city);
    county1 = await platform.as(c1);
    county2 = await platform.as(c2);
    township11 = await platform.as(t11);
    township21 = await platform.as(t21);
    cityViewer = await platform.as(await createAccount(platform.dataSource, tree.city, 'VIEWER'));
    ids = {};
    for (const code of [tree.city, c1, c2, t11, t21]) {
      ids[code] = await tenantId(city, code);
    }
  });
  afterAll(() => platform.close());

  describe('checkLocalPlan: a dry run against the unified plan', () => {
    let unified: Unifications;
    let county1Assignment: string;

    beforeAll(async () => {
      unified = unifications();
      const published = await publishedProject(city, [c1, c2], {
        input: projectInput({ unifications: unified }),
      });
      county1Assignment = published.assignments.find((a) => a.tenant.code === c1)!.id;
      await county1.ok(ACKNOWLEDGE, { id: county1Assignment });
    });

    it('a plan that takes over every unified requirement conforms, with no issue', async () => {
      expect(await check(county1, county1Assignment, conformingPlan(unified))).toEqual({
        conforms: true,
        issues: [],
      });
    });

    const blocking: Array<[string, (plan: Record<string, any>) => void, string, string]> = [
      [
        'a missing unified method',
        (plan) => (plan['methods'] = ['SPECIAL_REPORT', 'APPRAISAL']),
        'METHODS',
        'methods.COVERT_VISIT',
      ],
      [
        'a missing unified checklist code',
        (plan) =>
          (plan['checklist'] = plan['checklist'].filter((item: { code: string }) => item.code !== 'C2')),
        'POLICY',
        'policy.checklist.C2',
      ],
      [
        'a missing unified milestone',
        (plan) =>
          (plan['milestones'] = plan['milestones'].filter((m: { name: string }) => m.name !== '问题清单')),
        'SCHEME',
        'scheme.milestones.问题清单',
      ],
      [
        'a milestone due later than the unified one',
        (plan) => (plan['milestones'][1] = { name: '问题清单', dueAt: '2023-09-05T00:00:00.000Z' }),
        'SCHEME',
        'scheme.milestones.问题清单',
      ],
      ['a missing unified indicator', (plan) => (plan['indicators'] = []), 'EFFECT', 'effect.indicators.I1'],
      [
        'a lower target',
        (plan) => (plan['indicators'] = [{ code: 'I1', name: '问题整改完成率', target: 80 }]),
        'EFFECT',
        'effect.indicators.I1',
      ],
    ];
    it.each(blocking)(
      '%s is BLOCKING, naming its section and path in Chinese',
      async (_label, change, section, path) => {
        const plan = conformingPlan(unified);
        change(plan);
        const report = await check(county1, county1Assignment, plan);
        expect(report.conforms).toBe(false);
        expect(report.issues).toEqual([
          { section, severity: 'BLOCKING', path, message: expect.stringMatching(HAN) },
        ]);
      },
    );

    it('several problems are all named at once', async () => {
      const plan = conformingPlan(unified);
      plan['methods'] = ['SPECIAL_REPORT', 'APPRAISAL'];
      plan['indicators'] = [{ code: 'I1', name: '问题整改完成率', target: 60 }];
      const report = await check(county1, county1Assignment, plan);
      expect(report.conforms).toBe(false);
      expect(report.issues.map((issue) => `${issue.section} ${issue.severity} ${issue.path}`).sort()).toEqual(
        ['EFFECT BLOCKING effect.indicators.I1', 'METHODS BLOCKING methods.COVERT_VISIT'],
      );
    });

    it('additions raise nothing: an extra method, checklist item, milestone or indicator, a higher target, an earlier milestone', async () => {
      const plan = conformingPlan(unified);
      plan['methods'].push('INSPECTION');
      plan['checklist'].push({ code: 'L1', text: '县级政务服务中心午间值守情况' });
      plan['milestones'] = [
        { name: '方案报备', dueAt: '2023-03-20T00:00:00.000Z' },
        { name: '问题清单', dueAt: '2023-08-31T00:00:00.000Z' },
        { name: '乡镇交叉检查', dueAt: '2023-06-30T00:00:00.000Z' },
      ];
      plan['indicators'] = [
        { code: 'I1', name: '问题整改完成率', target: 95 },
        { code: 'L_SAT', name: '企业满意率', target: 85 },
      ];
      expect(await check(county1, county1Assignment, plan)).toEqual({ conforms: true, issues: [] });
    });

    it('an unknown method code is a WARNING only; the plan still conforms', async () => {
      const plan = conformingPlan(unified);
      plan['methods'].push('MADE_UP_METHOD');
      expect(await check(county1, county1Assignment, plan)).toEqual({
        conforms: true,
        issues: [
          {
            section: 'METHODS',
            severity: 'WARNING',
            path: 'methods.MADE_UP_METHOD',
            message: expect.stringMatching(HAN),
          },
        ],
      });
    });

    it('nothing is stored: the assignment still has no local plan', async () => {
      expect((await assignmentDetail(county1, county1Assignment)).localPlan).toBeNull();
      expect(await localPlansOf(county1Assignment)).toBe(0);
    });

    it('a tenant outside the assignment’s subtree cannot check against it; a malformed input is BAD_USER_INPUT', async () => {
      for (const client of [county2, township21, township11]) {
        await refused(
          client,
          CHECK,
          { assignmentId: county1Assignment, input: conformingPlan(unified) },
          HIDDEN,
        );
      }
      const plan = conformingPlan(unified);
      plan['milestones'][0] = { name: ' ', dueAt: '2023-03-31T00:00:00.000Z' };
      const error = await refused(
        county1,
        CHECK,
        { assignmentId: county1Assignment, input: plan },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error).some((field) => /milestones\.0\.name$/.test(field))).toBe(true);
      expect(await localPlansOf(county1Assignment)).toBe(0);
    });
  });

  describe('fileLocalPlan, localPlansToReview and reviewLocalPlan', () => {
    let unified: Unifications;
    let county1Assignment: string;
    let county2Assignment: string;
    let planId: string;
    let cityUser: string;
    const returnReason = '缺少统一检查要点C2,请补充后重新报备';

    const withoutC2 = () => {
      const plan = conformingPlan(unified);
      plan['checklist'] = plan['checklist'].filter((item: { code: string }) => item.code !== 'C2');
      return plan;
    };

    beforeAll(async () => {
      unified = unifications();
      const published = await publishedProject(city, [c1, c2], {
        input: projectInput({ unifications: unified }),
      });
      county1Assignment = published.assignments.find((a) => a.tenant.code === c1)!.id;
      county2Assignment = published.assignments.find((a) => a.tenant.code === c2)!.id;
      await county1.ok(ACKNOWLEDGE, { id: county1Assignment });
      cityUser = await userId(city);
    });

    it('before acknowledging the assignment: CONFLICT, nothing stored', async () => {
      const error = await refused(
        county2,
        FILE,
        { assignmentId: county2Assignment, input: conformingPlan(unified) },
        'CONFLICT',
      );
      expect(error.extensions?.['reason']).toBe('ASSIGNMENT_NOT_ACKNOWLEDGED');
      expect(await localPlansOf(county2Assignment)).toBe(0);
    });

    it('by a tenant other than the assigned one (a sibling, the issuer, a township, a VIEWER): refused, nothing stored', async () => {
      for (const client of [county2, city, township11]) {
        await refused(
          client,
          FILE,
          { assignmentId: county1Assignment, input: conformingPlan(unified) },
          HIDDEN,
        );
      }
      const viewer = await platform.as(await createAccount(platform.dataSource, c1, 'VIEWER'));
      await refused(
        viewer,
        FILE,
        { assignmentId: county1Assignment, input: conformingPlan(unified) },
        'FORBIDDEN',
      );
      expect(await localPlansOf(county1Assignment)).toBe(0);
    });

    it('by the assigned tenant: stored SUBMITTED, based on version 1, with its conformance report', async () => {
      const filed = await file(county1, county1Assignment, withoutC2());
      planId = filed.id;
      expect(filed.status).toBe('SUBMITTED');
      expect(filed.conformance.conforms).toBe(false);
      expect(filed.conformance.issues).toEqual([
        { section: 'POLICY', severity: 'BLOCKING', message: expect.stringMatching(HAN) },
      ]);
      const detail = await assignmentDetail(county1, county1Assignment);
      expect(detail.localPlan).toEqual({
        id: planId,
        status: 'SUBMITTED',
        basedOnVersion: 1,
        conformance: {
          conforms: false,
          issues: [
            {
              section: 'POLICY',
              severity: 'BLOCKING',
              path: 'policy.checklist.C2',
              message: expect.stringMatching(HAN),
            },
          ],
        },
      });
    });

    it('localPlansToReview lists it for the publishing tenant only', async () => {
      const listed = (await queue(city)).find((plan) => plan.id === planId);
      expect(listed).toEqual({
        id: planId,
        status: 'SUBMITTED',
        assignment: { id: county1Assignment, tenant: { code: c1 } },
        conformance: { conforms: false },
      });
      for (const client of [county1, county2, township11]) {
        expect((await queue(client)).map((plan) => plan.id)).not.toContain(planId);
      }
      expect(await queue(await platform.as(`${tree.city}-gov`))).toEqual([]);
    });

    it('accepting a plan with BLOCKING issues is CONFLICT; it stays SUBMITTED and no decision is kept', async () => {
      const error = await refused(city, REVIEW_PLAN, { id: planId, accept: true }, 'CONFLICT');
      expect(error.extensions?.['reason']).toBe('LOCAL_PLAN_HAS_BLOCKING_ISSUES');
      expect(await localPlanStatus(planId)).toBe('SUBMITTED');
      expect(
        await countRows(platform.dataSource, 'SELECT 1 FROM local_plan_decision WHERE local_plan_id = $1', [
          planId,
        ]),
      ).toBe(0);
    });

    it('returning without a reason is BAD_USER_INPUT naming reason; still SUBMITTED', async () => {
      for (const reason of [undefined, '', '   ']) {
        const error = await refused(
          city,
          REVIEW_PLAN,
          { id: planId, accept: false, reason },
          'BAD_USER_INPUT',
        );
        expect(fieldsOf(error)).toContain('reason');
        expect(error.extensions?.['fields']).toContainEqual(
          expect.objectContaining({ field: 'reason', reason: 'REASON_REQUIRED' }),
        );
      }
      expect(await localPlanStatus(planId)).toBe('SUBMITTED');
    });

    it('the filing county, a sibling or a township cannot review it; a VIEWER of the publisher cannot either', async () => {
      for (const client of [county1, county2, township11]) {
        await refused(client, REVIEW_PLAN, { id: planId, accept: false, reason: '越权审核' }, HIDDEN);
      }
      await refused(cityViewer, REVIEW_PLAN, { id: planId, accept: false, reason: '只读账号' }, 'FORBIDDEN');
      expect(await localPlanStatus(planId)).toBe('SUBMITTED');
    });

    it('returning with a reason: RETURNED with reviewReason, out of the review queue', async () => {
      expect(await review(city, planId, false, returnReason)).toEqual({
        id: planId,
        status: 'RETURNED',
        reviewReason: returnReason,
      });
      expect((await assignmentDetail(county1, county1Assignment)).localPlan?.status).toBe('RETURNED');
      expect((await queue(city)).map((plan) => plan.id)).not.toContain(planId);
      const again = await refused(city, REVIEW_PLAN, { id: planId, accept: true }, 'CONFLICT');
      expect(again.extensions?.['reason']).toBe('LOCAL_PLAN_NOT_SUBMITTED');
    });

    it('refiling a conforming plan: SUBMITTED again, the same plan, now conforming', async () => {
      const refiled = await file(county1, county1Assignment, conformingPlan(unified));
      expect(refiled).toEqual({
        id: planId,
        status: 'SUBMITTED',
        conformance: { conforms: true, issues: [] },
      });
      expect((await queue(city)).find((plan) => plan.id === planId)?.conformance).toEqual({ conforms: true });
      expect(await localPlansOf(county1Assignment)).toBe(1);
    });

    it('accepting it: ACCEPTED', async () => {
      expect(await review(city, planId, true)).toEqual({
        id: planId,
        status: 'ACCEPTED',
        reviewReason: null,
      });
      expect((await assignmentDetail(county1, county1Assignment)).localPlan).toMatchObject({
        status: 'ACCEPTED',
        basedOnVersion: 1,
        conformance: { conforms: true, issues: [] },
      });
      expect((await queue(city)).map((plan) => plan.id)).not.toContain(planId);
    });

    it('every decision is kept, with who decided, the reason and a snapshot of the plan decided on', async () => {
      const decisions = await sqlRows<{
        accepted: boolean;
        by_user_id: string;
        by_tenant_id: string;
        reason: string | null;
        snapshot: {
          basedOnVersion: number;
          content: { checklist: Array<{ code: string }> };
          issues: Issue[];
        };
      }>(
        platform.dataSource,
        'SELECT accepted, by_user_id, by_tenant_id, reason, snapshot FROM local_plan_decision WHERE local_plan_id = $1 ORDER BY at, id',
        [planId],
      );
      expect(decisions).toHaveLength(2);
      const [returned, accepted] = decisions as [(typeof decisions)[number], (typeof decisions)[number]];
      expect(returned).toMatchObject({
        accepted: false,
        by_user_id: cityUser,
        by_tenant_id: ids[tree.city],
        reason: returnReason,
      });
      expect(returned.snapshot.basedOnVersion).toBe(1);
      expect(returned.snapshot.content.checklist.map((item) => item.code)).toEqual(['C1', 'C3']);
      expect(returned.snapshot.issues.map((issue) => issue.path)).toEqual(['policy.checklist.C2']);
      expect(accepted).toMatchObject({ accepted: true, by_user_id: cityUser, reason: null });
      expect(accepted.snapshot.content.checklist.map((item) => item.code)).toEqual(['C1', 'C2', 'C3']);
      expect(accepted.snapshot.issues).toEqual([]);
    });

    it('assignment(id) reads the filed plan back, as filed, for the filer and the reviewer only', async () => {
      const ASSIGNMENT = `query ($id: ID!) { assignment(id: $id) { id tenant { code }
        localPlan { status submittedAt content { leadership { leadBody leader office } methods
          checklist { code text } milestones { name dueAt } indicators { code name target } } } } }`;
      const filed = conformingPlan(unified);
      for (const client of [county1, city]) {
        const { assignment } = await client.ok<{
          assignment: { id: string; tenant: { code: string }; localPlan: Record<string, unknown> };
        }>(ASSIGNMENT, { id: county1Assignment });
        expect(assignment).toMatchObject({ id: county1Assignment, tenant: { code: c1 } });
        expect(assignment.localPlan).toMatchObject({ status: 'ACCEPTED', content: filed });
        expect(Date.parse(assignment.localPlan['submittedAt'] as string)).toBeLessThanOrEqual(Date.now());
      }
      for (const client of [county2, township11, await platform.as(`${c1}-market`)]) {
        await refused(client, ASSIGNMENT, { id: county1Assignment }, 'NOT_FOUND');
      }
      await refused(city, ASSIGNMENT, { id: 'a-1' }, 'BAD_USER_INPUT');
    });
  });

  describe('local plans of cascaded assignments', () => {
    let townshipAssignment: string;
    let planId: string;

    beforeAll(async () => {
      const unified = unifications();
      const published = await publishedProject(city, [c1], {
        input: projectInput({ unifications: unified }),
      });
      const countyAssignment = published.assignments[0]!.id;
      await county1.ok(ACKNOWLEDGE, { id: countyAssignment });
      const cascaded = await county1.ok<{ publishJointProject: Array<{ id: string }> }>(PUBLISH, {
        id: published.projectId,
        targets: { tenantIds: [ids[t11]], includeDescendants: false },
      });
      townshipAssignment = cascaded.publishJointProject[0]!.id;
      await township11.ok(ACKNOWLEDGE, { id: townshipAssignment });
      planId = (await file(township11, townshipAssignment, conformingPlan(unified))).id;
    });

    it('the county that cascaded the assignment reviews the township’s plan; the city does not see it to review', async () => {
      expect((await queue(county1)).map((plan) => plan.id)).toContain(planId);
      expect((await queue(city)).map((plan) => plan.id)).not.toContain(planId);
    });

    it('the city reviewing a plan the county cascaded is FORBIDDEN; still SUBMITTED', async () => {
      await refused(city, REVIEW_PLAN, { id: planId, accept: true }, 'FORBIDDEN');
      await refused(city, REVIEW_PLAN, { id: planId, accept: false, reason: '市级越级审核' }, 'FORBIDDEN');
      expect(await localPlanStatus(planId)).toBe('SUBMITTED');
    });

    it('the county accepts it, and the decision is kept as the county’s', async () => {
      expect(await review(county1, planId, true)).toMatchObject({ status: 'ACCEPTED' });
      const [decision] = await sqlRows<{ by_user_id: string; by_tenant_id: string }>(
        platform.dataSource,
        'SELECT by_user_id, by_tenant_id FROM local_plan_decision WHERE local_plan_id = $1',
        [planId],
      );
      expect(decision).toEqual({ by_user_id: await userId(county1), by_tenant_id: ids[c1] });
    });
  });

  describe('milestones', () => {
    const now = new Date();
    const pastDue = addDays(now, -10).toISOString();
    const futureDue = addDays(now, 30).toISOString();
    let projectId: string;
    let county1Assignment: string;
    let county2Assignment: string;

    const milestones = async (client: GraphqlClient, id: string) =>
      (await assignmentDetail(client, id)).milestones;
    const submit = async (client: GraphqlClient, assignmentId: string, name: string, note?: string) =>
      (
        await client.ok<{ submitMilestone: { id: string; milestones: Array<Omit<Milestone, 'dueAt'>> } }>(
          SUBMIT_MILESTONE,
          { assignmentId, name, note },
        )
      ).submitMilestone;

    beforeAll(async () => {
      const unified = unifications();
      unified.scheme = {
        ...unified.scheme,
        startsAt: addDays(now, -60).toISOString(),
        endsAt: addDays(now, 120).toISOString(),
        milestones: [
          { name: '方案报备', dueAt: pastDue },
          { name: '中期报告', dueAt: futureDue },
        ],
      };
      const published = await publishedProject(city, [c1, c2], {
        input: projectInput({ year: now.getUTCFullYear(), unifications: unified }),
      });
      projectId = published.projectId;
      county1Assignment = published.assignments.find((a) => a.tenant.code === c1)!.id;
      county2Assignment = published.assignments.find((a) => a.tenant.code === c2)!.id;
      await county1.ok(ACKNOWLEDGE, { id: county1Assignment });
    });

    it('assignment.milestones lists the unified ones: due dates, nothing submitted, overdue when past due', async () => {
      for (const [client, id] of [
        [county1, county1Assignment],
        [county2, county2Assignment],
      ] as const) {
        const listed = await milestones(client, id);
        expect(listed.map((m) => ({ ...m, dueAt: new Date(m.dueAt).toISOString() }))).toEqual([
          { name: '方案报备', dueAt: pastDue, submittedAt: null, overdue: true },
          { name: '中期报告', dueAt: futureDue, submittedAt: null, overdue: false },
        ]);
      }
    });

    it('submitMilestone marks one done: submittedAt set, no longer overdue', async () => {
      const before = Date.now();
      const { id, milestones: after } = await submit(
        county1,
        county1Assignment,
        '方案报备',
        '已报备实施方案',
      );
      expect(id).toBe(county1Assignment);
      const done = after.find((m) => m.name === '方案报备')!;
      expect(done.overdue).toBe(false);
      expect(new Date(done.submittedAt!).getTime()).toBeGreaterThanOrEqual(before - 60_000);
      expect(after.find((m) => m.name === '中期报告')).toEqual({
        name: '中期报告',
        submittedAt: null,
        overdue: false,
      });
    });

    it('submitting the same milestone twice is harmless: the first time stands', async () => {
      const first = (await milestones(county1, county1Assignment)).find((m) => m.name === '方案报备')!;
      const { milestones: again } = await submit(county1, county1Assignment, '方案报备');
      expect(again.find((m) => m.name === '方案报备')).toEqual({
        name: '方案报备',
        submittedAt: first.submittedAt,
        overdue: false,
      });
      expect(
        await countRows(platform.dataSource, 'SELECT 1 FROM assignment_milestone WHERE assignment_id = $1', [
          county1Assignment,
        ]),
      ).toBe(1);
    });

    it('an unknown milestone name is BAD_USER_INPUT naming name', async () => {
      const error = await refused(
        county1,
        SUBMIT_MILESTONE,
        { assignmentId: county1Assignment, name: '不存在的节点' },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toContain('name');
    });

    it('another tenant (a sibling, the publisher, a township, a VIEWER) cannot submit it; nothing changes', async () => {
      for (const client of [county2, city, township11]) {
        await refused(
          client,
          SUBMIT_MILESTONE,
          { assignmentId: county1Assignment, name: '中期报告' },
          HIDDEN,
        );
      }
      await refused(
        cityViewer,
        SUBMIT_MILESTONE,
        { assignmentId: county2Assignment, name: '中期报告' },
        'FORBIDDEN',
      );
      expect(
        (await milestones(county1, county1Assignment)).find((m) => m.name === '中期报告')?.submittedAt,
      ).toBeNull();
    });

    it('the publishing tenant sees which of its tenants are late', async () => {
      const { jointProject } = await city.ok<{
        jointProject: {
          assignments: Array<{
            tenant: { code: string };
            milestones: Array<{ name: string; overdue: boolean }>;
          }>;
        };
      }>(PROJECT_MILESTONES, { id: projectId });
      const late = jointProject.assignments
        .filter((a) => a.milestones.some((m) => m.overdue))
        .map((a) => a.tenant.code);
      expect(late).toEqual([c2]);
      expect(jointProject.assignments.find((a) => a.tenant.code === c2)?.milestones).toEqual([
        { name: '方案报备', overdue: true },
        { name: '中期报告', overdue: false },
      ]);
    });
  });

  describe('the supervision-method catalogue', () => {
    let admin: GraphqlClient;
    const created: string[] = [];
    const code = `TEST_${randomInt(1e6, 1e9)}`;
    const name = `测试监督方式${randomInt(1e6)}`;
    const renamed = `${name}(更名)`;
    let existingProject: string;

    const listed = async (client: GraphqlClient, includeRetired?: boolean) =>
      (
        await client.ok<{ supervisionMethods: Array<{ code: string; name: string }> }>(
          METHODS,
          includeRetired === undefined ? {} : { includeRetired },
        )
      ).supervisionMethods;
    const projectMethods = async (id: string) =>
      (
        await city.ok<{ jointProject: { unifications: { methods: Array<{ code: string; name: string }> } } }>(
          PROJECT_METHODS,
          { id },
        )
      ).jointProject.unifications.methods;
    const withMethods = (methods: string[]) => {
      const unified = unifications();
      unified.methods = methods;
      return projectInput({ unifications: unified });
    };

    beforeAll(async () => {
      admin = await platform.as(`${tree.city}-admin`);
    });
    // The catalogue is shared by every test: whatever this run added must not stay active.
    afterAll(async () => {
      await platform.dataSource.query(
        'UPDATE supervision_method SET retired_at = now() WHERE code = ANY($1) AND retired_at IS NULL',
        [created],
      );
    });

    it('a bad code or name is BAD_USER_INPUT naming it; nothing is added', async () => {
      for (const bad of ['bad code', 'lower_case', 'X', '1ABC', 'TEST-DASH']) {
        const error = await refused(admin, CREATE_METHOD, { code: bad, name }, 'BAD_USER_INPUT');
        expect(fieldsOf(error)).toContain('code');
      }
      const error = await refused(admin, CREATE_METHOD, { code, name: '  ' }, 'BAD_USER_INPUT');
      expect(fieldsOf(error)).toContain('name');
      expect((await listed(admin, true)).map((m) => m.code)).not.toContain(code);
    });

    it('a COORDINATOR or a VIEWER cannot add a method: FORBIDDEN', async () => {
      const attempted = `TEST_${randomInt(1e6, 1e9)}`;
      created.push(attempted);
      for (const client of [city, cityViewer, await platform.as('4103')]) {
        await refused(client, CREATE_METHOD, { code: attempted, name }, 'FORBIDDEN');
      }
      expect((await listed(admin, true)).map((m) => m.code)).not.toContain(attempted);
    });

    it('an ADMIN adds, and renames, a method: listed at once, a duplicate code is CONFLICT, projects show the new name', async () => {
      created.push(code);
      expect(
        (await admin.ok<{ createSupervisionMethod: unknown }>(CREATE_METHOD, { code, name }))
          .createSupervisionMethod,
      ).toEqual({
        code,
        name,
      });
      expect(await listed(county1)).toContainEqual({ code, name });
      const taken = await refused(admin, CREATE_METHOD, { code, name: '另一个名称' }, 'CONFLICT');
      expect(taken.extensions?.['reason']).toBe('METHOD_CODE_TAKEN');
      const { createJointProject } = await city.ok<{ createJointProject: { id: string } }>(CREATE_PROJECT, {
        input: withMethods(['COVERT_VISIT', code]),
      });
      existingProject = createJointProject.id;
      expect(await projectMethods(existingProject)).toEqual([
        { code: 'COVERT_VISIT', name: '暗访' },
        { code, name },
      ]);
      for (const client of [city, cityViewer]) {
        await refused(client, RENAME_METHOD, { code, name: '越权更名' }, 'FORBIDDEN');
      }
      expect(
        (await admin.ok<{ renameSupervisionMethod: unknown }>(RENAME_METHOD, { code, name: renamed }))
          .renameSupervisionMethod,
      ).toEqual({
        code,
        name: renamed,
      });
      expect(await listed(county1)).toContainEqual({ code, name: renamed });
      expect(await projectMethods(existingProject)).toContainEqual({ code, name: renamed });
    });

    it('retiring it: gone from supervisionMethods, listed with includeRetired, refused for new projects, kept on existing ones', async () => {
      for (const client of [city, cityViewer]) {
        await refused(client, RETIRE_METHOD, { code }, 'FORBIDDEN');
      }
      expect(await listed(county1)).toContainEqual({ code, name: renamed });
      expect(
        (await admin.ok<{ retireSupervisionMethod: unknown }>(RETIRE_METHOD, { code }))
          .retireSupervisionMethod,
      ).toEqual({
        code,
        name: renamed,
      });
      expect((await listed(county1)).map((m) => m.code)).not.toContain(code);
      expect(await listed(county1, false)).not.toContainEqual(expect.objectContaining({ code }));
      expect(await listed(county1, true)).toContainEqual({ code, name: renamed });
      const error = await refused(
        city,
        CREATE_PROJECT,
        { input: withMethods(['SPECIAL_REPORT', code]) },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toContain('unifications.methods.1');
      expect(await projectMethods(existingProject)).toEqual([
        { code: 'COVERT_VISIT', name: '暗访' },
        { code, name: renamed },
      ]);
      // retiring again changes nothing
      await admin.ok(RETIRE_METHOD, { code });
      expect(await listed(county1, true)).toContainEqual({ code, name: renamed });
    });

    it('the same code added concurrently: one ADMIN wins, the others are CONFLICT and change nothing', async () => {
      // The window is narrow (check, then insert): this catches a regression only now and then, never falsely.
      const racing = `TEST_${randomInt(1e6, 1e9)}`;
      created.push(racing);
      const names = Array.from({ length: 10 }, (_, n) => `并发新增${n + 1}`);
      const results = await Promise.all(
        names.map((each) => admin.request(CREATE_METHOD, { code: racing, name: each })),
      );
      await admin.ok(RETIRE_METHOD, { code: racing });
      const won = results.filter((result) => !result.errors);
      expect(won).toHaveLength(1);
      for (const result of results.filter((each) => each.errors)) {
        expectRefused(result, 'CONFLICT');
      }
      const winner = (won[0]!.data as { createSupervisionMethod: { name: string } }).createSupervisionMethod
        .name;
      expect(await listed(admin, true)).toContainEqual({ code: racing, name: winner });
    });

    it('renaming or retiring an unknown code is NOT_FOUND', async () => {
      const unknown = `TEST_${randomInt(1e6, 1e9)}`;
      await refused(admin, RENAME_METHOD, { code: unknown, name: '无此方式' }, 'NOT_FOUND');
      await refused(admin, RETIRE_METHOD, { code: unknown }, 'NOT_FOUND');
    });

    it('the default methods are untouched', async () => {
      expect(await listed(county1)).toEqual(
        expect.arrayContaining([
          { code: 'COVERT_VISIT', name: '暗访' },
          { code: 'LAW_ENFORCEMENT_CHECK', name: '执法检查' },
        ]),
      );
    });
  });
});
