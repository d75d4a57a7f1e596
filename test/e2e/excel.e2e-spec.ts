import { randomInt } from 'node:crypto';
import { Workbook } from 'exceljs';
import { GraphqlClient } from '@liandong/testing';
import { addDays } from './dates';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  HAND_OFF,
  Platform,
  publishedProject,
  REVIEW,
  startPlatform,
  TenantTree,
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
const LIST_HEADERS = [
  '序号',
  '问题标题',
  '问题描述',
  '报送机关',
  '监督方式',
  '检查要点',
  '问题类别',
  '严重程度',
  '地点',
  '责任单位',
  '状态',
  '交办函号',
  '整改时限',
  '报送时间',
];
const FINDINGS = `query ($filter: FindingFilter, $first: Int) {
  findings(filter: $filter, first: $first) {
    totalCount edges { node { id title severity checklistCode location status method { code } tenant { code } department { code } } } } }`;

type Node = {
  id: string;
  title: string;
  severity: string;
  checklistCode: string | null;
  location: string | null;
  status: string;
  method: { code: string };
  tenant: { code: string };
  department: { code: string } | null;
};
type Assignment = { id: string; tenant: { code: string } };
type Row = Array<string | number | null>;

/** A row of the template, in template column order. */
function findingRow(overrides: Partial<Record<(typeof HEADERS)[number], string>> = {}): Row {
  const values: Record<string, string> = {
    问题标题: `窗口办事排队时间过长 ${randomInt(1e9)}`,
    问题描述: '政务服务大厅午间无人值守,群众反映办事需往返多次',
    监督方式: '暗访',
    检查要点编码: 'C2',
    问题类别: '服务质效',
    '严重程度(一般/较重/严重)': '一般',
    地点: '政务服务中心',
    责任单位编码: '',
    ...overrides,
  };
  return HEADERS.map((header) => values[header] ?? '');
}

async function xlsx(rows: Row[], headers: string[] = HEADERS, sheetName = '问题导入'): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers);
  for (const row of rows) {
    sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readWorkbook(body: ArrayBuffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(body);
  return workbook;
}

type Cell = string | number | Date | null;

/** The values of a sheet's non-empty rows (text, numbers, dates; empty cells as null). */
function sheetRows(workbook: Workbook, name: string): Cell[][] {
  const sheet = workbook.getWorksheet(name);
  const rows: Cell[][] = [];
  sheet?.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(
      Array.from({ length: values.length - 1 }, (_, i) => {
        const value = values[i + 1];
        return typeof value === 'string' || typeof value === 'number' || value instanceof Date ? value : null;
      }),
    );
  });
  return rows;
}

