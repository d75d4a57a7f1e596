import { randomBytes } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  handOver,
  type Platform,
  startPlatform,
} from '@liandong/testing-system';
import { choose, launchChromium, screenshot, settled, signIn } from './support/browser';

jest.setTimeout(180_000);

const FINDINGS = 'query ($id: ID!) { handoff(id: $id) { status findings { id title status } } }';
const REPORT = `mutation ($handoffId: ID!, $input: RectificationReportInput!) {
  reportRectification(handoffId: $handoffId, input: $input) { id status } }`;

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

/** A small PNG-looking photo: the type check reads the leading bytes. */
function photo(name: string): { name: string; mimeType: string; buffer: Buffer } {
  const buffer = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    randomBytes(1024),
  ]);
  return { name, mimeType: 'image/png', buffer };
}

async function statusShown(page: Page, label: string): Promise<void> {
  await page.getByTestId('handoff-status').filter({ hasText: label }).first().waitFor({ timeout: 20_000 });
}

/** Uploads a file into the report dialog's upload labelled `label`, and waits until it is stored. */
async function attach(dialog: Locator, label: string, name: string): Promise<void> {
  const item = dialog.locator('.ant-form-item').filter({ hasText: label });
  await item.locator('input[type=file]').setInputFiles(photo(name));
  await item.locator('.ant-upload-list-item-done').filter({ hasText: name }).waitFor();
}

describe('proof of rectification and 核查销号 through the console', () => {
  let county: string;
  let handoffId: string;
  let titles: [string, string];

  beforeAll(async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 1);
    const accepted = await acceptedCountyFindings(platform, tree, 2);
    county = accepted.county;
    const gov = await departmentId(accepted.client, county, 'gov');
    const handoff = await handOver(
      accepted.client,
      accepted.findingIds,
      gov,
      new Date(Date.now() + 7 * 24 * 3600 * 1000),
    );
    handoffId = handoff.id;
    const data = await accepted.client.ok<{ handoff: { findings: Array<{ title: string }> } }>(FINDINGS, {
      id: handoffId,
    });
    titles = data.handoff.findings.map((finding) => finding.title) as [string, string];
  });

  it('lets the department attach photos per finding to its final report, listed for download', async () => {
    const page = await signIn(browser, platform.url, `${county}-gov`);
    await page.goto(`${platform.url}/handoffs/${handoffId}`);
    await statusShown(page, '待签收');
    await page.getByRole('button', { name: /签\s*收/ }).click();
    await statusShown(page, '已签收');

    await page.getByRole('button', { name: '报告整改情况' }).click();
    const dialog = await settled(page.getByRole('dialog'));
    await dialog.getByLabel('整改措施').fill('已清理占道并设置值守岗。');
    await dialog.getByLabel(/办结报告/).check();
    await attach(dialog, `整改佐证 · ${titles[0]}`, '问题一整改后.png');
    await attach(dialog, `整改佐证 · ${titles[1]}`, '问题二整改后.png');
    await screenshot(page, 'report-evidence');
    await dialog.getByRole('button', { name: '提交报告' }).click();
    await statusShown(page, '已报告待验收');

    const reports = page.getByTestId('handoff-reports');
    await reports.getByText('问题一整改后.png').waitFor();
    await reports.getByText('问题二整改后.png').waitFor();
    const download = page.waitForEvent('download');
    await reports
      .locator('.ant-list-item')
      .filter({ hasText: '问题二整改后.png' })
      .last()
      .getByRole('button', { name: /下\s*载/ })
      .click();
    expect((await download).suggestedFilename()).toBe('问题二整改后.png');
    await page.context().close();
  });

  it('lets the county verify on site finding by finding, closing once every finding has passed', async () => {
    const page = await signIn(browser, platform.url, county);
    await page.goto(`${platform.url}/handoffs/${handoffId}`);
    await statusShown(page, '已报告待验收');
    await page.getByTestId('handoff-reports').getByText('问题一整改后.png').waitFor();

    await page.getByRole('button', { name: '核查销号' }).click();
    let dialog = await settled(page.getByRole('dialog'));
    await dialog.getByLabel('核查人员1姓名').fill('王建国');
    await dialog.getByRole('button', { name: /添加核查人员/ }).click();
    await dialog.getByLabel('核查人员2姓名').fill('李代表');
    await dialog.getByRole('checkbox', { name: '代表' }).nth(1).check();
    await dialog.getByLabel(`${titles[1]} 核查结果`).getByLabel('未整改到位').check();
    await dialog.getByRole('button', { name: '提交核查结果' }).click();
    // A failed finding needs its reason, asked for beside it before anything is sent.
    await dialog.getByText('未整改到位或部分到位的问题须填写核查意见').waitFor();
    await dialog.getByLabel(`${titles[1]} 核查意见`).fill('值守岗午间仍无人');
    await screenshot(page, 'verify-findings');
    await dialog.getByRole('button', { name: '提交核查结果' }).click();
    await statusShown(page, '整改中');
    const history = page.getByTestId('handoff-verifications');
    await history.getByText('第 1 次核查').waitFor();
    await history.getByText('王建国、李代表(代表)').waitFor();
    await history.getByText('值守岗午间仍无人').waitFor();

    const api = await platform.as(`${county}-gov`);
    await api.ok(REPORT, {
      handoffId,
      input: { measures: '午间已安排专人值守', percentDone: 100, final: true },
    });
    await page.reload();
    await statusShown(page, '已报告待验收');
    await page.getByRole('button', { name: '核查销号' }).click();
    dialog = await settled(page.getByRole('dialog'));
    // The finding that passed is closed out already: only the other one is verified again.
    expect(await dialog.getByText(titles[0]).count()).toBe(0);
    await choose(dialog.getByRole('combobox', { name: '核查方式' }), '暗访回访');
    await dialog.getByLabel('核查人员1姓名').fill('李代表');
    await dialog.getByRole('button', { name: '提交核查结果' }).click();
    await statusShown(page, '已销号');
    await history.getByText('第 2 次核查').waitFor();
    await history.getByText('暗访回访').waitFor();
    await screenshot(page, 'verification-history');

    const data = await (
      await platform.as(county)
    ).ok<{
      handoff: { status: string; findings: Array<{ status: string }> };
    }>(FINDINGS, { id: handoffId });
    expect(data.handoff.status).toBe('CLOSED');
    expect(data.handoff.findings.map((finding) => finding.status)).toEqual(['CLOSED', 'CLOSED']);
    await page.context().close();
  });
});
