import { GraphqlClient, GraphqlResponse } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  downloadStatus,
  expectRefused,
  fieldsOf,
  findingInput,
  photoBytes,
  Platform,
  publishedProject,
  startPlatform,
  SUBMIT,
  TenantTree,
  tenantId,
  uploadFile,
} from '@liandong/testing-system';

jest.setTimeout(120_000);

const EXPERT_FIELDS =
  'id name fields organisation departmentId title termStartsOn termEndsOn status tenant { code }';
const ADD = `mutation ($input: ExpertInput!) { addExpert(input: $input) { ${EXPERT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: ExpertInput!) { updateExpert(id: $id, input: $input) { ${EXPERT_FIELDS} } }`;
const STATUS = `mutation ($id: ID!, $status: ExpertStatus!) { changeExpertStatus(id: $id, status: $status) { id status } }`;
const EXPERTS = `query ($filter: ExpertFilter) { experts(filter: $filter) { id name status } }`;
const EXPERT = `query ($id: ID!) { expert(id: $id) { ${EXPERT_FIELDS} workload(year: 2023)
  conflicts { id kind departmentId activityId note declaredOn withdrawnOn }
  assignments { id activityId } } }`;
const CONFLICT_FIELDS = 'id kind departmentId activityId projectId note declaredOn withdrawnOn';
const DECLARE = `mutation ($expertId: ID!, $input: ExpertConflictInput!) {
  declareExpertConflict(expertId: $expertId, input: $input) { ${CONFLICT_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawExpertConflict(id: $id) { ${CONFLICT_FIELDS} } }`;
const PROPOSE = `query ($input: ExpertProposalInput!) { proposeExperts(input: $input) {
  candidates { expert { id name } workload why }
  excluded { expert { id name } reason text reasons }
  subjectDepartmentIds } }`;
const INVITE = `mutation ($input: ExpertInvitationInput!) { inviteExperts(input: $input) {
  id expertId activityId subjectDepartmentIds expert { name } } }`;
const OPINION = `mutation ($id: ID!, $input: ExpertOpinionInput!) {
  recordExpertOpinion(expertAssignmentId: $id, input: $input) { id version summary current file { sha256 url } } }`;
const ACTIVITY_EXPERTS = `query ($id: ID!) { activities(assignmentId: $id) { id
  experts { id expert { id name } opinions { version current summary file { sha256 } } } } }`;
const RECORD_ACTIVITY = `mutation ($assignmentId: ID!, $input: ActivityInput!) {
  recordActivity(assignmentId: $assignmentId, input: $input) { id } }`;

interface Proposal {
  candidates: Array<{ expert: { id: string; name: string }; workload: number; why: string }>;
  excluded: Array<{ expert: { id: string; name: string }; reason: string; text: string; reasons: string[] }>;
  subjectDepartmentIds: string[];
}

function activityInput(day: string): Record<string, unknown> {
  return {
    method: 'COVERT_VISIT',
    startsAt: `${day}T01:00:00.000Z`,
    endsAt: `${day}T05:00:00.000Z`,
    location: '县政务服务中心',
    summary: '暗访政务服务大厅,邀请财政、法律领域专家参加',
    participants: { members: 2, deputies: 0, experts: 0, staff: 1 },
    covert: true,
  };
}

function expertInput(name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    fields: ['财政预算'],
    organisation: '某大学经济学院',
    title: '教授',
    termStartsOn: '2022-01-01',
    termEndsOn: '2031-12-31',
    ...overrides,
  };
}

function reasonsOf(
  result: GraphqlResponse<unknown>,
): Array<{ field: string; reason: string; message: string }> {
  return (result.errors?.[0]?.extensions?.['fields'] ?? []) as Array<{
    field: string;
    reason: string;
    message: string;
  }>;
}

/**
 * The expert pool (专家库) over HTTP: kept by a county and seen by the city above, never by a sibling
 * county; proposals by field that exclude the conflicted with the reason and balance workload; invitations
 * that refuse the conflicted and store nothing; recusals; opinions as stored files, in versions, that the
 * city may download and a sibling county may not.
 */