describe('Excel: findings template, import and the problem list', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: string;
  let otherCounty: string;
  let township: string;
  let sibling: string;
  let farTownship: string;
  let projectId: string;
  let assignments: Assignment[];
  const tokens = new Map<string, string>();
  const assignmentOf = (code: string) => (assignments.find((a) => a.tenant.code === code) as Assignment).id;

  /** A bearer token from the login mutation, over plain HTTP. */
  async function token(username: string): Promise<string> {
    const known = tokens.get(username);
    if (known) {
      return known;
    }
    const response = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
        variables: { u: username, p: 'liandong-demo' },
      }),
    });
    const body = (await response.json()) as { data: { login: { accessToken: string } } };
    tokens.set(username, body.data.login.accessToken);
    return body.data.login.accessToken;
  }

  async function get(path: string, username?: string): Promise<Response> {
    return fetch(`${platform.url}${path}`, {
      headers: username ? { authorization: `Bearer ${await token(username)}` } : {},
    });
  }

  async function upload(
    username: string | undefined,
    assignmentId: string,
    content: Buffer,
    name = 'findings.xlsx',
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), name);
    const response = await fetch(`${platform.url}/imports/findings?assignmentId=${assignmentId}`, {
      method: 'POST',
      headers: username ? { authorization: `Bearer ${await token(username)}` } : {},
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function findingsOf(client: GraphqlClient): Promise<Node[]> {
    const data = await client.ok<{ findings: { edges: Array<{ node: Node }> } }>(FINDINGS, {
      filter: { projectId },
      first: 500,
    });
    return data.findings.edges.map((edge) => edge.node);
  }

  async function problemList(username: string): Promise<Cell[][]> {
    const response = await get(`/exports/problem-list.xlsx?projectId=${projectId}`, username);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    return sheetRows(await readWorkbook(await response.arrayBuffer()), '问题清单');
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
    [county, otherCounty] = tree.counties as [string, string];
    [township, sibling] = tree.townships[county] as [string, string];
    [farTownship] = tree.townships[otherCounty] as [string];
    const city = await platform.as(tree.city);
    const published = await publishedProject(city, [county], { includeDescendants: true });
    projectId = published.projectId;
    assignments = published.assignments;
    for (const code of [county, township, sibling]) {
      await (await platform.as(code)).ok(ACKNOWLEDGE, { id: assignmentOf(code) });
    }
  });
  afterAll(() => platform.close());

  it('refuses every route without a token', async () => {
    expect((await get('/templates/findings.xlsx')).status).toBe(401);
    expect((await get(`/exports/problem-list.xlsx?projectId=${projectId}`)).status).toBe(401);
    const { status, body } = await upload(undefined, assignmentOf(township), await xlsx([findingRow()]));
    expect(status).toBe(401);
    expect(body['code']).toBe('UNAUTHENTICATED');
  });

  it('gives the template with the Chinese headers, a severity dropdown and a 说明 sheet', async () => {
    const response = await get('/templates/findings.xlsx', township);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const workbook = await readWorkbook(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['问题导入', '说明']);
    expect(sheetRows(workbook, '问题导入')).toEqual([HEADERS]);
    expect(workbook.getWorksheet('问题导入')?.getCell('F2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"一般,较重,严重"'],
    });
  });

  it('lists the assignment’s methods, checklist codes and departments on the 说明 sheet', async () => {
    const response = await get(`/templates/findings.xlsx?assignmentId=${assignmentOf(county)}`, county);
    expect(response.status).toBe(200);
    const guide = sheetRows(await readWorkbook(await response.arrayBuffer()), '说明');
    const pairs = guide.map((row) => `${String(row[0])}|${String(row[1] ?? '')}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        '暗访|COVERT_VISIT',
        '听取审议专项工作报告|SPECIAL_REPORT',
        'C1|涉企收费是否规范',
        'market|测试县1市场监督管理局',
        `${township}-gov|测试镇1-1人民政府`,
        '问题来源|选填:自身监督、审计报告、群众投诉或代表建议 / optional: the finding’s source',
      ]),
    );
    expect(pairs).not.toContain('视察|INSPECTION');
    // Someone else's assignment: refused as the import would be.
    expect(
      (await get(`/templates/findings.xlsx?assignmentId=${assignmentOf(township)}`, county)).status,
    ).toBe(403);
    expect(
      (await get(`/templates/findings.xlsx?assignmentId=${assignmentOf(county)}`, township)).status,
    ).toBe(404);
  });

  it('imports a filled-in template: Chinese values mapped, every row stored under the caller', async () => {
    const rows = [
      findingRow({ 责任单位编码: 'gov' }),
      findingRow({ 监督方式: 'SPECIAL_REPORT', '严重程度(一般/较重/严重)': '较重', 检查要点编码: '' }),
      findingRow({ 监督方式: '工作评议/履职评议', '严重程度(一般/较重/严重)': '严重', 地点: '' }),
    ];
    const { status, body } = await upload(township, assignmentOf(township), await xlsx(rows));
    expect(status).toBe(201);
    expect(body['imported']).toBe(3);
    expect(body['findingIds']).toHaveLength(3);

    const stored = await findingsOf(await platform.as(township));
    expect(stored.map((f) => f.id).sort()).toEqual([...(body['findingIds'] as string[])].sort());
    const byTitle = new Map(stored.map((f) => [f.title, f]));
    expect(byTitle.get(String(rows[0]?.[0]))).toMatchObject({
      method: { code: 'COVERT_VISIT' },
      severity: 'NORMAL',
      checklistCode: 'C2',
      status: 'REPORTED',
      tenant: { code: township },
      department: { code: 'gov' },
    });
    expect(byTitle.get(String(rows[1]?.[0]))).toMatchObject({
      method: { code: 'SPECIAL_REPORT' },
      severity: 'SERIOUS',
      checklistCode: null,
    });
    expect(byTitle.get(String(rows[2]?.[0]))).toMatchObject({
      method: { code: 'APPRAISAL' },
      severity: 'CRITICAL',
      location: null,
    });
  });

  it('imports department codes of the subtree written as <tenant code>-<code>', async () => {
    const rows = [
      findingRow({ 问题标题: `涉企检查频次过多 ${randomInt(1e9)}`, 责任单位编码: 'market' }),
      findingRow({ 问题标题: `镇政府公开栏未更新 ${randomInt(1e9)}`, 责任单位编码: `${township}-gov` }),
    ];
    const { status, body } = await upload(county, assignmentOf(county), await xlsx(rows));
    expect(status).toBe(201);
    expect(body['imported']).toBe(2);
  });

  it('refuses a bad import naming every bad row and Chinese column, and stores nothing', async () => {
    const before = (await findingsOf(await platform.as(sibling))).length;
    const rows = [
      findingRow(),
      findingRow({ 监督方式: '飞行检查' }),
      findingRow({ 问题标题: '' }),
      findingRow({ 责任单位编码: 'nowhere' }),
      findingRow({ 责任单位编码: `${county}-market` }),
      [],
      findingRow({ '严重程度(一般/较重/严重)': '特别严重', 检查要点编码: 'C9' }),
    ];
    const { status, body } = await upload(sibling, assignmentOf(sibling), await xlsx(rows));
    expect(status).toBe(400);
    expect(body['code']).toBe('BAD_USER_INPUT');
    expect(String(body['message'])).toContain('未导入任何问题');
    const problems = body['rows'] as Array<{ row: number; column: string; cell: string; message: string }>;
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, '监督方式'],
      [4, '问题标题'],
      [5, '责任单位编码'],
      [6, '责任单位编码'],
      [8, '检查要点编码'],
      [8, '严重程度(一般/较重/严重)'],
    ]);
    expect(problems[0]).toMatchObject({ cell: 'C3', message: expect.stringContaining('飞行检查') });
    expect(problems.every((p) => /[\p{Script=Han}]/u.test(p.message))).toBe(true);
    expect(await findingsOf(await platform.as(sibling))).toHaveLength(before);
  });

  /** Why the upload was refused: the reason of its one field problem, the file. */
  function fileReason(body: Record<string, unknown>): string | undefined {
    const [problem] = body['fields'] as Array<{ field: string; reason: string }>;
    expect(problem?.field).toBe('file');
    return problem?.reason;
  }

  it('refuses a foreign spreadsheet, a file that is not xlsx, and a request without a file', async () => {
    const foreign = await upload(
      sibling,
      assignmentOf(sibling),
      await xlsx([['张三', '13800000000']], ['姓名', '电话'], 'Sheet1'),
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fileReason(foreign.body)).toBe('NOT_FINDINGS_TEMPLATE');
    expect(String(foreign.body['message'])).toContain('不是问题导入模板');

    const csv = await upload(
      sibling,
      assignmentOf(sibling),
      Buffer.from(`${HEADERS.join(',')}\n标题,描述,暗访,C1,类别,一般,,\n`),
      'findings.csv',
    );
    expect(csv.status).toBe(400);
    expect(fileReason(csv.body)).toBe('NOT_XLSX');
    expect(String(csv.body['message'])).toContain('不是 Excel 文件');

    const truncated = await xlsx([findingRow()]);
    const broken = await upload(sibling, assignmentOf(sibling), truncated.subarray(0, truncated.length / 2));
    expect(broken.status).toBe(400);
    expect(broken.body['code']).toBe('BAD_USER_INPUT');
    expect(fileReason(broken.body)).toBe('FILE_DAMAGED');

    const corrupted = await xlsx(Array.from({ length: 500 }, () => findingRow()));
    const data = corrupted.indexOf('xl/worksheets/sheet1.xml') + 200;
    corrupted.fill(0x5a, data, data + 200);
    const damaged = await upload(sibling, assignmentOf(sibling), corrupted);
    expect(damaged.status).toBe(400);
    expect(fileReason(damaged.body)).toBe('FILE_DAMAGED');
    expect(String(damaged.body['message'])).toContain('已损坏');

    const empty = await upload(sibling, assignmentOf(sibling), await xlsx([]));
    expect(empty.status).toBe(400);
    expect(fileReason(empty.body)).toBe('NO_FINDINGS_IN_SHEET');

    const response = await fetch(`${platform.url}/imports/findings?assignmentId=${assignmentOf(sibling)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token(sibling)}` },
    });
    expect(response.status).toBe(400);
    expect(fileReason((await response.json()) as Record<string, unknown>)).toBe('FILE_REQUIRED');
    expect(await findingsOf(await platform.as(sibling))).toHaveLength(0);
  });

  it("refuses an import into someone else's assignment and stores nothing", async () => {
    const file = await xlsx([findingRow()]);
    const before = (await findingsOf(await platform.as(county))).length;
    // In the caller's subtree but not its own: forbidden; outside it: not found, as if it did not exist.
    const byCounty = await upload(county, assignmentOf(township), file);
    expect(byCounty.status).toBe(403);
    expect(byCounty.body['code']).toBe('FORBIDDEN');
    expect((await upload(sibling, assignmentOf(township), file)).status).toBe(404);
    const byStranger = await upload(farTownship, assignmentOf(township), file);
    expect(byStranger.status).toBe(404);
    expect(byStranger.body['code']).toBe('NOT_FOUND');
    const notAnId = await upload(township, 'not-an-id', file);
    expect(notAnId.status).toBe(400);
    expect((await findingsOf(await platform.as(county))).length).toBe(before);
  });

  it("exports the problem list of the caller's subtree: a township its own, the county its townships' too", async () => {
    const ownRows = await problemList(township);
    expect(ownRows[0]).toEqual(LIST_HEADERS);
    const ownFindings = await findingsOf(await platform.as(township));
    expect(
      ownRows
        .slice(1)
        .map((row) => row[1])
        .sort(),
    ).toEqual(ownFindings.map((f) => f.title).sort());
    expect(ownRows.slice(1).map((row) => row[0])).toEqual([1, 2, 3]);
    expect(new Set(ownRows.slice(1).map((row) => row[3]))).toEqual(new Set(['测试镇1-1']));
    expect(new Set(ownRows.slice(1).map((row) => row[10]))).toEqual(new Set(['已报送']));
    expect(ownRows.slice(1).map((row) => row[4])).toEqual(
      expect.arrayContaining(['暗访', '听取审议专项工作报告', '工作评议/履职评议']),
    );

    const countyRows = await problemList(county);
    const countyFindings = await findingsOf(await platform.as(county));
    expect(countyFindings).toHaveLength(5);
    expect(
      countyRows
        .slice(1)
        .map((row) => row[1])
        .sort(),
    ).toEqual(countyFindings.map((f) => f.title).sort());
    expect(new Set(countyRows.slice(1).map((row) => row[3]))).toEqual(new Set(['测试镇1-1', '测试县1']));
    expect(countyRows.slice(1).find((row) => row[5] !== null && String(row[5]).startsWith('C2'))?.[5]).toBe(
      'C2 政务服务事项是否一网通办',
    );

    expect((await get(`/exports/problem-list.xlsx?projectId=${projectId}`, otherCounty)).status).toBe(404);
  });

  it('exports to a department account only the findings handed over to it', async () => {
    const countyClient = await platform.as(county);
    const own = (await findingsOf(countyClient)).filter((f) => f.tenant.code === county);
    await (await platform.as(tree.city)).ok(REVIEW, { ids: own.map((f) => f.id), accept: true });
    const market = await departmentId(countyClient, county, 'market');
    const handed = own.find((f) => f.department?.code === 'market') as Node;
    const deadline = addDays(new Date(), 30);
    await countyClient.ok(HAND_OFF, {
      input: {
        findingIds: [handed.id],
        departmentId: market,
        deadline: deadline.toISOString(),
        letterNo: '测交〔2024〕7号',
      },
    });

    const rows = await problemList(`${county}-market`);
    expect(rows.slice(1).map((row) => row[1])).toEqual([handed.title]);
    expect(rows[1]?.[10]).toBe('已交办');
    expect(rows[1]?.[11]).toBe('测交〔2024〕7号');
    expect(rows[1]?.[12]).toBeInstanceOf(Date);
    // Shown on the Shanghai clock (UTC+8) and written as such.
    expect(Math.abs((rows[1]?.[12] as Date).getTime() - deadline.getTime() - 8 * 3_600_000)).toBeLessThan(
      60_000,
    );
    expect(
      (await get(`/exports/problem-list.xlsx?projectId=${projectId}`, `${otherCounty}-market`)).status,
    ).toBe(404);
  });
});
