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

const RECORD = `mutation ($assignmentId: ID!, $input: ActivityInput!) {
  recordActivity(assignmentId: $assignmentId, input: $input) { id covert method { code name } participants { members deputies experts staff } } }`;
const ACTIVITIES = 'query ($id: ID!) { activities(assignmentId: $id) { id covert summary findings { id } } }';
const UPDATE =
  'mutation ($id: ID!, $input: FindingUpdateInput!) { updateFinding(id: $id, input: $input) { id title status severity } }';
const TO_REVIEW =
  '{ findingsToReview(first: 50) { totalCount edges { node { id title tenant { code } } } } }';

function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    method: 'COVERT_VISIT',
    startsAt: '2023-05-10T01:00:00.000Z',
    endsAt: '2023-05-10T05:00:00.000Z',
    location: '县政务服务中心',
    summary: '按“四不两直”暗访政务服务大厅,发现午间无人值守',
    participants: { members: 2, deputies: 3, experts: 1, staff: 2 },
    covert: true,
    ...overrides,
  };
}

describe('activities, edits and the review queue', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: string;
  let township: string;
  let sibling: string;
  let countyClient: GraphqlClient;
  let townshipClient: GraphqlClient;
  let townshipAssignment: string;
  let otherAssignment: string;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
    [county, sibling] = tree.counties as [string, string];
    township = (tree.townships[county] as string[])[0] as string;
    countyClient = await platform.as(county);
    townshipClient = await platform.as(township);
    const city = await platform.as(tree.city);
    const first = await publishedProject(city, [county], { includeDescendants: true });
    const second = await publishedProject(city, [county], { includeDescendants: true });
    townshipAssignment = first.assignments.find((a) => a.tenant.code === township)?.id as string;
    otherAssignment = second.assignments.find((a) => a.tenant.code === township)?.id as string;
    await townshipClient.ok(ACKNOWLEDGE, { id: townshipAssignment });
    await townshipClient.ok(ACKNOWLEDGE, { id: otherAssignment });
  });
  afterAll(() => platform.close());

  it('records an activity with one of the project methods and lists it for the tenant and those above', async () => {
    const recorded = await townshipClient.ok<{
      recordActivity: { id: string; covert: boolean; method: { code: string; name: string } };
    }>(RECORD, { assignmentId: townshipAssignment, input: activity() });
    expect(recorded.recordActivity).toMatchObject({
      covert: true,
      method: { code: 'COVERT_VISIT', name: '暗访' },
    });
    for (const client of [townshipClient, countyClient]) {
      const listed = await client.ok<{ activities: Array<{ id: string }> }>(ACTIVITIES, {
        id: townshipAssignment,
      });
      expect(listed.activities.map((a) => a.id)).toContain(recorded.recordActivity.id);
    }
    expectRefused(await (await platform.as(sibling)).request(ACTIVITIES, { id: townshipAssignment }), HIDDEN);
    expectRefused(
      await (await platform.as(`${county}-market`)).request(ACTIVITIES, { id: townshipAssignment }),
      HIDDEN,
    );
  });

  it('refuses a method outside the project, a backwards time span, and someone else’s assignment', async () => {
    const wrongMethod = expectRefused(
      await townshipClient.request(RECORD, {
        assignmentId: townshipAssignment,
        input: activity({ method: 'CASE_REVIEW' }),
      }),
      'BAD_USER_INPUT',
    );
    expect(wrongMethod.extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'input.method', reason: 'METHOD_NOT_IN_PROJECT' }),
    ]);
    const backwards = expectRefused(
      await townshipClient.request(RECORD, {
        assignmentId: townshipAssignment,
        input: activity({ endsAt: '2023-05-09T00:00:00.000Z' }),
      }),
      'BAD_USER_INPUT',
    );
    expect(backwards.extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'input.endsAt', reason: 'ENDS_BEFORE_STARTS' }),
    ]);
    expectRefused(
      await countyClient.request(RECORD, { assignmentId: townshipAssignment, input: activity() }),
      HIDDEN,
    );
  });

  it('keeps a covert activity’s findings from the department until they are handed over', async () => {
    const recorded = await townshipClient.ok<{ recordActivity: { id: string } }>(RECORD, {
      assignmentId: townshipAssignment,
      input: activity(),
    });
    const gov = await departmentId(townshipClient, township, 'gov');
    const submitted = await townshipClient.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId: townshipAssignment,
      findings: [findingInput({ activityId: recorded.recordActivity.id, departmentId: gov })],
    });
    const [findingId] = submitted.submitFindings.map((f) => f.id) as [string];
    const department = await platform.as(`${township}-gov`);
    const seen = async (): Promise<number> =>
      (await department.ok<{ findings: { totalCount: number } }>('{ findings { totalCount } }')).findings
        .totalCount;
    expect(await seen()).toBe(0);
    const [covert] = await platform.dataSource.query<Array<{ covert: boolean }>>(
      'SELECT covert FROM finding WHERE id = $1',
      [findingId],
    );
    expect(covert?.covert).toBe(true);

    await countyClient.ok(REVIEW, { ids: [findingId], accept: true });
    // The township hands its own finding to its own government.
    await townshipClient.ok(HAND_OFF, {
      input: { findingIds: [findingId], departmentId: gov, deadline: addDays(new Date(), 20).toISOString() },
    });
    expect(await seen()).toBe(1);
    const detail = await department.ok<{ findings: { edges: Array<{ node: { id: string } }> } }>(
      '{ findings { edges { node { id } } } }',
    );
    expect(detail.findings.edges[0]?.node.id).toBe(findingId);
    const withActivity = await department.ok('{ findings { edges { node { id activity { id } } } } }');
    expect(JSON.stringify(withActivity)).not.toContain(recorded.recordActivity.id);
  });

  it('refuses a finding citing an activity of another assignment, storing nothing', async () => {
    const elsewhere = await townshipClient.ok<{ recordActivity: { id: string } }>(RECORD, {
      assignmentId: otherAssignment,
      input: activity({ covert: false }),
    });
    const result = await townshipClient.request(SUBMIT, {
      assignmentId: townshipAssignment,
      findings: [findingInput(), findingInput({ activityId: elsewhere.recordActivity.id })],
    });
    const error = expectRefused(result, 'BAD_USER_INPUT');
    expect(error.extensions?.['rows']).toEqual([expect.objectContaining({ index: 1, field: 'activityId' })]);
  });

  it('lets the reporter edit while REPORTED or RETURNED, then locks the finding once accepted', async () => {
    const submitted = await townshipClient.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId: townshipAssignment,
      findings: [findingInput({ title: '初报标题' })],
    });
    const id = submitted.submitFindings[0]?.id as string;
    const edited = await townshipClient.ok<{
      updateFinding: { title: string; status: string; severity: string };
    }>(UPDATE, {
      id,
      input: { title: '补充核实后的标题', severity: 'SERIOUS' },
    });
    expect(edited.updateFinding).toEqual(
      expect.objectContaining({ title: '补充核实后的标题', status: 'REPORTED', severity: 'SERIOUS' }),
    );
    expectRefused(await countyClient.request(UPDATE, { id, input: { title: '上级改写' } }), [
      'FORBIDDEN',
      'NOT_FOUND',
    ]);
    const empty = expectRefused(
      await townshipClient.request(UPDATE, { id, input: { title: '  ' } }),
      'BAD_USER_INPUT',
    );
    expect(empty.extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'input.title', reason: 'TITLE_REQUIRED' }),
    ]);

    await countyClient.ok(REVIEW, { ids: [id], accept: false, reason: '事实不清,请补充地点' });
    const resubmitted = await townshipClient.ok<{ updateFinding: { status: string } }>(UPDATE, {
      id,
      input: { location: '某某村委会' },
    });
    expect(resubmitted.updateFinding.status).toBe('REPORTED');

    await countyClient.ok(REVIEW, { ids: [id], accept: true });
    const locked = expectRefused(
      await townshipClient.request(UPDATE, { id, input: { title: '通过后再改' } }),
      'CONFLICT',
    );
    expect(locked.extensions?.['reason']).toBe('FINDING_LOCKED');
    const [row] = await platform.dataSource.query<Array<{ title: string }>>(
      'SELECT title FROM finding WHERE id = $1',
      [id],
    );
    expect(row?.title).toBe('补充核实后的标题');

    const history = await countyClient.ok<{
      findings: {
        edges: Array<{
          node: {
            id: string;
            reviews: Array<{ accepted: boolean; reason: string | null; by: { username: string } }>;
          };
        }>;
      };
    }>(
      '{ findings(filter: { status: [ACCEPTED] }, first: 200) { edges { node { id reviews { accepted reason at by { username } } } } } }',
    );
    const reviews = history.findings.edges.find((e) => e.node.id === id)?.node.reviews;
    expect(reviews).toEqual([
      expect.objectContaining({ accepted: false, reason: '事实不清,请补充地点', by: { username: county } }),
      expect.objectContaining({ accepted: true, reason: null, by: { username: county } }),
    ]);
  });

  it('queues REPORTED findings for the tiers above the reporter, and not for the reporter', async () => {
    const submitted = await townshipClient.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId: townshipAssignment,
      findings: [findingInput({ title: '待审核的问题' })],
    });
    const id = submitted.submitFindings[0]?.id as string;
    const queue = async (client: GraphqlClient): Promise<string[]> =>
      (
        await client.ok<{ findingsToReview: { edges: Array<{ node: { id: string } }> } }>(TO_REVIEW)
      ).findingsToReview.edges.map((e) => e.node.id);
    expect(await queue(countyClient)).toContain(id);
    expect(await queue(await platform.as(tree.city))).toContain(id);
    expect(await queue(await platform.as(sibling))).not.toContain(id);
    expect(await queue(townshipClient)).not.toContain(id);
    await countyClient.ok(REVIEW, { ids: [id], accept: true });
    expect(await queue(countyClient)).not.toContain(id);
  });
});