describe('expert pool', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: string;
  let city: GraphqlClient;
  let countyClient: GraphqlClient;
  let sibling: GraphqlClient;
  let assignmentId: string;
  let activityId: string;
  let secondActivityId: string;
  let market: string;
  let education: string;
  let court: string;
  const ids: Record<string, string> = {};

  async function propose(subjects: string[], field = '财政预算', activity = activityId): Promise<Proposal> {
    return (
      await countyClient.ok<{ proposeExperts: Proposal }>(PROPOSE, {
        input: { activityId: activity, field, subjectDepartmentIds: subjects, count: 10 },
      })
    ).proposeExperts;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 0);
    county = tree.counties[0] as string;
    city = await platform.as(tree.city);
    countyClient = await platform.as(county);
    sibling = await platform.as(tree.counties[1] as string);
    const { assignments } = await publishedProject(city, [county]);
    assignmentId = assignments[0]?.id as string;
    await countyClient.ok(ACKNOWLEDGE, { id: assignmentId });
    activityId = (
      await countyClient.ok<{ recordActivity: { id: string } }>(RECORD_ACTIVITY, {
        assignmentId,
        input: activityInput('2023-05-10'),
      })
    ).recordActivity.id;
    secondActivityId = (
      await countyClient.ok<{ recordActivity: { id: string } }>(RECORD_ACTIVITY, {
        assignmentId,
        input: activityInput('2023-04-20'),
      })
    ).recordActivity.id;
    market = await departmentId(countyClient, county, 'market');
    education = await departmentId(countyClient, county, 'education');
    court = await departmentId(countyClient, county, 'court');
    for (const [key, input] of [
      ['zhang', expertInput('张建国', { organisation: '县市场监督管理局', departmentId: market })],
      ['li', expertInput('李文静')],
      ['wang', expertInput('王海涛', { fields: ['财政预算', '审计'] })],
      ['zhao', expertInput('赵律师', { fields: ['法律'], organisation: '某律师事务所', title: '律师' })],
    ] as const) {
      ids[key] = (await countyClient.ok<{ addExpert: { id: string } }>(ADD, { input })).addExpert.id;
    }
  });
  afterAll(() => platform.close());

  it('keeps the pool of a tier: seen by the city above, never by a sibling county, changed only by its tier', async () => {
    const added = await countyClient.ok<{ expert: Record<string, unknown> }>(EXPERT, { id: ids['zhang'] });
    expect(added.expert).toMatchObject({
      name: '张建国',
      fields: ['财政预算'],
      departmentId: market,
      status: 'ACTIVE',
      tenant: { code: county },
    });
    const countyTenant = await tenantId(city, county);
    const cityView = await city.ok<{ experts: Array<{ id: string }> }>(EXPERTS, {
      filter: { tenantId: countyTenant, field: '财政预算' },
    });
    expect(cityView.experts.map((e) => e.id).sort()).toEqual([ids['zhang'], ids['li'], ids['wang']].sort());
    const searched = await city.ok<{ experts: Array<{ id: string }> }>(EXPERTS, {
      filter: { tenantId: countyTenant, search: '律师事务所' },
    });
    expect(searched.experts.map((e) => e.id)).toEqual([ids['zhao']]);
    expect((await city.ok<{ expert: { id: string } }>(EXPERT, { id: ids['li'] })).expert.id).toBe(ids['li']);

    // Sideways: nothing listed, nothing found, nothing changed.
    expect((await sibling.ok<{ experts: unknown[] }>(EXPERTS)).experts).toEqual([]);
    expectRefused(await sibling.request(EXPERTS, { filter: { tenantId: countyTenant } }), 'FORBIDDEN');
    expectRefused(await sibling.request(EXPERT, { id: ids['li'] }), 'NOT_FOUND');
    expectRefused(await sibling.request(UPDATE, { id: ids['li'], input: expertInput('改名') }), 'NOT_FOUND');
    // The city above sees but does not change.
    const notOwn = expectRefused(
      await city.request(UPDATE, { id: ids['li'], input: expertInput('改名') }),
      'FORBIDDEN',
    );
    expect(notOwn.extensions?.['reason']).toBe('EXPERT_NOT_OWN');

    // Bad input, named; a unit of another tier is refused.
    const bad = expectRefused(
      await countyClient.request(ADD, {
        input: expertInput(' ', { fields: [], termStartsOn: '2026-01-01', termEndsOn: '2025-01-01' }),
      }),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(bad).sort()).toEqual(['input.fields', 'input.name', 'input.termEndsOn']);
    const foreignUnit = expectRefused(
      await sibling.request(ADD, { input: expertInput('钱某', { departmentId: market }) }),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(foreignUnit)).toEqual(['input.departmentId']);
  });

  it('excludes the expert of a supervised unit with the reason, and refuses inviting them, storing nothing', async () => {
    const proposal = await propose([market]);
    expect(proposal.excluded).toEqual([
      {
        expert: { id: ids['zhang'], name: '张建国' },
        reason: 'SAME_UNIT',
        text: '与被监督单位同单位',
        reasons: ['SAME_UNIT'],
      },
    ]);
    // Only experts of the field are considered: the lawyer is neither proposed nor excluded.
    const named = [...proposal.candidates, ...proposal.excluded].map((c) => c.expert.id);
    expect(named).not.toContain(ids['zhao']);
    expect(proposal.candidates.map((c) => c.expert.id)).toEqual(
      expect.arrayContaining([ids['li'], ids['wang']]),
    );
    // Another unit supervised: the same expert may serve.
    expect((await propose([education])).excluded).toEqual([]);

    const refused = await countyClient.request(INVITE, {
      input: { activityId, expertIds: [ids['li'], ids['zhang']], subjectDepartmentIds: [market] },
    });
    expectRefused(refused, 'BAD_USER_INPUT');
    expect(reasonsOf(refused)).toEqual([
      expect.objectContaining({ field: 'input.expertIds.1', reason: 'EXPERT_CONFLICT' }),
    ]);
    expect(reasonsOf(refused)[0]?.message).toContain('与被监督单位同单位');
    const listed = await countyClient.ok<{ activities: Array<{ id: string; experts: unknown[] }> }>(
      ACTIVITY_EXPERTS,
      { id: assignmentId },
    );
    expect(listed.activities.find((a) => a.id === activityId)?.experts).toEqual([]);
  });

  it('counts the units of findings recorded under the activity among those supervised', async () => {
    const courtExpert = (
      await countyClient.ok<{ addExpert: { id: string } }>(ADD, {
        input: expertInput('孙法官', {
          fields: ['营商环境'],
          organisation: '县人民法院',
          departmentId: court,
        }),
      })
    ).addExpert.id;
    expect((await propose([], '营商环境')).excluded).toEqual([]);
    await countyClient.ok(SUBMIT, {
      assignmentId,
      findings: [findingInput({ activityId, departmentId: court })],
    });
    const proposal = await propose([], '营商环境');
    expect(proposal.subjectDepartmentIds).toEqual([court]);
    expect(proposal.excluded.map((x) => [x.expert.id, x.reason])).toEqual([[courtExpert, 'SAME_UNIT']]);
  });

  it('balances workload: the expert with fewer assignments that year comes first', async () => {
    const before = await propose([market]);
    expect(before.candidates.map((c) => [c.expert.name, c.workload])).toEqual([
      ['李文静', 0],
      ['王海涛', 0],
    ]);
    await countyClient.ok(INVITE, {
      input: { activityId: secondActivityId, expertIds: [ids['li']], subjectDepartmentIds: [] },
    });
    const after = await propose([market]);
    expect(after.candidates.map((c) => [c.expert.name, c.workload])).toEqual([
      ['王海涛', 0],
      ['李文静', 1],
    ]);
    expect(after.candidates[1]?.why).toContain('1 次');
  });

  it('excludes a declared relation or a recusal for the activity, until withdrawn', async () => {
    const relation = (
      await countyClient.ok<{ declareExpertConflict: { id: string; kind: string } }>(DECLARE, {
        expertId: ids['wang'],
        input: {
          kind: 'RELATION',
          departmentId: education,
          note: '配偶在该局任职',
          declaredOn: '2023-01-05',
        },
      })
    ).declareExpertConflict;
    expect(relation.kind).toBe('RELATION');
    const byRelation = await propose([education]);
    expect(byRelation.excluded.map((x) => [x.expert.name, x.reason, x.text])).toEqual([
      ['王海涛', 'RELATION', '申报有利害关系'],
    ]);

    const noReason = expectRefused(
      await countyClient.request(DECLARE, {
        expertId: ids['wang'],
        input: { kind: 'RECUSAL', activityId, declaredOn: '2023-05-01' },
      }),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(noReason)).toEqual(['input.note']);
    const recusal = (
      await countyClient.ok<{ declareExpertConflict: { id: string } }>(DECLARE, {
        expertId: ids['wang'],
        input: {
          kind: 'RECUSAL',
          activityId,
          note: '曾参与被监督项目评审,申请回避',
          declaredOn: '2023-05-01',
        },
      })
    ).declareExpertConflict;
    const byRecusal = await propose([market]);
    expect(byRecusal.excluded.find((x) => x.expert.id === ids['wang'])).toMatchObject({
      reason: 'RECUSAL',
      text: '已申请回避',
    });
    // The recusal is for this activity only.
    expect(
      (await propose([market], '财政预算', secondActivityId)).candidates.map((c) => c.expert.id),
    ).toContain(ids['wang']);
    const refused = await countyClient.request(INVITE, {
      input: { activityId, expertIds: [ids['wang']], subjectDepartmentIds: [market] },
    });
    expect(reasonsOf(refused)).toEqual([
      expect.objectContaining({ field: 'input.expertIds.0', reason: 'EXPERT_CONFLICT' }),
    ]);

    const withdrawn = (
      await countyClient.ok<{ withdrawExpertConflict: { withdrawnOn: string | null } }>(WITHDRAW, {
        id: recusal.id,
      })
    ).withdrawExpertConflict;
    expect(withdrawn.withdrawnOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await propose([market])).candidates.map((c) => c.expert.id)).toContain(ids['wang']);
    const kept = await countyClient.ok<{
      expert: { conflicts: Array<{ id: string; withdrawnOn: string | null }> };
    }>(EXPERT, { id: ids['wang'] });
    expect(kept.expert.conflicts.map((c) => [c.id, c.withdrawnOn !== null])).toEqual([
      [relation.id, false],
      [recusal.id, true],
    ]);
    expectRefused(await sibling.request(WITHDRAW, { id: relation.id }), 'NOT_FOUND');
  });

  it('suspends and retires along the table; an inactive expert is excluded', async () => {
    const extra = (
      await countyClient.ok<{ addExpert: { id: string } }>(ADD, {
        input: expertInput('周会计', { fields: ['审计'] }),
      })
    ).addExpert.id;
    await countyClient.ok(STATUS, { id: extra, status: 'SUSPENDED' });
    const proposal = await propose([], '审计');
    expect(proposal.excluded.find((x) => x.expert.id === extra)?.reason).toBe('INACTIVE');
    await countyClient.ok(STATUS, { id: extra, status: 'RETIRED' });
    const back = expectRefused(
      await countyClient.request(STATUS, { id: extra, status: 'ACTIVE' }),
      'CONFLICT',
    );
    expect(back.extensions?.['reason']).toBe('EXPERT_TRANSITION_NOT_ALLOWED');
  });

  it('invites idempotently and keeps opinions as files, in versions, downloadable above and not sideways', async () => {
    const first = (
      await countyClient.ok<{ inviteExperts: Array<{ id: string; subjectDepartmentIds: string[] }> }>(
        INVITE,
        {
          input: { activityId, expertIds: [ids['li']], subjectDepartmentIds: [market] },
        },
      )
    ).inviteExperts;
    expect(first).toHaveLength(1);
    expect(first[0]?.subjectDepartmentIds.sort()).toEqual([market, court].sort());
    const again = (
      await countyClient.ok<{ inviteExperts: Array<{ id: string }> }>(INVITE, {
        input: { activityId, expertIds: [ids['li']], subjectDepartmentIds: [market] },
      })
    ).inviteExperts;
    expect(again.map((a) => a.id)).toEqual([first[0]?.id]);
    const proposal = await propose([market]);
    expect(proposal.excluded.find((x) => x.expert.id === ids['li'])?.reason).toBe('ALREADY_INVITED');
    // Only the tier that owns the activity invites.
    const notOwn = expectRefused(
      await city.request(INVITE, { input: { activityId, expertIds: [ids['li']], subjectDepartmentIds: [] } }),
      'FORBIDDEN',
    );
    expect(notOwn.extensions?.['reason']).toBe('ACTIVITY_NOT_OWN');
    expectRefused(
      await sibling.request(INVITE, {
        input: { activityId, expertIds: [ids['li']], subjectDepartmentIds: [] },
      }),
      'NOT_FOUND',
    );

    const assignment = first[0]?.id as string;
    const v1 = await uploadFile(platform, countyClient, photoBytes(), '专家意见-初稿.png');
    const v2 = await uploadFile(platform, countyClient, photoBytes(), '专家意见-定稿.png');
    const recorded = (
      await countyClient.ok<{
        recordExpertOpinion: { version: number; current: boolean; file: { url: string } };
      }>(OPINION, { id: assignment, input: { sha256: v1, summary: '预算执行偏差较大,建议加强绩效管理' } })
    ).recordExpertOpinion;
    expect(recorded).toMatchObject({ version: 1, current: true, file: { url: `/files/${v1}` } });
    await countyClient.ok(OPINION, { id: assignment, input: { sha256: v2, summary: '定稿意见' } });
    const listed = await city.ok<{
      activities: Array<{
        id: string;
        experts: Array<{
          expert: { id: string };
          opinions: Array<{ version: number; current: boolean; file: { sha256: string } }>;
        }>;
      }>;
    }>(ACTIVITY_EXPERTS, { id: assignmentId });
    const invited = listed.activities.find((a) => a.id === activityId)?.experts ?? [];
    expect(invited.map((x) => x.expert.id)).toEqual([ids['li']]);
    expect(invited[0]?.opinions).toEqual([
      { version: 2, current: true, summary: '定稿意见', file: { sha256: v2 } },
      { version: 1, current: false, summary: '预算执行偏差较大,建议加强绩效管理', file: { sha256: v1 } },
    ]);

    expect(await downloadStatus(platform, city, v1)).toBe(200);
    expect(await downloadStatus(platform, city, v2)).toBe(200);
    expect(await downloadStatus(platform, sibling, v1)).toBe(404);
    expectRefused(
      await sibling.request(OPINION, { id: assignment, input: { sha256: v1, summary: '越权' } }),
      'NOT_FOUND',
    );
    const notUploaded = expectRefused(
      await countyClient.request(OPINION, {
        id: assignment,
        input: { sha256: 'a'.repeat(64), summary: 'x' },
      }),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(notUploaded)).toEqual(['input.sha256']);

    const li = await city.ok<{ expert: { workload: number; assignments: Array<{ activityId: string }> } }>(
      EXPERT,
      {
        id: ids['li'],
      },
    );
    expect(li.expert.workload).toBe(2);
    expect(li.expert.assignments.map((a) => a.activityId).sort()).toEqual(
      [activityId, secondActivityId].sort(),
    );
  });
});
