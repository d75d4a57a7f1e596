import { extractRawText } from 'mammoth';
import { GraphqlClient } from '@liandong/testing';
import { formatShanghai } from '@liandong/time';
import { addDays } from './dates';
import {
  ACKNOWLEDGE,
  createAccount,
  createTenantTree,
  departmentId,
  fieldsOf,
  findingInput,
  HAND_OFF,
  HIDDEN,
  Platform,
  projectInput,
  publishedProject,
  refused,
  REVIEW,
  startPlatform,
  SUBMIT,
  TenantTree,
  unknownId,
} from '@liandong/testing-system';

const DOCUMENT_FIELDS =
  'id kind number version generatedAt downloadUrl escalationId file { sha256 name mime size url }';
const GENERATE_LETTER = `mutation ($handoffId: ID!, $kind: LetterKind!, $escalationId: ID) {
  generateHandoffLetter(handoffId: $handoffId, kind: $kind, escalationId: $escalationId) { ${DOCUMENT_FIELDS} } }`;
const GENERATE_REPORT = `mutation ($projectId: ID!, $scopeTenantId: ID) {
  generateProjectReport(projectId: $projectId, scopeTenantId: $scopeTenantId) { ${DOCUMENT_FIELDS} } }`;
const LETTERS = `query ($id: ID!) { handoff(id: $id) { id letters { ${DOCUMENT_FIELDS} } } }`;
const ESCALATE = `mutation ($handoffId: ID!, $reason: String!) { escalateHandoff(handoffId: $handoffId, reason: $reason) {
  id escalationLevel escalations { id level name reason } } }`;
const REPORTS = `query ($id: ID!) { jointProject(id: $id) { id resultReports { ${DOCUMENT_FIELDS}
  deliveries { id recipient recipientKind deliveredOn feedback feedbackReceivedOn } } } }`;
const DELIVER = `mutation ($documentId: ID!, $input: ReportDeliveryInput!) {
  recordReportDelivery(documentId: $documentId, input: $input) { id recipient recipientKind deliveredOn feedback } }`;
const FEEDBACK = `mutation ($deliveryId: ID!, $feedback: String!, $receivedOn: String!) {
  recordReportFeedback(deliveryId: $deliveryId, feedback: $feedback, receivedOn: $receivedOn) {
    id feedback feedbackReceivedOn } }`;

interface DocumentView {
  id: string;
  kind: string;
  number: string;
  version: number;
  downloadUrl: string;
  escalationId: string | null;
  file: { sha256: string; name: string; mime: string; size: number; url: string };
}

interface HandoffView {
  id: string;
  letterNo: string;
  deadline: string;
}

/**
 * Letters (交办函, 督办函) and the joint project's result report as .docx documents: written by the tier that
 * may, stored by their SHA-256, read back with mammoth, and downloadable by exactly whoever sees the handoff or
 * the project.
 */
