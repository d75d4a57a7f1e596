import { extractRawText } from 'mammoth';
import { GraphqlClient } from '@liandong/testing';
import { shanghaiDay } from '@liandong/time';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  findingInput,
  handOver,
  photoBytes,
  Platform,
  projectInput,
  publishedProject,
  REVIEW,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
  uploadFile,
} from '@liandong/testing-system';
import { addDays } from './dates';

const RECORD_ACTIVITY = `mutation ($assignmentId: ID!, $input: ActivityInput!) {
  recordActivity(assignmentId: $assignmentId, input: $input) { id } }`;
const SIGN = 'mutation ($id: ID!) { signHandoff(id: $id) { id } }';
const REPORT = `mutation ($handoffId: ID!, $input: RectificationReportInput!) {
  reportRectification(handoffId: $handoffId, input: $input) { id status } }`;
const VERIFY = `mutation ($handoffId: ID!, $input: HandoffVerificationInput!) {
  verifyHandoffFindings(handoffId: $handoffId, input: $input) { id status findings { id status } } }`;
const ESCALATE = `mutation ($handoffId: ID!, $reason: String!) {
  escalateHandoff(handoffId: $handoffId, reason: $reason) { id escalations { id level name } } }`;
const DOCUMENT = 'id kind number downloadUrl';
const LETTER = `mutation ($handoffId: ID!, $kind: LetterKind!, $escalationId: ID) {
  generateHandoffLetter(handoffId: $handoffId, kind: $kind, escalationId: $escalationId) { ${DOCUMENT} } }`;
const LETTERS = `query ($id: ID!) { handoff(id: $id) { id letterNo
  reports { final evidence { findingId file { sha256 url } } } letters { ${DOCUMENT} } } }`;
const PROJECT_REPORT = `mutation ($projectId: ID!) { generateProjectReport(projectId: $projectId) { ${DOCUMENT} } }`;
const STANDINGS = `query ($projectId: ID!) {
  projectIndicators(projectId: $projectId) { code name target computed actual met } }`;
const PROPOSE = `mutation ($input: ProposeDisclosureInput!) {
  proposeDisclosure(input: $input) { id status title body } }`;
const APPROVE = 'mutation ($id: ID!) { approveDisclosure(id: $id) { id status } }';
const PUBLISH = `mutation ($id: ID!, $input: PublishDisclosureInput!) {
  publishDisclosure(id: $id, input: $input) { id status } }`;
const PUBLIC = `query ($tenantId: ID) { publicDisclosures(tenantId: $tenantId) {
  items { id title body channel url publishedOn tenantName } hasNextPage } }`;

const COVERT_PLACE = '瀍河区东大街北口夜市';
const COVERT_ACCOUNT = `经群众线索,${COVERT_PLACE}每晚占道经营、油烟直排`;

interface Standing {
  code: string;
  target: number;
  computed: boolean;
  actual: number | null;
  met: boolean | null;
}

interface PublicItem {
  id: string;
  title: string;
  body: string;
  channel: string;
  url: string;
}

/**
 * Issue 16 tried as a new user would, start to end: results that can be shown. A county finds two problems (one
 * on a 暗访) and hands them to a unit; the unit proves its rectification with photos per finding; the county
 * verifies on site finding by finding; the city downloads the 督办函 and the project report, reads the
 * indicators target against actual, and publishes the closure with the covert source redacted; an anonymous
 * visitor sees exactly what was published.
 */
