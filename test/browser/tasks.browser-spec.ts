import { Workbook } from 'exceljs';
import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import {
  ACKNOWLEDGE,
  createTenantTree,
  type Platform,
  projectInput,
  publishedProject,
  startPlatform,
} from '@liandong/testing-system';
import { choose, launchChromium, screenshot, signIn } from './support/browser';

jest.setTimeout(180_000);

const OWN_FINDINGS = `query ($projectId: ID!) {
  findings(filter: { projectId: $projectId }, first: 100) { totalCount edges { node { title status } } } }`;
const REVISE = `mutation ($id: ID!, $unifications: FiveUnificationsInput!, $note: String!) {
  reviseJointProject(id: $id, unifications: $unifications, note: $note) { id version } }`;
const MY_ASSIGNMENTS = 'query { myAssignments { id status project { id } } }';

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

/** The township's template for its assignment, filled with `rows` under the header (row 1). */
async function filledTemplate(
  headers: Record<string, string>,
  assignmentId: string,
  rows: Array<Record<string, string>>,
): Promise<Buffer> {
  const response = await fetch(`${platform.url}/templates/findings.xlsx?assignmentId=${assignmentId}`, {
    headers,
  });
  expect(response.status).toBe(200);
  const workbook = new Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet('问题导入')!;
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => columnOf.set(cell.text, column));
  rows.forEach((row, index) => {
    for (const [header, value] of Object.entries(row)) {
      const column = columnOf.get(header);
      if (!column) {
        throw new Error(`no column ${header} in the template`);
      }
      sheet.getCell(index + 2, column).value = value;
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, buffer: Buffer): Promise<void> {
  await page.getByTestId('finding-entry').locator('input[type=file][accept=".xlsx"]').setInputFiles({
    name: '问题清单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

describe('a township works its assignment', () => {
  it('signs for it, reports a finding by the form, and imports a list only once every row is right', async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 1);
    const county = tree.counties[0]!;
    const township = tree.townships[county]![0]!;
    const city = await platform.as(tree.city);
    const { projectId, assignments } = await publishedProject(city, [county], { includeDescendants: true });
    const assignmentId = assignments.find((assignment) => assignment.tenant.code === township)!.id;
    const projectTitle = (
      await city.ok<{ jointProject: { title: string } }>(
        'query ($id: ID!) { jointProject(id: $id) { title } }',
        {
          id: projectId,
        },
      )
    ).jointProject.title;
    const client = await platform.as(township);
    const storedTitles = async () =>
      (
        await client.ok<{ findings: { edges: Array<{ node: { title: string } }> } }>(OWN_FINDINGS, {
          projectId,
        })
      ).findings.edges.map((edge) => edge.node.title);

    // The work queue: the new assignment waits under 待签收.
    const page = await signIn(browser, platform.url, township);
    await page.getByTestId('side-menu').getByText('联动任务').click();
    await page.waitForURL('**/tasks');
    const pendingRow = page.locator('.ant-tabs-tabpane-active tr', { hasText: projectTitle });
    await pendingRow.waitFor();
    expect(await pendingRow.innerText()).toContain('待签收');
    await screenshot(page, 'tasks');

    await page.getByTestId(`acknowledge-${assignmentId}`).click();
    await page.getByTestId('tab-pending').getByText('0').waitFor();
    const mine = await client.ok<{ myAssignments: Array<{ id: string; status: string }> }>(MY_ASSIGNMENTS);
    expect(mine.myAssignments.find((assignment) => assignment.id === assignmentId)?.status).toBe(
      'ACKNOWLEDGED',
    );

    // Under 进行中 now; its row opens the assignment.
    await page.getByTestId('tab-active').click();
    await page.locator('.ant-tabs-tabpane-active').getByText(projectTitle).click();
    await page.waitForURL(`**/tasks/${assignmentId}`);
    await page.getByTestId('assignment-title').getByText(projectTitle).waitFor();

    // One finding by the form.
    const formTitle = `窗口午间无人值守 ${randomInt(1e9)}`;
    const form = page.getByTestId('finding-form');
    await form.getByLabel('问题标题').fill(formTitle);
    await form.getByLabel('问题描述').fill('政务服务中心午间窗口无人,群众需下午再来');
    await form.getByLabel('问题类别').fill('服务质效');
    await choose(form.getByLabel('监督方式'), '暗访');
    await form.getByRole('button', { name: /提交问题/ }).click();
    await page.getByTestId('task-findings').getByText(formTitle).waitFor();
    expect(await page.getByTestId('task-findings').innerText()).toContain('待审核');
    expect(await storedTitles()).toEqual([formTitle]);
    await screenshot(page, 'assignment');

    // An Excel list with a bad second row: nothing is stored, and the row is named.
    await page.getByRole('tab', { name: 'Excel 导入' }).click();
    const good = `涉企收费未公示 ${randomInt(1e9)}`;
    const second = `执法记录不完整 ${randomInt(1e9)}`;
    const row = (title: string, method: string) => ({
      问题标题: title,
      问题描述: '现场检查发现',
      监督方式: method,
      检查要点编码: 'C1',
      问题类别: '落实不到位',
      '严重程度(一般/较重/严重)': '一般',
    });
    await upload(
      page,
      await filledTemplate(client.authorization(), assignmentId, [
        row(good, '暗访'),
        row(second, '飞行检查'),
      ]),
    );
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const problemRow = problems.locator('tbody tr', { hasText: '第 3 行' });
    expect(await problemRow.innerText()).toContain('监督方式');
    expect(await problems.locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('import-result').innerText()).toContain('未导入任何问题');
    await screenshot(page, 'import-errors');
    expect(await storedTitles()).toEqual([formTitle]);

    // Fixed, imported again: both rows are stored and listed.
    await upload(
      page,
      await filledTemplate(client.authorization(), assignmentId, [
        row(good, '暗访'),
        row(second, '听取审议专项工作报告'),
      ]),
    );
    await page.getByTestId('import-result').getByText('共保存 2 条问题').waitFor();
    await page.getByTestId('task-findings').getByText(good).waitFor();
    await page.getByTestId('task-findings').getByText(second).waitFor();
    expect((await storedTitles()).sort()).toEqual([formTitle, good, second].sort());
    await page.context().close();
  });

  it('sees a revised plan flagged with what changed, and signs for it again', async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 1);
    const county = tree.counties[0]!;
    const township = tree.townships[county]![0]!;
    const city = await platform.as(tree.city);
    const input = projectInput();
    const { projectId, assignments } = await publishedProject(city, [county], {
      includeDescendants: true,
      input,
    });
    const assignmentId = assignments.find((assignment) => assignment.tenant.code === township)!.id;
    const client = await platform.as(township);
    await client.ok(ACKNOWLEDGE, { id: assignmentId });
    const unifications = input['unifications'] as { leadership: Record<string, unknown> };
    await city.ok(REVISE, {
      id: projectId,
      unifications: { ...unifications, leadership: { ...unifications.leadership, leader: '李主任' } },
      note: '调整牵头领导',
    });

    const page = await signIn(browser, platform.url, township);
    await page.goto(`${platform.url}/tasks/${assignmentId}`);
    await page.getByTestId('outdated-flag').waitFor();
    await page.getByTestId('plan-changes').getByText('李主任').waitFor();
    await page.getByRole('button', { name: '重新签收' }).click();
    await page.getByTestId('outdated-flag').waitFor({ state: 'detached' });
    const mine = await client.ok<{ myAssignments: Array<{ id: string; outdated: boolean }> }>(
      'query { myAssignments { id outdated } }',
    );
    expect(mine.myAssignments.find((assignment) => assignment.id === assignmentId)?.outdated).toBe(false);
    await page.context().close();
  });

  it('lets a county pass its assignment on to a township it picks', async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 2);
    const county = tree.counties[0]!;
    const [first, second] = tree.townships[county]!;
    const city = await platform.as(tree.city);
    const { projectId, assignments } = await publishedProject(city, [county]);
    const assignmentId = assignments[0]!.id;
    await (await platform.as(county)).ok(ACKNOWLEDGE, { id: assignmentId });

    const page = await signIn(browser, platform.url, county);
    await page.goto(`${platform.url}/tasks/${assignmentId}`);
    await page.getByRole('checkbox', { name: '测试镇1-1' }).check();
    await page.getByRole('button', { name: /转发所选\(1\)/ }).click();
    await page.getByText('已转发至 1 个乡镇(街道)').waitFor();
    await page.getByRole('checkbox', { name: /测试镇1-1/, disabled: true }).waitFor();
    // Still so once fetched anew from the API.
    await page.reload();
    await page.getByRole('checkbox', { name: /测试镇1-1/, disabled: true }).waitFor();
    expect(await page.getByRole('checkbox', { name: '测试镇1-2' }).isDisabled()).toBe(false);

    const held = async (code: string) =>
      (
        await (
          await platform.as(code)
        ).ok<{ myAssignments: Array<{ project: { id: string } }> }>(MY_ASSIGNMENTS)
      ).myAssignments.some((assignment) => assignment.project.id === projectId);
    expect(await held(first!)).toBe(true);
    expect(await held(second!)).toBe(false);
    await page.context().close();
  });
});
