import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  createTenantTree,
  findingInput,
  HIDDEN,
  Platform,
  PUBLISH,
  publishedProject,
  refused,
  sqlRows,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
} from '@liandong/testing-system';

const ASSIGNMENT_FIELDS = 'id status summary summarySubmittedAt summaryReturnReason closedAt tenant { code }';
const SUBMIT_SUMMARY = `mutation ($assignmentId: ID!, $summary: String!) {
  submitAssignmentSummary(assignmentId: $assignmentId, summary: $summary) { ${ASSIGNMENT_FIELDS} } }`;
const DECIDE_SUMMARY = `mutation ($assignmentId: ID!, $accept: Boolean!, $reason: String) {
  decideAssignmentSummary(assignmentId: $assignmentId, accept: $accept, reason: $reason) { ${ASSIGNMENT_FIELDS} } }`;
const PROJECT =
  'query ($id: ID!) { jointProject(id: $id) { id closedAt assignments { id status closedAt } } }';

type Assignment = {
  id: string;
  status: string;
  summary: string | null;
  summarySubmittedAt: string | null;
  summaryReturnReason: string | null;
  closedAt: string | null;
  tenant: { code: string };
};
type Project = {
  id: string;
  closedAt: string | null;
  assignments: Array<{ id: string; status: string; closedAt: string | null }>;
};

const SUMMARY = '本县联动监督总结报告:开展暗访 3 次,发现问题 12 个,已全部交办';

