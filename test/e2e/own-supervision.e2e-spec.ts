import { randomInt } from 'node:crypto';
import { GraphqlClient } from '@liandong/testing';
import {
  countRows,
  createAccount,
  createTenantTree,
  departmentId,
  findingInput,
  HAND_OFF,
  plansOperation,
  Platform,
  PUBLISH,
  refused,
  REVIEW,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
  unifications,
} from '@liandong/testing-system';
import { addDays } from './dates';

const CREATE_ANNUAL_PLAN = plansOperation('CreateAnnualPlan');
const ADOPT_ANNUAL_PLAN = plansOperation('AdoptAnnualPlan');
const FROM_ITEM = plansOperation('CreateJointProjectFromItem');
const START = `mutation ($projectId: ID, $planItemId: ID) {
  startOwnSupervision(projectId: $projectId, planItemId: $planItemId) {
    id status acknowledgedAt tenant { code } parent { id }
    project { id title isKey year issuer { code } planItem { id }
      unifications { methods { code } policy { checklist { code } } effect { indicators { code } } }
      assignments { id tenant { code } } } } }`;
const RECORD = `mutation ($assignmentId: ID!, $input: ActivityInput!) {
  recordActivity(assignmentId: $assignmentId, input: $input) { id covert method { code } } }`;
const ASSIGNMENT = 'query ($id: ID!) { assignment(id: $id) { id status } }';

type Started = {
  id: string;
  status: string;
  acknowledgedAt: string | null;
  tenant: { code: string };
  parent: { id: string } | null;
  project: {
    id: string;
    title: string;
    isKey: boolean;
    year: number;
    issuer: { code: string };
    planItem: { id: string } | null;
    unifications: {
      methods: Array<{ code: string }>;
      policy: { checklist: Array<{ code: string }> };
      effect: { indicators: Array<{ code: string }> };
    };
    assignments: Array<{ id: string; tenant: { code: string } }>;
  };
};
type Handoff = {
  id: string;
  fromTenant: { code: string };
  department: { id: string; code: string };
  findings: Array<{ id: string; status: string }>;
};

const YEAR = 2023;

function covertVisit(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    method: 'COVERT_VISIT',
    startsAt: '2023-05-10T01:00:00.000Z',
    endsAt: '2023-05-10T05:00:00.000Z',
    location: '市政务服务中心',
    summary: '市人大常委会领导按“四不两直”暗访政务服务大厅',
    participants: { members: 2, deputies: 0, experts: 0, staff: 1 },
    covert: true,
    ...overrides,
  };
}

