import { Workbook } from 'exceljs';
import { GraphqlClient } from '@liandong/testing';
import { addCalendarDays, shanghaiDay } from '@liandong/time';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  findingInput,
  Platform,
  publishedProject,
  startPlatform,
  SUBMIT,
  TenantTree,
} from '@liandong/testing-system';

/**
 * People and partners, tried as a new user would over HTTP: the city runs a 履职评议 of three named judges by
 * two voter groups and reads the results per group; it invites two deputies and an expert to a 暗访, the
 * conflicted expert left out with the reason; it refers the 暗访's finding to 纪委监委 and records the
 * outcome; a county imports an audit report's problems as findings.
 */
jest.setTimeout(120_000);

const APPRAISAL = `id status groups { id name } ranking { name rank result }
  subjects { id name post result votes { groupName result } }`;
const CREATE_APPRAISAL = `mutation ($input: AppraisalInput!) { createAppraisal(input: $input) { ${APPRAISAL} } }`;
const VOTE = `mutation ($appraisalId: ID!, $subjectId: ID!, $groupId: ID!, $votes: VotesInput!) {
  recordAppraisalVotes(appraisalId: $appraisalId, subjectId: $subjectId, groupId: $groupId, votes: $votes) { ${APPRAISAL} }
}`;
const RECORD_ACTIVITY = `mutation ($assignmentId: ID!, $input: ActivityInput!) {
  recordActivity(assignmentId: $assignmentId, input: $input) { id } }`;
const ADD_DEPUTY = `mutation ($input: DeputyInput!) { addDeputy(input: $input) { id name } }`;
const INVITE_DEPUTIES = `mutation ($input: InviteDeputiesInput!) {
  inviteDeputies(input: $input) { id status deputy { name } } }`;
const ADD_EXPERT = `mutation ($input: ExpertInput!) { addExpert(input: $input) { id name } }`;
const PROPOSE_EXPERTS = `query ($input: ExpertProposalInput!) { proposeExperts(input: $input) {
  candidates { expert { id name } workload } excluded { expert { id name } reason text } } }`;
const INVITE_EXPERTS = `mutation ($input: ExpertInvitationInput!) { inviteExperts(input: $input) { id expert { name } } }`;
const ACTIVITIES = `query ($assignmentId: ID!) { activities(assignmentId: $assignmentId) {
  id participants { members deputies experts staff } deputies { deputy { name } status } experts { expert { name } } } }`;
const ADD_BODY = `mutation ($input: CollaboratingBodyInput!) { addCollaboratingBody(input: $input) { id } }`;
const REFERRAL = 'id status receiptNo outcome body { name kind }';
const REFER_FINDING = `mutation ($id: ID!, $input: ReferralInput!) {
  referFinding(findingId: $id, input: $input) { ${REFERRAL} } }`;
const RECEIPT = `mutation ($id: ID!, $no: String!, $on: String!) {
  recordReferralReceipt(id: $id, receiptNo: $no, receivedOn: $on) { ${REFERRAL} } }`;
const OUTCOME = `mutation ($id: ID!, $outcome: String!, $on: String!) {
  recordReferralOutcome(id: $id, outcome: $outcome, decidedOn: $on) { ${REFERRAL} } }`;
const FINDING = `query ($id: ID!) { finding(id: $id) { id title source referrals { ${REFERRAL} } } }`;

interface Appraisal {
  id: string;
  groups: Array<{ id: string; name: string }>;
  ranking: Array<{ name: string; rank: number; result: string }>;
  subjects: Array<{
    id: string;
    name: string;
    result: string | null;
    votes: Array<{ groupName: string; result: string }>;
  }>;
}

interface Referral {
  id: string;
  status: string;
  receiptNo: string | null;
  outcome: string | null;
  body: { name: string; kind: string };
}