describe('generated documents', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county1: GraphqlClient;
  let county2: GraphqlClient;
  let township11: GraphqlClient;
  let c1: string;
  let c2: string;
  let t11: string;
  let projectId: string;
  let assignments: Array<{ id: string; tenant: { id: string; code: string } }>;
  /** The city's handoff of two township findings to the city's market regulator. */
  let handoff: HandoffView;
  let findings: Array<{ id: string; title: string }>;

  const assignmentOf = (code: string): string =>
    (assignments.find((assignment) => assignment.tenant.code === code) as { id: string }).id;

  async function download(client: GraphqlClient, url: string): Promise<Response> {
    return fetch(`${platform.url}${url}`, { headers: client.authorization() });
  }

  async function textOf(client: GraphqlClient, url: string): Promise<string> {
    const response = await download(client, url);
    expect(response.status).toBe(200);
    const buffer = Buffer.from(await response.arrayBuffer());
    return (await extractRawText({ buffer })).value;
  }

  async function reported(code: string, n: number, overrides: Record<string, unknown> = {}) {
    const client = await platform.as(code);
    const { submitFindings } = await client.ok<{ submitFindings: Array<{ id: string; title: string }> }>(
      SUBMIT,
      {
        assignmentId: assignmentOf(code),
        findings: Array.from({ length: n }, () => findingInput(overrides)),
      },
    );
    return submitFindings;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 1);
    [c1, c2] = tree.counties as [string, string];
    [t11] = tree.townships[c1] as [string];
    city = await platform.as(tree.city);
    county1 = await platform.as(c1);
    county2 = await platform.as(c2);
    township11 = await platform.as(t11);
    ({ projectId, assignments } = await publishedProject(city, [tree.city], {
      includeDescendants: true,
      input: projectInput({ title: `文书测试项目 ${tree.city}` }),
    }));
    for (const code of [tree.city, c1, c2, t11]) {
      await (await platform.as(code)).ok(ACKNOWLEDGE, { id: assignmentOf(code) });
    }
    findings = [
      ...(await reported(t11, 1, { checklistCode: 'C1', location: '城关镇便民服务中心' })),
      ...(await reported(t11, 1, { checklistCode: 'C3', location: '城关镇执法中队' })),
    ];
    await county1.ok(REVIEW, { ids: findings.map((finding) => finding.id), accept: true });
    const market = await departmentId(city, tree.city, 'market');
    const { handOffFindings } = await city.ok<{ handOffFindings: HandoffView }>(HAND_OFF, {
      input: {
        findingIds: findings.map((finding) => finding.id),
        departmentId: market,
        deadline: addDays(new Date(), 30).toISOString(),
      },
    });
    handoff = handOffFindings;
  });
  afterAll(() => platform.close());

  describe('交办函', () => {
    let letter: DocumentView;

    beforeAll(async () => {
      letter = (
        await city.ok<{ generateHandoffLetter: DocumentView }>(GENERATE_LETTER, {
          handoffId: handoff.id,
          kind: 'HANDOFF',
        })
      ).generateHandoffLetter;
    });

    it('is a stored .docx naming the number, the issuer, the unit, the findings and the Beijing deadline', async () => {
      expect(letter).toMatchObject({ kind: 'HANDOFF_LETTER', number: handoff.letterNo, version: 1 });
      expect(letter.file.mime).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(letter.file.name).toMatch(/\.docx$/);
      expect(letter.downloadUrl).toBe(`/files/${letter.file.sha256}`);
      const text = await textOf(city, letter.downloadUrl);
      expect(text).toContain('交办函');
      expect(text).toContain(handoff.letterNo);
      expect(text).toContain(`测试市${tree.city}人大常委会`);
      expect(text).toContain('市场监督管理局');
      for (const finding of findings) {
        expect(text).toContain(finding.title);
      }
      expect(text).toContain('城关镇便民服务中心');
      expect(text).toContain('C1 涉企收费是否规范');
      expect(text).toContain('C3 行政执法是否规范');
      expect(text).toContain(formatShanghai(new Date(handoff.deadline), 'YYYY年M月D日'));
      const rows: Array<{ sha256: string; size: string }> = await platform.dataSource.query(
        'SELECT sha256, size FROM evidence_file WHERE sha256 = $1',
        [letter.file.sha256],
      );
      expect(rows).toEqual([{ sha256: letter.file.sha256, size: String(letter.file.size) }]);
    });

    it('is read by the handing-over tier and the unit it is addressed to, who list it on the handoff and download it', async () => {
      const department = await platform.as(`${tree.city}-market`);
      for (const client of [city, department]) {
        const { handoff: seen } = await client.ok<{ handoff: { letters: DocumentView[] } }>(LETTERS, {
          id: handoff.id,
        });
        expect(seen.letters.map((document) => document.id)).toContain(letter.id);
        expect((await download(client, letter.downloadUrl)).status).toBe(200);
      }
    });

    it('is not read by the township (nor its county) that follows the handoff for its finding: it names every tier’s findings', async () => {
      for (const client of [township11, county1]) {
        const { handoff: seen } = await client.ok<{ handoff: { letters: DocumentView[] } }>(LETTERS, {
          id: handoff.id,
        });
        expect(seen.letters).toEqual([]);
        expect((await download(client, letter.downloadUrl)).status).toBe(404);
      }
      const otherUnit = await platform.as(`${tree.city}-gov`);
      expect((await download(otherUnit, letter.downloadUrl)).status).toBe(404);
    });

    it('another tenant can neither generate, list nor download it', async () => {
      await refused(county2, GENERATE_LETTER, { handoffId: handoff.id, kind: 'HANDOFF' }, HIDDEN);
      await refused(county2, LETTERS, { id: handoff.id }, HIDDEN);
      expect((await download(county2, letter.downloadUrl)).status).toBe(404);
      const stranger = await platform.as(tree.townships[c2]?.[0] as string);
      expect((await download(stranger, letter.downloadUrl)).status).toBe(404);
    });

    it('a township (or county) that sees the city’s handoff cannot generate its letter; nor can a department', async () => {
      const error = await refused(
        township11,
        GENERATE_LETTER,
        { handoffId: handoff.id, kind: 'HANDOFF' },
        'FORBIDDEN',
      );
      expect(error.extensions?.['reason']).toBe('ONLY_HANDING_TIER_WRITES_LETTERS');
      await refused(county1, GENERATE_LETTER, { handoffId: handoff.id, kind: 'HANDOFF' }, 'FORBIDDEN');
      const department = await platform.as(`${tree.city}-market`);
      await refused(department, GENERATE_LETTER, { handoffId: handoff.id, kind: 'HANDOFF' }, 'FORBIDDEN');
      const viewer = await platform.as(await createAccount(platform.dataSource, tree.city, 'VIEWER'));
      await refused(viewer, GENERATE_LETTER, { handoffId: handoff.id, kind: 'HANDOFF' }, 'FORBIDDEN');
    });

    it('regenerating adds a version and keeps every earlier one', async () => {
      const again = (
        await city.ok<{ generateHandoffLetter: DocumentView }>(GENERATE_LETTER, {
          handoffId: handoff.id,
          kind: 'HANDOFF',
        })
      ).generateHandoffLetter;
      expect(again.version).toBe(letter.version + 1);
      const { handoff: seen } = await city.ok<{ handoff: { letters: DocumentView[] } }>(LETTERS, {
        id: handoff.id,
      });
      const ids = seen.letters.map((document) => document.id);
      expect(ids).toEqual(expect.arrayContaining([letter.id, again.id]));
      expect(ids.indexOf(again.id)).toBeLessThan(ids.indexOf(letter.id));
    });
  });

  describe('督办函', () => {
    it('names the escalation level and reason of the escalation it presses for', async () => {
      const { escalateHandoff } = await city.ok<{
        escalateHandoff: { escalations: Array<{ id: string; level: number; name: string }> };
      }>(ESCALATE, { handoffId: handoff.id, reason: '群众反映强烈,须加快整改进度' });
      const step = escalateHandoff.escalations[escalateHandoff.escalations.length - 1] as {
        id: string;
        level: number;
        name: string;
      };
      const { generateHandoffLetter: letter } = await city.ok<{ generateHandoffLetter: DocumentView }>(
        GENERATE_LETTER,
        { handoffId: handoff.id, kind: 'PRESSING', escalationId: step.id },
      );
      expect(letter).toMatchObject({ kind: 'PRESSING_LETTER', escalationId: step.id, version: 1 });
      expect(letter.number).toBe(`${handoff.letterNo}-督${step.level}`);
      const text = await textOf(city, letter.downloadUrl);
      expect(text).toContain('督办函');
      expect(text).toContain(handoff.letterNo);
      expect(text).toContain(`第${step.level}级`);
      expect(text).toContain(step.name);
      expect(text).toContain('群众反映强烈,须加快整改进度');
      expect(text).toContain(findings[0]?.title);
      const department = await platform.as(`${tree.city}-market`);
      expect((await download(department, letter.downloadUrl)).status).toBe(200);
      expect((await download(township11, letter.downloadUrl)).status).toBe(404);
    });

    it('names its bad input: no escalation, an escalation of another handoff, an escalation on a 交办函, a bad id', async () => {
      let error = await refused(
        city,
        GENERATE_LETTER,
        { handoffId: handoff.id, kind: 'PRESSING' },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toEqual(['escalationId']);
      error = await refused(
        city,
        GENERATE_LETTER,
        { handoffId: handoff.id, kind: 'PRESSING', escalationId: unknownId() },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toEqual(['escalationId']);
      const { handoff: seen } = await city.ok<{ handoff: { letters: DocumentView[] } }>(LETTERS, {
        id: handoff.id,
      });
      const pressing = seen.letters.find((document) => document.escalationId !== null) as DocumentView;
      error = await refused(
        city,
        GENERATE_LETTER,
        { handoffId: handoff.id, kind: 'HANDOFF', escalationId: pressing.escalationId },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toEqual(['escalationId']);
      error = await refused(city, GENERATE_LETTER, { handoffId: 'nope', kind: 'HANDOFF' }, 'BAD_USER_INPUT');
      expect(fieldsOf(error)).toEqual(['handoffId']);
      await refused(city, GENERATE_LETTER, { handoffId: unknownId(), kind: 'HANDOFF' }, 'NOT_FOUND');
    });
  });

  describe('the project result report', () => {
    let report: DocumentView;

    beforeAll(async () => {
      await reported(c2, 1, { checklistCode: 'C2' });
      report = (await city.ok<{ generateProjectReport: DocumentView }>(GENERATE_REPORT, { projectId }))
        .generateProjectReport;
    });

    it('covers objectives, the five unifications, findings by checklist point and by tier, rectification and indicators', async () => {
      expect(report).toMatchObject({ kind: 'PROJECT_REPORT', version: 1 });
      const text = await textOf(city, report.downloadUrl);
      expect(text).toContain('联动监督成果报告');
      expect(text).toContain(`文书测试项目 ${tree.city}`);
      expect(text).toContain('聚焦涉企服务、政务公开和执法规范');
      expect(text).toContain('市人大常委会财经工委');
      expect(text).toContain('《优化营商环境条例》');
      expect(text).toMatch(/C1 涉企收费是否规范\s*1/);
      expect(text).toMatch(/C2 政务服务事项是否一网通办\s*1/);
      expect(text).toMatch(/测试镇1-1\s*乡级\s*2/);
      expect(text).toMatch(/测试县2\s*县级\s*1/);
      expect(text).toContain('共发现问题 3 个');
      expect(text).toMatch(/已交办\s*1/);
      expect(text).toMatch(/I1\s*问题整改完成率\s*90\s*—/);
    });

    it('over a county’s node counts only that county’s subtree, read by the county and the city above; the county cannot report on a sibling', async () => {
      const { generateProjectReport } = await county1.ok<{ generateProjectReport: DocumentView }>(
        GENERATE_REPORT,
        {
          projectId,
        },
      );
      const text = await textOf(county1, generateProjectReport.downloadUrl);
      expect(text).toContain('测试县1人大常委会');
      expect(text).toContain('共发现问题 2 个');
      expect(text).not.toContain('测试县2');
      const reportsOf = async (client: GraphqlClient) =>
        (
          await client.ok<{ jointProject: { resultReports: DocumentView[] } }>(REPORTS, { id: projectId })
        ).jointProject.resultReports.map((document) => document.id);
      expect(await reportsOf(city)).toContain(generateProjectReport.id);
      expect(await reportsOf(county2)).not.toContain(generateProjectReport.id);
      expect(await reportsOf(county1)).not.toContain(report.id);
      expect((await download(county2, generateProjectReport.downloadUrl)).status).toBe(404);
      expect((await download(township11, generateProjectReport.downloadUrl)).status).toBe(404);
      expect((await download(city, generateProjectReport.downloadUrl)).status).toBe(200);
      const sibling = assignments.find((assignment) => assignment.tenant.code === c2)?.tenant.id;
      await refused(county1, GENERATE_REPORT, { projectId, scopeTenantId: sibling }, HIDDEN);
      await refused(county1, GENERATE_REPORT, { projectId: unknownId() }, HIDDEN);
      const stranger = await createTenantTree(platform.dataSource, 1, 0);
      const outsider = await platform.as(stranger.city);
      await refused(outsider, GENERATE_REPORT, { projectId }, HIDDEN);
      expect((await download(outsider, report.downloadUrl)).status).toBe(404);
    });

    it('is listed on the project; deliveries and their feedback are recorded by the author tier, once', async () => {
      const { recordReportDelivery: delivery } = await city.ok<{
        recordReportDelivery: { id: string; recipientKind: string };
      }>(DELIVER, {
        documentId: report.id,
        input: { recipient: '中共测试市委', recipientKind: 'PARTY_COMMITTEE', deliveredOn: today() },
      });
      await refused(
        county1,
        DELIVER,
        {
          documentId: report.id,
          input: { recipient: '县委', recipientKind: 'PARTY_COMMITTEE', deliveredOn: today() },
        },
        HIDDEN,
      );
      const { recordReportFeedback } = await city.ok<{
        recordReportFeedback: { feedback: string; feedbackReceivedOn: string };
      }>(FEEDBACK, {
        deliveryId: delivery.id,
        feedback: '市委主要领导批示:成效明显,持续跟踪',
        receivedOn: today(),
      });
      expect(recordReportFeedback).toEqual({
        id: delivery.id,
        feedback: '市委主要领导批示:成效明显,持续跟踪',
        feedbackReceivedOn: today(),
      });
      await refused(
        city,
        FEEDBACK,
        { deliveryId: delivery.id, feedback: '再次反馈', receivedOn: today() },
        'CONFLICT',
      );
      await refused(county2, FEEDBACK, { deliveryId: delivery.id, feedback: '越权', receivedOn: today() }, [
        ...HIDDEN,
      ]);
      const { jointProject } = await city.ok<{
        jointProject: { resultReports: Array<DocumentView & { deliveries: unknown[] }> };
      }>(REPORTS, { id: projectId });
      const listed = jointProject.resultReports.find((document) => document.id === report.id);
      expect(listed?.deliveries).toEqual([
        {
          id: delivery.id,
          recipient: '中共测试市委',
          recipientKind: 'PARTY_COMMITTEE',
          deliveredOn: today(),
          feedback: '市委主要领导批示:成效明显,持续跟踪',
          feedbackReceivedOn: today(),
        },
      ]);
    });

    it('names bad delivery and feedback input', async () => {
      let error = await refused(
        city,
        DELIVER,
        {
          documentId: report.id,
          input: { recipient: ' ', recipientKind: 'DEPUTIES', deliveredOn: '2026-02-30' },
        },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error).sort()).toEqual(['input.deliveredOn', 'input.recipient']);
      error = await refused(
        city,
        DELIVER,
        {
          documentId: report.id,
          input: { recipient: '市人大代表', recipientKind: 'DEPUTIES', deliveredOn: '2000-01-01' },
        },
        'BAD_USER_INPUT',
      );
      expect(error.extensions?.['fields']).toEqual([
        expect.objectContaining({ field: 'input.deliveredOn', reason: 'DELIVERED_BEFORE_GENERATED' }),
      ]);
      const { handoff: seen } = await city.ok<{ handoff: { letters: DocumentView[] } }>(LETTERS, {
        id: handoff.id,
      });
      error = await refused(
        city,
        DELIVER,
        {
          documentId: seen.letters[0]?.id,
          input: { recipient: '市政府', recipientKind: 'GOVERNMENT', deliveredOn: today() },
        },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toEqual(['documentId']);
      const { recordReportDelivery } = await city.ok<{ recordReportDelivery: { id: string } }>(DELIVER, {
        documentId: report.id,
        input: { recipient: '市人大代表', recipientKind: 'DEPUTIES', deliveredOn: today() },
      });
      error = await refused(
        city,
        FEEDBACK,
        { deliveryId: recordReportDelivery.id, feedback: '', receivedOn: '2000-01-01' },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toEqual(['feedback']);
      error = await refused(
        city,
        FEEDBACK,
        { deliveryId: recordReportDelivery.id, feedback: '代表建议扩大走访范围', receivedOn: '2000-01-01' },
        'BAD_USER_INPUT',
      );
      expect(error.extensions?.['fields']).toEqual([
        expect.objectContaining({ field: 'receivedOn', reason: 'FEEDBACK_BEFORE_DELIVERY' }),
      ]);
    });
  });
});

function today(): string {
  return formatShanghai(new Date(), 'YYYY-MM-DD');
}