describe('results that can be shown, from rectification to the public page', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: string;
  let city: GraphqlClient;
  let countyClient: GraphqlClient;
  let department: GraphqlClient;
  let projectId: string;
  let handoffId: string;
  let overt: { id: string; title: string };
  let covert: { id: string; title: string };

  const upload = (client: GraphqlClient, name: string) =>
    uploadFile(platform, client, photoBytes(4096), name);

  async function textOf(client: GraphqlClient, url: string): Promise<string> {
    const response = await fetch(`${platform.url}${url}`, { headers: client.authorization() });
    expect(response.status).toBe(200);
    return (await extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value;
  }

  async function anonymous(path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${platform.url}${path}`, init);
    return { status: response.status, body: await response.json() };
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 1, 1);
    county = tree.counties[0] as string;
    city = await platform.as(tree.city);
    countyClient = await platform.as(county);
    const published = await publishedProject(city, [county], {
      input: projectInput({
        unifications: {
          ...(projectInput()['unifications'] as Record<string, unknown>),
          effect: {
            indicators: [
              { code: 'HANDOVER_RATE', name: '问题交办率(%)', target: 95 },
              { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 90 },
              { code: 'TRAINED', name: '年度职业技能培训(万人次)', target: 20 },
            ],
          },
        },
      }),
    });
    projectId = published.projectId;
    const assignmentId = published.assignments[0]?.id as string;
    await countyClient.ok(ACKNOWLEDGE, { id: assignmentId });
    const activity = await countyClient.ok<{ recordActivity: { id: string } }>(RECORD_ACTIVITY, {
      assignmentId,
      input: {
        method: 'COVERT_VISIT',
        startsAt: '2023-05-10T13:00:00.000Z',
        endsAt: '2023-05-10T15:00:00.000Z',
        location: COVERT_PLACE,
        summary: `按“四不两直”暗访,${COVERT_ACCOUNT}`,
        participants: { members: 2, deputies: 1, experts: 0, staff: 1 },
        covert: true,
      },
    });
    const { submitFindings } = await countyClient.ok<{
      submitFindings: Array<{ id: string; title: string }>;
    }>(SUBMIT, {
      assignmentId,
      findings: [
        findingInput({ title: '就业补贴发放不及时', method: 'SPECIAL_REPORT' }),
        findingInput({
          title: '夜市占道经营',
          description: COVERT_ACCOUNT,
          location: COVERT_PLACE,
          activityId: activity.recordActivity.id,
        }),
      ],
    });
    [overt, covert] = submitFindings as [{ id: string; title: string }, { id: string; title: string }];
    await city.ok(REVIEW, { ids: [overt.id, covert.id], accept: true });
    const market = await departmentId(countyClient, county, 'market');
    handoffId = (await handOver(countyClient, [overt.id, covert.id], market, addDays(new Date(), 30))).id;
    department = await platform.as(`${county}-market`);
    await department.ok(SIGN, { id: handoffId });
  });
  afterAll(() => platform.close());

  it('lets the department attach photos per finding to its final report, seen with the handoff up the tree', async () => {
    const overtPhoto = await upload(department, '补贴发放台账.png');
    const covertPhoto = await upload(department, '夜市整治后.png');
    const { reportRectification } = await department.ok<{ reportRectification: { status: string } }>(REPORT, {
      handoffId,
      input: {
        measures: '补贴已全部发放到位;夜市已划定经营区域',
        percentDone: 100,
        final: true,
        evidence: [
          { sha256: overtPhoto, findingId: overt.id },
          { sha256: covertPhoto, findingId: covert.id },
        ],
      },
    });
    expect(reportRectification.status).toBe('REPLIED');
    const { handoff } = await city.ok<{
      handoff: {
        reports: Array<{ final: boolean; evidence: Array<{ findingId: string; file: { url: string } }> }>;
      };
    }>(LETTERS, { id: handoffId });
    const evidence = handoff.reports.flatMap((report) => report.evidence);
    expect(evidence.map((item) => item.findingId).sort()).toEqual([overt.id, covert.id].sort());
    for (const item of evidence) {
      const response = await fetch(`${platform.url}${item.file.url}`, { headers: city.authorization() });
      await response.arrayBuffer();
      expect(response.status).toBe(200);
    }
  });

  it('lets the county verify on site finding by finding: a failed one goes back, the handoff closes when all pass', async () => {
    const verifiers = [
      { name: '张卫东', deputy: false },
      { name: '刘秀梅', deputy: true },
    ];
    const first = await countyClient.ok<{
      verifyHandoffFindings: { status: string; findings: Array<{ id: string; status: string }> };
    }>(VERIFY, {
      handoffId,
      input: {
        method: 'ON_SITE',
        verifiers,
        results: [
          { findingId: overt.id, result: 'PASSED' },
          { findingId: covert.id, result: 'FAILED', opinion: '夜市油烟仍直排,未安装净化设施' },
        ],
      },
    });
    expect(first.verifyHandoffFindings.status).toBe('RECTIFYING');

    // The county presses for the remaining finding with a 督办函 before the unit reports again.
    const { escalateHandoff } = await countyClient.ok<{
      escalateHandoff: { escalations: Array<{ id: string; level: number }> };
    }>(ESCALATE, { handoffId, reason: '核查未通过,须限期整改到位' });
    const step = escalateHandoff.escalations[escalateHandoff.escalations.length - 1] as { id: string };
    await countyClient.ok(LETTER, { handoffId, kind: 'PRESSING', escalationId: step.id });

    await department.ok(REPORT, {
      handoffId,
      input: {
        measures: '已安装油烟净化设施',
        percentDone: 100,
        final: true,
        evidence: [{ sha256: await upload(department, '油烟净化设施.png'), findingId: covert.id }],
      },
    });
    const second = await countyClient.ok<{
      verifyHandoffFindings: { status: string; findings: Array<{ id: string; status: string }> };
    }>(VERIFY, {
      handoffId,
      input: {
        method: 'ON_SITE',
        verifiers,
        results: [{ findingId: covert.id, result: 'PASSED' }],
        opinion: '经张卫东、刘秀梅实地核查,油烟净化设施运行正常,整改到位',
      },
    });
    expect(second.verifyHandoffFindings.status).toBe('CLOSED');
    expect(second.verifyHandoffFindings.findings.map((finding) => finding.status)).toEqual([
      'CLOSED',
      'CLOSED',
    ]);
  });

  it('lets the city download the 督办函 and the project report and read the indicators target against actual', async () => {
    const { handoff } = await city.ok<{
      handoff: { letterNo: string; letters: Array<{ kind: string; number: string; downloadUrl: string }> };
    }>(LETTERS, { id: handoffId });
    const pressing = handoff.letters.find((letter) => letter.kind === 'PRESSING_LETTER');
    expect(pressing).toBeDefined();
    const letterText = await textOf(city, pressing?.downloadUrl as string);
    expect(letterText).toContain('督办函');
    expect(letterText).toContain(handoff.letterNo);
    expect(letterText).toContain('核查未通过,须限期整改到位');

    const { generateProjectReport: report } = await city.ok<{
      generateProjectReport: { kind: string; downloadUrl: string };
    }>(PROJECT_REPORT, { projectId });
    expect(report.kind).toBe('PROJECT_REPORT');
    const reportText = await textOf(city, report.downloadUrl);
    expect(reportText).toContain('共发现问题 2 个');
    expect(reportText).toContain('C2 政务服务事项是否一网通办');
    // Target against actual, as the city reads it below: the report and the API agree.
    expect(reportText).toMatch(/RECTIFY_RATE\s+问题整改完成率\(%\)\s+90\s+100/);
    expect(reportText).toMatch(/TRAINED\s+年度职业技能培训\(万人次\)\s+20\s+—/);
    expect(reportText).not.toContain(COVERT_PLACE);

    const { projectIndicators } = await city.ok<{ projectIndicators: Standing[] }>(STANDINGS, { projectId });
    const byCode = Object.fromEntries(projectIndicators.map((standing) => [standing.code, standing]));
    // Both findings handed over and closed: computed, never typed.
    expect(byCode['HANDOVER_RATE']).toMatchObject({ computed: true, target: 95, actual: 100, met: true });
    expect(byCode['RECTIFY_RATE']).toMatchObject({ computed: true, target: 90, actual: 100, met: true });
    expect(byCode['TRAINED']).toMatchObject({ computed: false, target: 20, actual: null });
  });

  it('lets the city publish the closure with the covert source redacted; an anonymous visitor sees exactly that', async () => {
    const cityId = await tenantId(city, tree.city);
    const { proposeDisclosure: closure } = await city.ok<{
      proposeDisclosure: { id: string; status: string; body: string; title: string };
    }>(PROPOSE, { input: { subjectKind: 'CLOSURE', subjectId: handoffId, channel: 'WEBSITE' } });
    expect(closure.body).toContain('整改到位');
    // The covert source and the verifiers' names (personal data) are redacted before anyone approves.
    for (const secret of [COVERT_PLACE, '东大街', '群众线索', '张卫东', '刘秀梅']) {
      expect(closure.body).not.toContain(secret);
      expect(closure.title).not.toContain(secret);
    }
    expect(closure.body).toContain(overt.title);
    // A second proposal, on WeChat, waits for approval: it must not show.
    await city.ok(PROPOSE, { input: { subjectKind: 'CLOSURE', subjectId: handoffId, channel: 'WECHAT' } });

    const office = await platform.as(`${tree.city}-tongchou`);
    await office.ok(APPROVE, { id: closure.id });
    const url = `https://rd.example.gov.cn/gk/${closure.id}.html`;
    await office.ok(PUBLISH, { id: closure.id, input: { url, publishedOn: shanghaiDay(new Date()) } });

    const graphql = await anonymous('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PUBLIC, variables: { tenantId: cityId } }),
    });
    expect(graphql.status).toBe(200);
    const { items } = (graphql.body as { data: { publicDisclosures: { items: PublicItem[] } } }).data
      .publicDisclosures;
    expect(items.map((item) => [item.id, item.channel, item.url])).toEqual([[closure.id, 'WEBSITE', url]]);
    expect(JSON.stringify(items)).not.toContain(COVERT_PLACE);

    const json = await anonymous(`/public/disclosures?tenantId=${cityId}`);
    expect(json.status).toBe(200);
    expect(JSON.stringify(json.body)).toContain(closure.id);
    expect(JSON.stringify(json.body)).not.toContain(COVERT_PLACE);
    // Nothing else without signing in: the handoff itself is not public.
    const handoff = await anonymous('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LETTERS, variables: { id: handoffId } }),
    });
    expect(JSON.stringify(handoff.body)).not.toContain(COVERT_PLACE);
    expect((handoff.body as { data?: { handoff?: unknown } }).data?.handoff ?? null).toBeNull();
  });
});