describe('people and partners, as a new user tries them', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let countyClient: GraphqlClient;
  let county: string;
  let cityAssignment: string;
  let countyAssignment: string;
  let activityId: string;
  let covertFinding: string;
  const today = shanghaiDay(new Date());

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 1, 0);
    county = tree.counties[0] as string;
    city = await platform.as(tree.city);
    countyClient = await platform.as(county);
    const published = await publishedProject(city, [tree.city, county]);
    cityAssignment = published.assignments.find((a) => a.tenant.code === tree.city)?.id as string;
    countyAssignment = published.assignments.find((a) => a.tenant.code === county)?.id as string;
    await city.ok(ACKNOWLEDGE, { id: cityAssignment });
    await countyClient.ok(ACKNOWLEDGE, { id: countyAssignment });
  });
  afterAll(() => platform.close());

  it('runs a 履职评议 of three named judges by two voter groups and shows the results per group', async () => {
    const court = await departmentId(city, tree.city, 'court');
    let appraisal = (
      await city.ok<{ createAppraisal: Appraisal }>(CREATE_APPRAISAL, {
        input: {
          title: '2026年度员额法官履职评议',
          kind: 'PERFORMANCE',
          scheme: 'THREE_GRADE',
          heldOn: today,
          subjects: ['赵法官', '钱法官', '孙法官'].map((name) => ({
            kind: 'PERSON',
            name,
            post: '员额法官 洛阳市中级人民法院',
            departmentId: court,
          })),
          groups: [
            { name: '常委会组成人员', kind: 'MEMBERS', eligible: 20 },
            { name: '服务对象', kind: 'PUBLIC', eligible: 40 },
          ],
        },
      })
    ).createAppraisal;
    // [satisfied, basically satisfied, unsatisfied] per judge, members then the public.
    const ballots: Array<[[number, number, number], [number, number, number]]> = [
      [
        [15, 4, 1],
        [30, 8, 2],
      ],
      [
        [12, 6, 2],
        [10, 20, 10],
      ],
      [
        [4, 6, 10],
        [8, 10, 22],
      ],
    ];
    for (const [subject, perGroup] of ballots.entries()) {
      for (const [group, [satisfied, basicallySatisfied, unsatisfied]] of perGroup.entries()) {
        appraisal = (
          await city.ok<{ recordAppraisalVotes: Appraisal }>(VOTE, {
            appraisalId: appraisal.id,
            subjectId: appraisal.subjects[subject]?.id,
            groupId: appraisal.groups[group]?.id,
            votes: { satisfied, basicallySatisfied, unsatisfied },
          })
        ).recordAppraisalVotes;
      }
    }
    expect(appraisal.subjects.map((s) => [s.name, s.votes.map((v) => `${v.groupName}:${v.result}`)])).toEqual(
      [
        ['赵法官', ['常委会组成人员:SATISFIED', '服务对象:SATISFIED']],
        ['钱法官', ['常委会组成人员:SATISFIED', '服务对象:BASICALLY_SATISFIED']],
        ['孙法官', ['常委会组成人员:UNSATISFIED', '服务对象:UNSATISFIED']],
      ],
    );
    expect(appraisal.ranking.map((s) => [s.name, s.rank, s.result])).toEqual([
      ['赵法官', 1, 'SATISFIED'],
      ['钱法官', 2, 'BASICALLY_SATISFIED'],
      ['孙法官', 3, 'UNSATISFIED'],
    ]);
  });

  it('invites two deputies and an expert to a 暗访, the conflicted expert left out with the reason', async () => {
    activityId = (
      await city.ok<{ recordActivity: { id: string } }>(RECORD_ACTIVITY, {
        assignmentId: cityAssignment,
        input: {
          method: 'COVERT_VISIT',
          startsAt: `${today}T01:00:00.000Z`,
          endsAt: `${today}T03:00:00.000Z`,
          location: '市政务服务中心市场监管窗口',
          summary: '按“四不两直”暗访企业开办登记窗口',
          participants: { members: 2, deputies: 0, experts: 0, staff: 1 },
          covert: true,
        },
      })
    ).recordActivity.id;
    const deputies = await Promise.all(
      [
        { name: '周代表', level: 'CITY', constituency: '西工区代表团' },
        { name: '吴代表', level: 'PROVINCIAL', constituency: '洛阳代表团' },
      ].map(
        async (deputy) =>
          (
            await city.ok<{ addDeputy: { id: string } }>(ADD_DEPUTY, {
              input: {
                ...deputy,
                term: '第十六届',
                termStartsOn: '2022-01-01',
                termEndsOn: addCalendarDays(today, 365),
                workplace: '洛阳某企业 职工',
              },
            })
          ).addDeputy.id,
      ),
    );
    const invitedDeputies = (
      await city.ok<{ inviteDeputies: Array<{ status: string; deputy: { name: string } }> }>(
        INVITE_DEPUTIES,
        {
          input: { target: { kind: 'ACTIVITY', id: activityId }, deputyIds: deputies },
        },
      )
    ).inviteDeputies;
    expect(invitedDeputies.map((p) => [p.deputy.name, p.status]).sort()).toEqual([
      ['吴代表', 'INVITED'],
      ['周代表', 'INVITED'],
    ]);

    // The 暗访 supervises the market regulation bureau's registration windows.
    const supervised = await departmentId(city, tree.city, 'market');
    const expert = async (name: string, department: string | null): Promise<string> =>
      (
        await city.ok<{ addExpert: { id: string } }>(ADD_EXPERT, {
          input: {
            name,
            fields: ['营商环境'],
            organisation: department ? '市场监督管理局' : '河南科技大学',
            departmentId: department,
            title: '高级经济师',
            termStartsOn: '2024-01-01',
            termEndsOn: addCalendarDays(today, 365),
          },
        })
      ).addExpert.id;
    const independent = await expert('郑教授', null);
    const conflicted = await expert('王科长', supervised);
    const proposal = (
      await city.ok<{
        proposeExperts: {
          candidates: Array<{ expert: { id: string } }>;
          excluded: Array<{ expert: { id: string }; reason: string; text: string }>;
        };
      }>(PROPOSE_EXPERTS, {
        input: { activityId, field: '营商环境', subjectDepartmentIds: [supervised], count: 2 },
      })
    ).proposeExperts;
    expect(proposal.candidates.map((c) => c.expert.id)).toEqual([independent]);
    expect(proposal.excluded.map((e) => [e.expert.id, e.reason, e.text])).toEqual([
      [conflicted, 'SAME_UNIT', '与被监督单位同单位'],
    ]);
    await city.ok(INVITE_EXPERTS, {
      input: { activityId, expertIds: [independent], subjectDepartmentIds: [supervised] },
    });

    const [activity] = (
      await city.ok<{
        activities: Array<{
          id: string;
          participants: { members: number; deputies: number; experts: number; staff: number };
          experts: Array<{ expert: { name: string } }>;
        }>;
      }>(ACTIVITIES, { assignmentId: cityAssignment })
    ).activities.filter((a) => a.id === activityId);
    // Typed as none at the start, the headcounts now come from the people named.
    expect(activity?.participants).toEqual({ members: 2, deputies: 2, experts: 1, staff: 1 });
    expect(activity?.experts.map((e) => e.expert.name)).toEqual(['郑教授']);
  });

  it('refers the 暗访 finding to 纪委监委 and records the receipt and the outcome', async () => {
    covertFinding = (
      await city.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
        assignmentId: cityAssignment,
        findings: [
          findingInput({
            title: '窗口工作人员索要好处费',
            description: '暗访中群众反映办理开办登记需另付“加急费”',
            activityId,
          }),
        ],
      })
    ).submitFindings[0]?.id as string;

    const discipline = (
      await city.ok<{ addCollaboratingBody: { id: string } }>(ADD_BODY, {
        input: { kind: 'DISCIPLINE', name: '洛阳市纪委监委' },
      })
    ).addCollaboratingBody;
    const sent = (
      await city.ok<{ referFinding: Referral }>(REFER_FINDING, {
        id: covertFinding,
        input: { bodyId: discipline.id, reason: '涉嫌索贿,移送纪委监委依规依纪处理' },
      })
    ).referFinding;
    expect(sent).toMatchObject({ status: 'SENT', body: { name: '洛阳市纪委监委', kind: 'DISCIPLINE' } });
    await city.ok(RECEIPT, { id: sent.id, no: '洛纪〔2026〕35号', on: today });
    const concluded = (
      await city.ok<{ recordReferralOutcome: Referral }>(OUTCOME, {
        id: sent.id,
        outcome: '对当事人立案审查,给予政务记过处分',
        on: today,
      })
    ).recordReferralOutcome;
    expect(concluded).toMatchObject({
      status: 'CONCLUDED',
      receiptNo: '洛纪〔2026〕35号',
      outcome: '对当事人立案审查,给予政务记过处分',
    });
    const finding = await city.ok<{ finding: { referrals: Referral[] } }>(FINDING, { id: covertFinding });
    expect(finding.finding.referrals.map((r) => [r.status, r.outcome])).toEqual([
      ['CONCLUDED', '对当事人立案审查,给予政务记过处分'],
    ]);
  });

  it('lets a county import an audit report’s problems as findings', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('审计报告问题清单');
    sheet.addRow([
      '问题标题',
      '问题描述',
      '监督方式',
      '检查要点编码',
      '问题类别',
      '严重程度(一般/较重/严重)',
      '地点',
      '责任单位编码',
    ]);
    sheet.addRow([
      '高标准农田建设资金滞留',
      '审计发现资金滞留县财政未拨付',
      '暗访',
      'C1',
      '资金管理',
      '较重',
      '',
      'market',
    ]);
    sheet.addRow([
      '项目验收资料不全',
      '审计抽查3个项目验收资料缺失',
      '暗访',
      'C2',
      '资金管理',
      '一般',
      '',
      'market',
    ]);
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]),
      '县审计局审计报告问题清单.xlsx',
    );
    const response = await fetch(
      `${platform.url}/imports/findings?assignmentId=${countyAssignment}&source=AUDIT_REPORT`,
      { method: 'POST', headers: countyClient.authorization(), body: form },
    );
    expect(response.status).toBe(201);
    const ids = ((await response.json()) as { findingIds: string[] }).findingIds;
    const imported = await Promise.all(
      ids.map(
        async (id) =>
          (await countyClient.ok<{ finding: { title: string; source: string } }>(FINDING, { id })).finding,
      ),
    );
    expect(imported.map((f) => [f.title, f.source])).toEqual([
      ['高标准农田建设资金滞留', 'AUDIT_REPORT'],
      ['项目验收资料不全', 'AUDIT_REPORT'],
    ]);
  });
});
