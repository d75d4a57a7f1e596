import { addDays } from './dates';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  findingInput,
  HAND_OFF,
  Platform,
  publishedProject,
  REVIEW,
  startPlatform,
  SUBMIT,
  TenantTree,
} from '@liandong/testing-system';

/** The whole loop, once, on a fresh tree: plan → assign → find → review → hand over → rectify → close. */
describe('the supervision loop', () => {
  let platform: Platform;
  let tree: TenantTree;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
  });
  afterAll(() => platform.close());

  it('runs from a published project to a closed handoff, with progress following each step', async () => {
    const [county] = tree.counties as [string];
    const [township] = tree.townships[county] as [string];
    const city = await platform.as(tree.city);
    const countyClient = await platform.as(county);
    const townshipClient = await platform.as(township);

    const { projectId, assignments } = await publishedProject(city, [county], { includeDescendants: true });
    expect(assignments.map((a) => a.tenant.code).sort()).toEqual(
      [county, ...(tree.townships[county] ?? [])].sort(),
    );
    const townshipAssignment = assignments.find((a) => a.tenant.code === township);
    expect(townshipAssignment?.status).toBe('ISSUED');

    const ack = await townshipClient.ok<{
      acknowledgeAssignment: { status: string; acknowledgedAt: string };
    }>(ACKNOWLEDGE, {
      id: townshipAssignment?.id,
    });
    expect(ack.acknowledgeAssignment.status).toBe('ACKNOWLEDGED');
    expect(ack.acknowledgeAssignment.acknowledgedAt).toBeTruthy();

    const submitted = await townshipClient.ok<{ submitFindings: Array<{ id: string; status: string }> }>(
      SUBMIT,
      {
        assignmentId: townshipAssignment?.id,
        findings: [findingInput(), findingInput({ severity: 'SERIOUS', checklistCode: 'C1' })],
      },
    );
    expect(submitted.submitFindings.map((f) => f.status)).toEqual(['REPORTED', 'REPORTED']);
    const ids = submitted.submitFindings.map((f) => f.id);

    const reviewed = await countyClient.ok<{ reviewFindings: Array<{ status: string }> }>(REVIEW, {
      ids,
      accept: true,
    });
    expect(reviewed.reviewFindings.map((f) => f.status)).toEqual(['ACCEPTED', 'ACCEPTED']);

    const market = await departmentId(countyClient, county, 'market');
    const handed = await countyClient.ok<{
      handOffFindings: {
        id: string;
        status: string;
        overdue: boolean;
        escalationLevel: number;
        findings: Array<{ status: string }>;
      };
    }>(HAND_OFF, {
      input: {
        findingIds: ids,
        departmentId: market,
        deadline: addDays(new Date(), 30).toISOString(),
        letterNo: '测交〔2023〕1号',
      },
    });
    expect(handed.handOffFindings).toMatchObject({ status: 'ISSUED', overdue: false, escalationLevel: 0 });
    expect(handed.handOffFindings.findings.map((f) => f.status)).toEqual(['HANDED_OVER', 'HANDED_OVER']);
    const handoffId = handed.handOffFindings.id;

    const department = await platform.as(`${county}-market`);
    await department.ok('mutation ($id: ID!) { signHandoff(id: $id) { id status } }', { id: handoffId });
    const progressReport = await department.ok<{
      reportRectification: { status: string; findings: Array<{ status: string }> };
    }>(
      'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { status findings { status } } }',
      { id: handoffId, input: { measures: '增设午间值班窗口', percentDone: 50, final: false } },
    );
    expect(progressReport.reportRectification.status).toBe('RECTIFYING');
    expect(progressReport.reportRectification.findings.map((f) => f.status)).toEqual([
      'RECTIFYING',
      'RECTIFYING',
    ]);
    const reply = await department.ok<{ reportRectification: { status: string } }>(
      'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { status } }',
      { id: handoffId, input: { measures: '已建立午间值班制度并公示', percentDone: 100, final: true } },
    );
    expect(reply.reportRectification.status).toBe('REPLIED');

    const closed = await countyClient.ok<{
      verifyHandoff: { status: string; findings: Array<{ status: string }> };
    }>('mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true) { status findings { status } } }', {
      id: handoffId,
    });
    expect(closed.verifyHandoff.status).toBe('CLOSED');
    expect(closed.verifyHandoff.findings.map((f) => f.status)).toEqual(['CLOSED', 'CLOSED']);

    const progress = await city.ok<{ progress: Array<Record<string, number>> }>(
      'query ($p: ID) { progress(projectId: $p) { projects findings handedOver closed overdue closureRate handoffs handoffsClosed } }',
      { p: projectId },
    );
    expect(progress.progress).toEqual([
      {
        projects: 1,
        findings: 2,
        handedOver: 2,
        closed: 2,
        overdue: 0,
        closureRate: 1,
        handoffs: 1,
        handoffsClosed: 1,
      },
    ]);
  });
});