describe('closing the work: summary reports, their decision, and the project that closes with its last assignment', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county1: GraphqlClient;
  let county2: GraphqlClient;
  let township21: GraphqlClient;
  let projectId: string;
  let a1: string;
  let a2: string;
  let a21: string;

  const submit = async (client: GraphqlClient, assignmentId: string, summary = SUMMARY) =>
    (await client.ok<{ submitAssignmentSummary: Assignment }>(SUBMIT_SUMMARY, { assignmentId, summary }))
      .submitAssignmentSummary;
  const decide = async (client: GraphqlClient, assignmentId: string, accept: boolean, reason?: string) =>
    (
      await client.ok<{ decideAssignmentSummary: Assignment }>(DECIDE_SUMMARY, {
        assignmentId,
        accept,
        ...(reason === undefined ? {} : { reason }),
      })
    ).decideAssignmentSummary;
  const project = async () =>
    (await city.ok<{ jointProject: Project }>(PROJECT, { id: projectId })).jointProject;
  const statusOf = async (id: string) =>
    (
      await sqlRows<{ status: string }>(platform.dataSource, 'SELECT status FROM assignment WHERE id = $1', [
        id,
      ])
    )[0]?.status;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 1);
    const [c1, c2] = tree.counties as [string, string];
    city = await platform.as(tree.city);
    county1 = await platform.as(c1);
    county2 = await platform.as(c2);
    township21 = await platform.as((tree.townships[c2] as string[])[0] as string);
    const published = await publishedProject(city, [c1, c2]);
    projectId = published.projectId;
    a1 = published.assignments.find((a) => a.tenant.code === c1)?.id as string;
    a2 = published.assignments.find((a) => a.tenant.code === c2)?.id as string;
    await county1.ok(ACKNOWLEDGE, { id: a1 });
  });
  afterAll(() => platform.close());

  it('a county’s summary is returned with a reason, submitted again, accepted and the assignment closed', async () => {
    const submitted = await submit(county1, a1);
    expect(submitted).toMatchObject({ id: a1, status: 'REPORTED', summary: SUMMARY, closedAt: null });
    expect(submitted.summarySubmittedAt).not.toBeNull();

    const returned = await decide(city, a1, false, '缺少整改成效数据');
    expect(returned).toMatchObject({
      status: 'IN_PROGRESS',
      summaryReturnReason: '缺少整改成效数据',
      closedAt: null,
    });

    const again = await submit(county1, a1, `${SUMMARY};补充整改成效数据`);
    expect(again).toMatchObject({ status: 'REPORTED', summary: `${SUMMARY};补充整改成效数据` });

    const accepted = await decide(city, a1, true);
    expect(accepted.status).toBe('CLOSED');
    expect(accepted.closedAt).not.toBeNull();
    // One assignment of two is closed: the project is not.
    expect((await project()).closedAt).toBeNull();
  });

  it('refuses a summary from a tenant that does not hold the assignment, and one not yet acknowledged', async () => {
    await refused(county2, SUBMIT_SUMMARY, { assignmentId: a1, summary: SUMMARY }, HIDDEN);
    await refused(city, SUBMIT_SUMMARY, { assignmentId: a2, summary: SUMMARY }, 'FORBIDDEN');
    await refused(county2, SUBMIT_SUMMARY, { assignmentId: a2, summary: SUMMARY }, 'CONFLICT');
    await refused(county2, SUBMIT_SUMMARY, { assignmentId: a2, summary: '   ' }, 'BAD_USER_INPUT');
    expect(await statusOf(a2)).toBe('ISSUED');
  });

  it('a closed assignment takes no new findings and no new summary', async () => {
    const finding = await refused(
      county1,
      SUBMIT,
      { assignmentId: a1, findings: [findingInput()] },
      'CONFLICT',
    );
    expect(JSON.stringify(finding.extensions)).toContain('ASSIGNMENT_NOT_WORKING');
    await refused(county1, SUBMIT_SUMMARY, { assignmentId: a1, summary: SUMMARY }, 'CONFLICT');
    await refused(city, DECIDE_SUMMARY, { assignmentId: a1, accept: true }, 'CONFLICT');
  });

  it('only the publisher decides, a return needs its reason, and only a submitted summary is decided', async () => {
    await county2.ok(ACKNOWLEDGE, { id: a2 });
    // county2 passes the work on to its township, whose assignment county2 publishes.
    const township = (tree.townships[tree.counties[1] as string] as string[])[0] as string;
    const passed = await county2.ok<{ publishJointProject: Array<{ id: string }> }>(PUBLISH, {
      id: projectId,
      targets: { tenantIds: [await tenantId(county2, township)], includeDescendants: false },
    });
    a21 = passed.publishJointProject[0]?.id as string;
    await township21.ok(ACKNOWLEDGE, { id: a21 });

    await refused(city, DECIDE_SUMMARY, { assignmentId: a2, accept: true }, 'CONFLICT');
    await refused(city, DECIDE_SUMMARY, { assignmentId: a2, accept: false, reason: '未报送' }, 'CONFLICT');
    expect(await statusOf(a2)).toBe('ACKNOWLEDGED');

    await submit(county2, a2);
    // The county cannot accept its own summary: the city published the assignment.
    await refused(county2, DECIDE_SUMMARY, { assignmentId: a2, accept: true }, 'FORBIDDEN');
    await refused(county1, DECIDE_SUMMARY, { assignmentId: a2, accept: true }, HIDDEN);
    const noReason = await refused(
      city,
      DECIDE_SUMMARY,
      { assignmentId: a2, accept: false },
      'BAD_USER_INPUT',
    );
    expect(JSON.stringify(noReason.extensions)).toContain('REASON_REQUIRED');
    await refused(city, DECIDE_SUMMARY, { assignmentId: a2, accept: false, reason: '  ' }, 'BAD_USER_INPUT');
    expect(await statusOf(a2)).toBe('REPORTED');
    expect((await decide(city, a2, true)).status).toBe('CLOSED');
    // The township's assignment is still open: the project is not closed.
    expect((await project()).closedAt).toBeNull();
  });

  it('the project closes when its last assignment closes, here a township’s accepted by the county that passed it on', async () => {
    await submit(township21, a21);
    // The city did not publish the township's assignment: the county did.
    await refused(city, DECIDE_SUMMARY, { assignmentId: a21, accept: true }, 'FORBIDDEN');
    const last = await decide(county2, a21, true);
    expect(last.status).toBe('CLOSED');
    const closed = await project();
    expect(closed.assignments.map((a) => a.status)).toEqual(['CLOSED', 'CLOSED', 'CLOSED']);
    expect(closed.closedAt).not.toBeNull();
    expect(closed.closedAt).toBe(last.closedAt);
  });
});
