import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  eventually,
  handOver,
  type Platform,
  startPlatform,
} from '@liandong/testing-system';
import { launchChromium, SCREENSHOTS, screenshot, settled, signIn } from './support/browser';

jest.setTimeout(180_000);

const LETTER_NO = 'query ($id: ID!) { handoff(id: $id) { letterNo status } }';

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  // The worker relays the outbox: it is what sends the department its notice of the new handoff.
  platform = await startPlatform({ worker: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

/** Waits until the handoff's status tag on the page reads `label`. */
async function statusShown(page: Page, label: string): Promise<void> {
  await page.getByTestId('handoff-status').filter({ hasText: label }).first().waitFor({ timeout: 20_000 });
}

/** A cell as text: the ledger's cells are text, numbers or dates; anything else reads as empty. */
function cellText(value: unknown): string {
  if (value instanceof Date) {
    return value.toISOString();
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** The rows of the ledger workbook under its title and header rows, as text cells. */
async function workbookRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map(cellText));
  });
  return rows;
}

describe('a handoff worked through the console', () => {
  let county: string;
  let handoffId: string;
  let letterNo: string;

  /** A fresh tree: its first county has two accepted findings, handed over to its government. */
  beforeAll(async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 1);
    const accepted = await acceptedCountyFindings(platform, tree, 2);
    county = accepted.county;
    const gov = await departmentId(accepted.client, county, 'gov');
    const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const handoff = await handOver(accepted.client, accepted.findingIds, gov, nextWeek);
    handoffId = handoff.id;
    const data = await accepted.client.ok<{ handoff: { letterNo: string } }>(LETTER_NO, { id: handoffId });
    letterNo = data.handoff.letterNo;
  });

  it('is announced to the department, which marks the notice read', async () => {
    const page = await signIn(browser, platform.url, `${county}-gov`);
    // The notice is sent through the job queue: reload until it has arrived.
    const notice = page.getByTestId('notification').filter({ hasText: letterNo });
    await eventually(
      async () => {
        await page.goto(`${platform.url}/notifications`);
        await page.getByRole('heading', { name: '消息' }).waitFor();
        await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
        return notice.count();
      },
      (count) => count > 0,
      { what: 'the handoff notice', timeoutMs: 30_000, intervalMs: 1_000 },
    );
    await notice.getByText('未读').waitFor();
    await notice.getByRole('button', { name: '标为已读' }).click();
    await notice.getByText('未读').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('is signed and reported by the department', async () => {
    const page = await signIn(browser, platform.url, `${county}-gov`);
    await page.getByTestId('side-menu').getByText('交办件').click();
    await page.waitForURL('**/handoffs');
    const row = page.getByTestId('handoff-table').getByRole('row').filter({ hasText: letterNo });
    await row.waitFor();
    expect(await row.getByTestId('handoff-status').innerText()).toBe('待签收');
    await screenshot(page, 'handoffs');

    await row.getByRole('link', { name: letterNo }).click();
    await page.waitForURL(`**/handoffs/${handoffId}`);
    await statusShown(page, '待签收');
    await page.getByRole('button', { name: /签\s*收/ }).click();
    await statusShown(page, '已签收');

    await page.getByRole('button', { name: '报告整改情况' }).click();
    const dialog = await settled(page.getByRole('dialog'));
    // The measures are required: the form says so beside the field and sends nothing.
    await dialog.getByRole('button', { name: '提交报告' }).click();
    await dialog.getByText('请填写整改措施').waitFor();
    await dialog.getByLabel('整改措施').fill('已建立午间轮岗制度,窗口全天有人值守。');
    await dialog.getByLabel(/办结报告/).check();
    await dialog.getByRole('button', { name: '提交报告' }).click();
    await statusShown(page, '已报告待验收');
    await page.getByTestId('handoff-history').getByText('报送办结报告(完成 100%)').waitFor();
    expect(await page.getByTestId('handoff-actions').count()).toBe(0);
    await page.context().close();
  });

  it('is verified by the handing-over county and closed out', async () => {
    const page = await signIn(browser, platform.url, county);
    await page.goto(`${platform.url}/handoffs`);
    const row = page.getByTestId('handoff-table').getByRole('row').filter({ hasText: letterNo });
    await row.waitFor();
    await row.getByRole('link', { name: letterNo }).click();
    await page.waitForURL(`**/handoffs/${handoffId}`);
    await statusShown(page, '已报告待验收');

    await page.getByRole('button', { name: /^验\s*收$/ }).click();
    const dialog = await settled(page.getByRole('dialog'));
    // Failing an item needs an opinion: asked for beside the field before anything is sent.
    await dialog.getByLabel('不通过,继续整改').check();
    await dialog.getByRole('button', { name: '提交验收结果' }).click();
    await dialog.getByText('验收不通过时须填写意见').waitFor();
    await dialog.getByLabel('通过,予以销号').check();
    await dialog.getByRole('button', { name: '提交验收结果' }).click();
    await statusShown(page, '已销号');
    await page.getByTestId('handoff-history').getByText('核查通过,已销号').waitFor();
    await screenshot(page, 'handoff-detail');

    const api = await platform.as(county);
    const data = await api.ok<{ handoff: { status: string } }>(LETTER_NO, { id: handoffId });
    expect(data.handoff.status).toBe('CLOSED');
    await page.context().close();
  });

  it('shows closed in the ledger, and the Excel export holds the same rows', async () => {
    const page = await signIn(browser, platform.url, county);
    await page.getByTestId('side-menu').getByText('整改台账').click();
    await page.waitForURL('**/ledger');
    const row = page.getByTestId('handoff-table').getByRole('row').filter({ hasText: letterNo });
    await row.waitFor();
    expect(await row.getByTestId('handoff-status').innerText()).toBe('已销号');
    const total = await page.getByTestId('total-count').innerText();
    expect(total).toContain('共 1 条');
    await screenshot(page, 'ledger');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = join(SCREENSHOTS, 'handoffs-ledger.xlsx');
    await download.saveAs(saved);
    const rows = await workbookRows(saved);
    const header = rows.findIndex((cells) => cells.includes('编号') && cells.includes('状态'));
    expect(header).toBeGreaterThanOrEqual(0);
    const body = rows.slice(header + 1);
    expect(body).toHaveLength(1);
    const statusColumn = rows[header]!.indexOf('状态');
    expect(body[0]![statusColumn]).toBe('已销号');
    expect(body[0]![rows[header]!.indexOf('编号')]).toBe(letterNo);
    await page.context().close();
  });
});