describe('own supervision: a tier supervises its own plan items and projects itself', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county: GraphqlClient;
  let otherCounty: GraphqlClient;
  let countyCode: string;
  let jointItem: string;
  let ownItem: string;
  let ownItemTitle: string;
  let draftItem: string;
  let jointProject: string;
  let countyAssignment: string;

  const start = async (client: GraphqlClient, variables: Record<string, unknown>) =>
    (await client.ok<{ startOwnSupervision: Started }>(START, variables)).startOwnSupervision;
  const handOver = async (findingIds: string[], department: string) =>
    (
      await city.ok<{ handOffFindings: Handoff }>(HAND_OFF, {
        input: { findingIds, departmentId: department, deadline: addDays(new Date(), 30).toISOString() },
      })
    ).handOffFindings;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 1);
    const [c1, c2] = tree.counties as [string, string];
    countyCode = c1;
    city = await platform.as(tree.city);
    county = await platform.as(c1);
    otherCounty = await platform.as(c2);
    ownItemTitle = `听取审议市政府财政决算报告 ${randomInt(1e9)}`;
    const plan = (
      await city.ok<{ createAnnualPlan: { id: string; items: Array<{ id: string }> } }>(CREATE_ANNUAL_PLAN, {
        input: {
          year: YEAR,
          title: `${YEAR}年度监督工作计划 ${randomInt(1e9)}`,
          items: [
            { title: `优化营商环境联动监督 ${randomInt(1e9)}`, isKey: true, isJoint: true },
            { title: ownItemTitle, isKey: true, isJoint: false },
          ],
        },
      })
    ).createAnnualPlan;
    [jointItem, ownItem] = plan.items.map((item) => item.id) as [string, string];
    await city.ok(ADOPT_ANNUAL_PLAN, { id: plan.id });
    const draft = (
      await city.ok<{ createAnnualPlan: { items: Array<{ id: string }> } }>(CREATE_ANNUAL_PLAN, {
        input: {
          year: YEAR + 1,
          title: `草拟计划 ${randomInt(1e9)}`,
          items: [{ title: `草拟项目 ${randomInt(1e9)}`, isKey: false, isJoint: false }],
        },
      })
    ).createAnnualPlan;
    draftItem = draft.items[0]?.id as string;
    jointProject = (
      await city.ok<{ createJointProjectFromItem: { id: string } }>(FROM_ITEM, {
        planItemId: jointItem,
        unifications: unifications(),
      })
    ).createJointProjectFromItem.id;
    const published = await city.ok<{ publishJointProject: Array<{ id: string }> }>(PUBLISH, {
      id: jointProject,
      targets: { tenantIds: [await tenantId(city, c1)], includeDescendants: false },
    });
    countyAssignment = published.publishJointProject[0]?.id as string;
  });
  afterAll(() => platform.close());

  it('the issuer of a joint project gets its own assignment of it, acknowledged at once, the same every time', async () => {
    const first = await start(city, { projectId: jointProject });
    expect(first).toMatchObject({
      status: 'ACKNOWLEDGED',
      tenant: { code: tree.city },
      parent: null,
      project: { id: jointProject, issuer: { code: tree.city }, planItem: { id: jointItem } },
    });
    expect(first.acknowledgedAt).not.toBeNull();
    expect(first.project.assignments.map((a) => a.tenant.code).sort()).toEqual(
      [tree.city, countyCode].sort(),
    );
    expect((await start(city, { projectId: jointProject })).id).toBe(first.id);
    // The joint item leads to its joint project, and so to the same assignment.
    expect((await start(city, { planItemId: jointItem })).id).toBe(first.id);
    expect(
      await countRows(platform.dataSource, 'SELECT 1 FROM assignment WHERE project_id = $1', [jointProject]),
    ).toBe(2);
  });

  it('a non-joint plan item becomes an own project published to nobody else, made once', async () => {
    const first = await start(city, { planItemId: ownItem });
    expect(first).toMatchObject({
      status: 'ACKNOWLEDGED',
      tenant: { code: tree.city },
      project: { title: ownItemTitle, isKey: true, year: YEAR, planItem: { id: ownItem } },
    });
    expect(first.project.assignments.map((a) => a.id)).toEqual([first.id]);
    expect(first.project.unifications.methods.map((m) => m.code)).toContain('COVERT_VISIT');
    expect(first.project.unifications.policy.checklist).toEqual([]);
    expect(first.project.unifications.effect.indicators).toEqual([]);
    const again = await start(city, { planItemId: ownItem });
    expect(again.id).toBe(first.id);
    expect(again.project.id).toBe(first.project.id);
    expect((await start(city, { projectId: first.project.id })).id).toBe(first.id);
    expect(
      await countRows(platform.dataSource, 'SELECT 1 FROM joint_project WHERE title = $1', [ownItemTitle]),
    ).toBe(1);
    // Nobody below sees the own project.
    await refused(county, 'query ($id: ID!) { jointProject(id: $id) { id } }', { id: first.project.id }, [
      'NOT_FOUND',
    ]);
  });

  it('records a covert visit and findings on its own item, accepted at once, and hands them to a city unit', async () => {
    const own = await start(city, { planItemId: ownItem });
    const activity = (
      await city.ok<{ recordActivity: { id: string; covert: boolean; method: { code: string } } }>(RECORD, {
        assignmentId: own.id,
        input: covertVisit(),
      })
    ).recordActivity;
    expect(activity).toMatchObject({ covert: true, method: { code: 'COVERT_VISIT' } });
    const market = await departmentId(city, tree.city, 'market');
    const findings = (
      await city.ok<{ submitFindings: Array<{ id: string; status: string; tenant: { code: string } }> }>(
        SUBMIT,
        {
          assignmentId: own.id,
          findings: [
            findingInput({ checklistCode: null, activityId: activity.id, departmentId: market }),
            findingInput({ checklistCode: null, method: 'INSPECTION', departmentId: market }),
          ],
        },
      )
    ).submitFindings;
    expect(findings.map((f) => f.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(findings.every((f) => f.tenant.code === tree.city)).toBe(true);
    expect(
      (await city.ok<{ assignment: { status: string } }>(ASSIGNMENT, { id: own.id })).assignment.status,
    ).toBe('IN_PROGRESS');
    const handoff = await handOver(
      findings.map((f) => f.id),
      market,
    );
    expect(handoff).toMatchObject({
      fromTenant: { code: tree.city },
      department: { id: market, code: 'market' },
    });
    expect(handoff.findings.map((f) => f.id).sort()).toEqual(findings.map((f) => f.id).sort());
  });

  it('on the joint project the city reports its own findings accepted, while the county’s still go up for review', async () => {
    const own = await start(city, { projectId: jointProject });
    const [mine] = (
      await city.ok<{ submitFindings: Array<{ id: string; status: string }> }>(SUBMIT, {
        assignmentId: own.id,
        findings: [findingInput()],
      })
    ).submitFindings as [{ id: string; status: string }];
    expect(mine.status).toBe('ACCEPTED');
    // Nobody reviews the issuer's own findings, itself included.
    await refused(city, REVIEW, { ids: [mine.id], accept: true }, ['FORBIDDEN']);

    // The county starts its own supervision on the project it holds: its assignment, acknowledged now.
    const countyOwn = await start(county, { projectId: jointProject });
    expect(countyOwn).toMatchObject({
      id: countyAssignment,
      status: 'ACKNOWLEDGED',
      tenant: { code: countyCode },
    });
    const [theirs] = (
      await county.ok<{ submitFindings: Array<{ id: string; status: string }> }>(SUBMIT, {
        assignmentId: countyAssignment,
        findings: [findingInput()],
      })
    ).submitFindings as [{ id: string; status: string }];
    expect(theirs.status).toBe('REPORTED');
    await city.ok(REVIEW, { ids: [theirs.id], accept: true });

    const handoff = await handOver([mine.id], await departmentId(city, tree.city, 'market'));
    expect(handoff.findings.map((f) => f.id)).toEqual([mine.id]);
  });

  it('takes exactly one of the two ids', async () => {
    const both = await refused(
      city,
      START,
      { projectId: jointProject, planItemId: ownItem },
      'BAD_USER_INPUT',
    );
    expect(JSON.stringify(both.extensions)).toContain('ONE_TARGET_REQUIRED');
    await refused(city, START, {}, 'BAD_USER_INPUT');
  });

  it('refuses another tenant’s project and plan item, a draft plan, and a role that does not manage plans', async () => {
    const before = await countRows(platform.dataSource, 'SELECT 1 FROM assignment WHERE project_id = $1', [
      jointProject,
    ]);
    await refused(otherCounty, START, { projectId: jointProject }, 'NOT_FOUND');
    await refused(otherCounty, START, { planItemId: ownItem }, 'NOT_FOUND');
    await refused(county, START, { planItemId: jointItem }, ['NOT_FOUND']);
    await refused(city, START, { planItemId: draftItem }, 'CONFLICT');
    const viewer = await platform.as(await createAccount(platform.dataSource, tree.city, 'VIEWER'));
    await refused(viewer, START, { projectId: jointProject }, 'FORBIDDEN');
    expect(
      await countRows(platform.dataSource, 'SELECT 1 FROM assignment WHERE project_id = $1', [jointProject]),
    ).toBe(before);
  });
});
