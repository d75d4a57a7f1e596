import { Workbook } from 'exceljs';
import type { Browser } from 'playwright-core';
import {
  ACKNOWLEDGE,
  createTenantTree,
  type Platform,
  publishedProject,
  startPlatform,
} from '@liandong/testing-system';
import { launchChromium, screenshot, settled, signIn } from './support/browser';

jest.setTimeout(180_000);

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

async function roster(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('代表名册导入');
  sheet.addRow(['姓名', '代表层级', '选区', '届次', '任期起', '任期止', '工作单位及职务']);
  sheet.addRow(['王建国', '县', '城关镇选区', '第十八届', '2021-10-01', '2031-12-31', '社区党支部书记']);
  sheet.addRow(['李秀英', '省', '洛阳代表团', '第十四届', '2023-01-01', '2031-12-31', '农业合作社理事长']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('代表名册', () => {
  it('a county imports its roster from the page and invites a deputy to an activity, who attends', async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 0);
    const county = tree.counties[0] as string;
    const page = await signIn(browser, platform.url, county);
    await page.getByTestId('side-menu').getByText('代表名册').click();
    await page.waitForURL('**/deputies');
    await page.getByTestId('deputies-table').getByText('名册中暂无代表').waitFor();

    await page.getByRole('button', { name: /Excel 导入/ }).click();
    const dialog = await settled(page.getByRole('dialog', { name: 'Excel 导入代表名册' }));
    await dialog.locator('input[type=file][accept=".xlsx"]').setInputFiles({
      name: '代表名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await roster(),
    });
    await dialog.getByTestId('import-result').getByText('导入成功', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    const table = page.getByTestId('deputies-table');
    await table.getByRole('row').filter({ hasText: '王建国' }).getByText('城关镇选区').waitFor();
    await table.getByRole('row').filter({ hasText: '李秀英' }).getByText('洛阳代表团').waitFor();
    await screenshot(page, 'deputies-roster');

    const city = await platform.as(tree.city);
    const api = await platform.as(county);
    const { assignments } = await publishedProject(city, [county]);
    const assignmentId = assignments[0]?.id as string;
    await api.ok(ACKNOWLEDGE, { id: assignmentId });
    const { recordActivity } = await api.ok<{ recordActivity: { id: string } }>(
      `mutation ($assignmentId: ID!, $input: ActivityInput!) { recordActivity(assignmentId: $assignmentId, input: $input) { id } }`,
      {
        assignmentId,
        input: {
          method: 'COVERT_VISIT',
          startsAt: '2024-05-10T01:00:00.000Z',
          endsAt: '2024-05-10T05:00:00.000Z',
          location: '县政务服务中心',
          summary: '暗访政务服务大厅',
          participants: { members: 2, deputies: 4, experts: 0, staff: 1 },
          covert: true,
        },
      },
    );
    await page.goto(`${platform.url}/tasks/${assignmentId}`);
    const activityRow = page.getByRole('row').filter({ hasText: '暗访政务服务大厅' });
    await activityRow.getByText('代表 4', { exact: false }).waitFor();
    await page.getByTestId(`activity-deputies-${recordActivity.id}`).click();
    const invite = await settled(page.getByRole('dialog', { name: '邀请代表' }));
    await invite.getByTestId('deputy-select').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '王建国' }).click();
    await invite.getByRole('button', { name: /邀\s*请/ }).click();
    const named = invite.getByRole('row').filter({ hasText: '王建国' });
    await named.getByText('已邀请').waitFor();
    await named.getByRole('button', { name: /出\s*席/ }).click();
    await named.getByText('出席', { exact: true }).waitFor();
    await screenshot(page, 'activity-deputies');

    const { activities } = await api.ok<{
      activities: Array<{
        id: string;
        participants: { deputies: number };
        deputies: Array<{ status: string }>;
      }>;
    }>(
      'query ($id: ID!) { activities(assignmentId: $id) { id participants { deputies } deputies { status } } }',
      {
        id: assignmentId,
      },
    );
    expect(activities.find((a) => a.id === recordActivity.id)).toMatchObject({
      participants: { deputies: 1 },
      deputies: [{ status: 'ATTENDED' }],
    });
    await page.context().close();
  });
});
