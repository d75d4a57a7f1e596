import { extractRawText } from 'mammoth';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  handOver,
  type Platform,
  startPlatform,
} from '@liandong/testing-system';
import { formatShanghai } from '@liandong/time';
import { choose, launchChromium, screenshot, settled, signIn } from './support/browser';

jest.setTimeout(180_000);

const HANDOFF = `query ($id: ID!) { handoff(id: $id) { letterNo project { id title } findings { title } } }`;
const ESCALATE = `mutation ($handoffId: ID!, $reason: String!) { escalateHandoff(handoffId: $handoffId, reason: $reason) {
  id escalations { level name } } }`;

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

/** The text of a downloaded .docx, read back with mammoth. */
async function docxText(download: Download): Promise<string> {
  const path = await download.path();
  return (await extractRawText({ path })).value;
}

/** Clicks `trigger` and returns the download it starts. */
async function downloadBy(page: Page, trigger: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return download;
}

describe('letters and the result report downloaded from the console', () => {
  let county: string;
  let handoffId: string;
  let projectId: string;
  let projectTitle: string;
  let letterNo: string;
  let findingTitles: string[];
  let escalation: { level: number; name: string };

  beforeAll(async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 1);
    const accepted = await acceptedCountyFindings(platform, tree, 2);
    county = accepted.county;
    const gov = await departmentId(accepted.client, county, 'gov');
    const handoff = await handOver(
      accepted.client,
      accepted.findingIds,
      gov,
      new Date(Date.now() + 14 * 86_400_000),
    );
    handoffId = handoff.id;
    const { escalateHandoff } = await accepted.client.ok<{
      escalateHandoff: { escalations: Array<{ level: number; name: string }> };
    }>(ESCALATE, { handoffId, reason: '整改进度滞后,群众反映强烈' });
    escalation = escalateHandoff.escalations[0] as { level: number; name: string };
    const data = await accepted.client.ok<{
      handoff: {
        letterNo: string;
        project: { id: string; title: string };
        findings: Array<{ title: string }>;
      };
    }>(HANDOFF, { id: handoffId });
    letterNo = data.handoff.letterNo;
    projectId = data.handoff.project.id;
    projectTitle = data.handoff.project.title;
    findingTitles = data.handoff.findings.map((finding) => finding.title);
  });

  it('the county generates its 交办函 and 督办函 on the handoff page and downloads them', async () => {
    const page = await signIn(browser, platform.url, county);
    await page.goto(`${platform.url}/handoffs/${handoffId}`);
    const card = page.getByTestId('letters-card');
    await card.getByText('暂无函件').waitFor();

    await card.getByRole('button', { name: '生成交办函' }).click();
    const handoffRow = card.getByRole('row').filter({ hasText: '交办函' });
    await handoffRow.waitFor();
    const letter = await downloadBy(page, handoffRow.getByRole('button', { name: /下载/ }));
    expect(letter.suggestedFilename()).toMatch(/^交办函-.*\.docx$/);
    const letterText = await docxText(letter);
    expect(letterText).toContain(letterNo);
    expect(letterText).toContain('人大常委会');
    for (const title of findingTitles) {
      expect(letterText).toContain(title);
    }

    await choose(
      card.getByRole('combobox', { name: '督办记录' }),
      `第${escalation.level}级 · ${escalation.name}`,
    );
    await card.getByRole('button', { name: '生成督办函' }).click();
    const pressingRow = card.getByRole('row').filter({ hasText: '督办函' });
    await pressingRow.waitFor();
    const pressing = await downloadBy(page, pressingRow.getByRole('button', { name: /下载/ }));
    const pressingText = await docxText(pressing);
    expect(pressingText).toContain('督办函');
    expect(pressingText).toContain(`第${escalation.level}级`);
    expect(pressingText).toContain('整改进度滞后,群众反映强烈');
    await screenshot(page, 'handoff-letters');
    await page.context().close();
  });

  it('the county generates the project’s result report for its node, downloads it and records its sending and feedback', async () => {
    const page = await signIn(browser, platform.url, county);
    await page.goto(`${platform.url}/plans/projects/${projectId}`);
    const card = page.getByTestId('result-reports-card');
    await card.getByText('尚未生成成果报告').waitFor();
    await card.getByRole('button', { name: '生成本级成果报告' }).click();
    const row = card.getByRole('row').filter({ hasText: '第1版' });
    await row.waitFor();
    const report = await downloadBy(page, row.getByRole('button', { name: /下载/ }));
    const text = await docxText(report);
    expect(text).toContain('联动监督成果报告');
    expect(text).toContain(projectTitle);
    expect(text).toContain('共发现问题 2 个');
    expect(text).toMatch(/问题整改完成率\s*90/);

    const today = formatShanghai(new Date(), 'YYYY-MM-DD');
    await row.getByRole('button', { name: '登记报送' }).click();
    const dialog = await settled(page.getByRole('dialog'));
    // The date first: Enter, which closes its picker, also submits the form, refused while the rest is empty.
    await dialog.getByLabel('报送日期').fill(today);
    await dialog.getByLabel('报送日期').press('Enter');
    await dialog.getByLabel('报送对象', { exact: true }).fill('中共测试县委');
    await dialog.getByRole('button', { name: /登\s*记/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('1 次').waitFor();

    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    await card.getByText(`${today} 报送党委:中共测试县委`).waitFor();
    await card.getByRole('button', { name: '登记反馈' }).click();
    const feedback = await settled(page.getByRole('dialog'));
    await feedback.getByLabel('反馈日期').fill(today);
    await feedback.getByLabel('反馈日期').press('Enter');
    await feedback.getByLabel('反馈意见').fill('县委批示:整改成效明显');
    await feedback.getByRole('button', { name: /登\s*记/ }).click();
    await feedback.waitFor({ state: 'hidden' });
    await card.getByText(`反馈(${today}):县委批示:整改成效明显`).waitFor();
    await screenshot(page, 'result-reports');
    await page.context().close();
  });
});
