import { Workbook } from 'exceljs';
import { GraphqlClient } from '@liandong/testing';
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
} from '@liandong/testing-system';

const HEADERS = [
  '问题标题',
  '问题描述',
  '监督方式',
  '检查要点编码',
  '问题类别',
  '严重程度(一般/较重/严重)',
  '地点',
  '责任单位编码',
];
const FINDINGS = `query ($filter: FindingFilter) {
  findings(filter: $filter, first: 100) { edges { node { id title status recurrence } } } }`;

interface Stored {
  id: string;
  title: string;
  status: string;
  recurrence: boolean;
}

/** The problem closed last year for the county's market regulator, and its relapses this year. */
const CLOSED_PROBLEM = {
  title: '执法人员检查时未出示执法证件',
  description: '暗访中发现,县市场监管局执法人员到商户检查时未主动出示执法证,也未告知当事人权利。',
  checklistCode: 'C3',
  location: '城关镇农贸市场',
};
const RELAPSE = {
  title: '农贸市场执法检查仍不亮证',
  description:
    '今年回访发现,市场监管执法人员到商户检查时依旧不出示执法证、不告知当事人权利,去年整改后问题反弹。',
  checklistCode: 'C3',
  location: '城关镇农贸市场',
};
const UNRELATED = {
  title: '双随机抽查结果未按规定公示',
  description: '县市场监管局年度抽查结果未在门户网站公示,企业无法查询。',
  checklistCode: 'C1',
  location: '县市场监管局',
};

/** The import template with the given findings, each for the caller's own department `market`. */
async function template(rows: Array<typeof RELAPSE>): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('问题导入');
  sheet.addRow(HEADERS);
  for (const row of rows) {
    sheet.addRow([
      row.title,
      row.description,
      '暗访',
      row.checklistCode,
      '营商环境',
      '一般',
      row.location,
      'market',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the Excel import reports findings the way submitFindings does', () => {
  let platform: Platform;
  let city: GraphqlClient;
  let county: string;
  let countyClient: GraphqlClient;
  let market: string;

  /** A project the city publishes to the county, acknowledged by it; the county's assignment id. */
  async function countyAssignment(): Promise<{ projectId: string; assignmentId: string }> {
    const published = await publishedProject(city, [county]);
    const assignmentId = published.assignments.find((a) => a.tenant.code === county)?.id as string;
    await countyClient.ok(ACKNOWLEDGE, { id: assignmentId });
    return { projectId: published.projectId, assignmentId };
  }

  async function importFindings(
    assignmentId: string,
    content: Buffer,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), 'findings.xlsx');
    const response = await fetch(`${platform.url}/imports/findings?assignmentId=${assignmentId}`, {
      method: 'POST',
      headers: countyClient.authorization(),
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function findingsOf(projectId: string): Promise<Map<string, Stored>> {
    const data = await countyClient.ok<{ findings: { edges: Array<{ node: Stored }> } }>(FINDINGS, {
      filter: { projectId },
    });
    return new Map(data.findings.edges.map((edge) => [edge.node.title, edge.node]));
  }

  beforeAll(async () => {
    platform = await startPlatform();
    const tree = await createTenantTree(platform.dataSource, 1, 1);
    county = tree.counties[0] as string;
    city = await platform.as(tree.city);
    countyClient = await platform.as(county);
    market = await departmentId(countyClient, county, 'market');

    // Last year's project: the problem handed over to the market regulator, rectified and closed (销号).
    const earlier = await countyAssignment();
    const submitted = await countyClient.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId: earlier.assignmentId,
      findings: [findingInput({ ...CLOSED_PROBLEM, departmentId: market })],
    });
    const closedId = submitted.submitFindings[0]?.id as string;
    await city.ok(REVIEW, { ids: [closedId], accept: true });
    const handed = await countyClient.ok<{ handOffFindings: { id: string } }>(HAND_OFF, {
      input: {
        findingIds: [closedId],
        departmentId: market,
        deadline: addDays(new Date(), 30).toISOString(),
      },
    });
    const handoffId = handed.handOffFindings.id;
    const department = await platform.as(`${county}-market`);
    await department.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id: handoffId });
    await department.ok(
      'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { status } }',
      {
        id: handoffId,
        input: { measures: '开展执法规范化培训,执法全程亮证并记录', percentDone: 100, final: true },
      },
    );
    await countyClient.ok('mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true) { status } }', {
      id: handoffId,
    });
  });
  afterAll(() => platform.close());

  it('flags an imported finding that repeats a closed problem as a recurrence, as a submitted one is', async () => {
    const submittedIn = await countyAssignment();
    await countyClient.ok(SUBMIT, {
      assignmentId: submittedIn.assignmentId,
      findings: [RELAPSE, UNRELATED].map((problem) => findingInput({ ...problem, departmentId: market })),
    });
    const submitted = await findingsOf(submittedIn.projectId);

    const importedIn = await countyAssignment();
    const { status, body } = await importFindings(
      importedIn.assignmentId,
      await template([RELAPSE, UNRELATED]),
    );
    expect(status).toBe(201);
    expect(body['imported']).toBe(2);
    const imported = await findingsOf(importedIn.projectId);

    const flags = (stored: Map<string, Stored>) => ({
      relapse: stored.get(RELAPSE.title)?.recurrence,
      unrelated: stored.get(UNRELATED.title)?.recurrence,
      statuses: [...stored.values()].map((finding) => finding.status),
    });
    const expected = { relapse: true, unrelated: false, statuses: ['REPORTED', 'REPORTED'] };
    expect({ submitted: flags(submitted), imported: flags(imported) }).toEqual({
      submitted: expected,
      imported: expected,
    });
  });
});
