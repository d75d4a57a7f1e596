import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import {
  ACKNOWLEDGE,
  createTenantTree,
  findingInput,
  type Platform,
  publishedProject,
  REVIEW,
  startPlatform,
  SUBMIT,
  type TenantTree,
} from '@liandong/testing-system';
import { choose, launchChromium, screenshot, settled, signIn } from './support/browser';

jest.setTimeout(180_000);

const FINDING = `query ($id: ID!) { finding(id: $id) {
  id status canonical { id } reviews { accepted reason by { username } }
  handoff { id letterNo status department { code } } } }`;

interface FindingView {
  id: string;
  status: string;
  canonical: { id: string } | null;
  reviews: Array<{ accepted: boolean; reason: string | null; by: { username: string } }>;
  handoff: { id: string; letterNo: string; status: string; department: { code: string } } | null;
}

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

/** The table row showing a finding's title. */
function rowOf(page: Page, table: string, title: string) {
  return page.getByTestId(table).locator('tr', { hasText: title });
}

describe('reviewing and handing over findings in the console', () => {
  let tree: TenantTree;
  let county: string;
  let township: string;
  let assignmentId: string;
  const tag = randomInt(1e9);
  const kept = `窗口午间无人值守(审核测试 ${tag})`;
  const returned = `涉企收费公示不全(审核测试 ${tag})`;
  const duplicate = `便民大厅中午窗口空岗(审核测试 ${tag})`;
  const ids: Record<string, string> = {};

  /** A fresh tree: the city publishes a project to its county and townships; one township reports two findings. */
  beforeAll(async () => {
    tree = await createTenantTree(platform.dataSource, 1, 1);
    county = tree.counties[0]!;
    township = tree.townships[county]![0]!;
    const city = await platform.as(tree.city);
    const townshipClient = await platform.as(township);
    const { assignments } = await publishedProject(city, [county], { includeDescendants: true });
    assignmentId = assignments.find((a) => a.tenant.code === township)!.id;
    await townshipClient.ok(ACKNOWLEDGE, { id: assignmentId });
    const submitted = await townshipClient.ok<{ submitFindings: Array<{ id: string; title: string }> }>(
      SUBMIT,
      {
        assignmentId,
        findings: [
          findingInput({ title: kept }),
          findingInput({ title: returned, checklistCode: 'C1', category: '落实不到位' }),
          // The same problem as `kept`, in other words: the reviewer merges it.
          findingInput({
            title: duplicate,
            description: '政务服务大厅中午窗口无人值守,群众反映办事需往返多次',
          }),
        ],
      },
    );
    for (const finding of submitted.submitFindings) {
      ids[finding.title] = finding.id;
    }
  });

  async function findingFromApi(title: string): Promise<FindingView> {
    const client = await platform.as(county);
    return (await client.ok<{ finding: FindingView }>(FINDING, { id: ids[title] })).finding;
  }

  it('accepts one finding, merges its duplicate, returns another with a reason, hands the accepted one over, and shows it', async () => {
    const page = await signIn(browser, platform.url, county);
    await page.getByTestId('side-menu').getByText('问题').click();
    await page.waitForURL('**/findings');

    // 待审核: both reported findings wait for the county.
    await rowOf(page, 'review-table', kept).waitFor();
    await rowOf(page, 'review-table', returned).waitFor();
    await rowOf(page, 'review-table', kept).getByRole('checkbox').check();
    await page.getByTestId('review-actions').getByRole('button', { name: '采纳(1)' }).click();
    await rowOf(page, 'review-table', kept).waitFor({ state: 'detached' });
    expect((await findingFromApi(kept)).status).toBe('ACCEPTED');

    // The duplicate's candidates name the accepted finding; the reviewer merges the duplicate into it.
    await rowOf(page, 'review-table', duplicate).getByRole('button', { name: '展开行' }).click();
    const candidates = page.getByTestId(`duplicates-${ids[duplicate]}`);
    const candidate = candidates.locator('.ant-list-item', { hasText: kept });
    await candidate.waitFor();
    await screenshot(page, 'findings-review');
    await candidate.getByRole('button', { name: /合\s*并/ }).click();
    const confirm = await settled(page.locator('.ant-popconfirm'));
    await confirm.getByRole('button', { name: /合\s*并/ }).click();
    await rowOf(page, 'review-table', duplicate).waitFor({ state: 'detached' });
    expect(await findingFromApi(duplicate)).toMatchObject({ status: 'MERGED', canonical: { id: ids[kept] } });

    // Returning without a reason is refused beside the reason box, and nothing is sent.
    await rowOf(page, 'review-table', returned).getByRole('checkbox').check();
    await page.getByTestId('review-actions').getByRole('button', { name: '退回(1)' }).click();
    await page.getByText('退回时须填写退回理由').waitFor();
    expect((await findingFromApi(returned)).status).toBe('REPORTED');
    await page.getByLabel('退回理由(退回时必填)').fill('未写明收费项目和依据,请补充后重新报送');
    await page.getByTestId('review-actions').getByRole('button', { name: '退回(1)' }).click();
    await rowOf(page, 'review-table', returned).waitFor({ state: 'detached' });
    const back = await findingFromApi(returned);
    expect(back.status).toBe('RETURNED');
    expect(back.reviews).toEqual([
      { accepted: false, reason: '未写明收费项目和依据,请补充后重新报送', by: { username: county } },
    ]);

    // 待交办: hand the accepted finding over to the county government by letter, within 10 working days.
    await page.getByRole('tab', { name: '待交办' }).click();
    await rowOf(page, 'handoff-table', kept).getByRole('checkbox').check();
    await page.getByRole('button', { name: '交办(1)' }).click();
    const dialog = await settled(page.getByRole('dialog'));
    await dialog.getByRole('button', { name: /交\s*办/ }).click();
    await dialog.getByText('请选择承办单位').waitFor();
    await choose(dialog.getByLabel('承办单位'), '测试县1人民政府');
    await dialog.getByText('按工作日').click();
    await dialog.getByLabel('工作日数').fill('10');
    const letterNo = `测人常交〔2026〕${tag}号`;
    await dialog.getByLabel('交办函号').fill(letterNo);
    await screenshot(page, 'handoff-dialog');
    await dialog.getByRole('button', { name: /交\s*办/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await rowOf(page, 'handoff-table', kept).waitFor({ state: 'detached' });
    const handedOver = await findingFromApi(kept);
    expect(handedOver.status).toBe('HANDED_OVER');
    expect(handedOver.handoff).toMatchObject({ letterNo, status: 'ISSUED', department: { code: 'gov' } });

    // The finding's page: handed over, to whom, under which letter, with its review history.
    // 全部问题, narrowed to what has been handed over: only that finding is left.
    await page.getByRole('tab', { name: '全部问题' }).click();
    await rowOf(page, 'all-findings-table', returned).waitFor();
    await choose(page.getByRole('combobox', { name: '问题状态' }), '已交办');
    await rowOf(page, 'all-findings-table', returned).waitFor({ state: 'detached' });
    await page.getByTestId('total-count').getByText('共 1 条').waitFor();
    await rowOf(page, 'all-findings-table', kept).getByRole('link', { name: kept }).click();
    await page.waitForURL(`**/findings/${ids[kept]}`);
    await page.getByTestId('finding-title').getByText(kept).waitFor();
    const summary = page.getByTestId('finding-summary');
    await summary.getByText('已交办').waitFor();
    const handoff = page.getByTestId('finding-handoff');
    await handoff.getByRole('link', { name: letterNo }).waitFor();
    expect(await handoff.innerText()).toContain('测试县1人民政府');
    expect(await handoff.getByRole('link', { name: letterNo }).getAttribute('href')).toBe(
      `/handoffs/${handedOver.handoff!.id}`,
    );
    expect(await page.getByTestId('finding-reviews').innerText()).toContain('采纳');
    expect(await page.getByTestId('finding-timeline').innerText()).toContain('交办给 测试县1人民政府');
    await screenshot(page, 'finding-detail');
    await page.context().close();
  });

  it('lets the reporting township download the evidence of a returned finding, correct it and send it again', async () => {
    const townshipClient = await platform.as(township);
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from(`evidence ${tag}`),
      Buffer.from('\n%%EOF\n'),
    ]);
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), '暗访照片说明.pdf');
    const uploaded = await fetch(`${platform.url}/files`, {
      method: 'POST',
      headers: townshipClient.authorization(),
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { sha256 } = (await uploaded.json()) as { sha256: string };
    const title = `公示栏收费标准过期(更正测试 ${tag})`;
    const submitted = await townshipClient.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId,
      findings: [findingInput({ title, checklistCode: 'C1', evidence: [sha256] })],
    });
    const findingId = submitted.submitFindings[0]!.id;
    await (
      await platform.as(county)
    ).ok(REVIEW, { ids: [findingId], accept: false, reason: '请注明公示栏位置' });

    const page = await signIn(browser, platform.url, township);
    await page.goto(`${platform.url}/findings/${findingId}`);
    const returnedAlert = page.getByRole('alert').filter({ hasText: '该问题已被退回' });
    await returnedAlert.waitFor();
    expect(await returnedAlert.innerText()).toContain('请注明公示栏位置');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /下\s*载/ }).click();
    expect((await download).suggestedFilename()).toBe('暗访照片说明.pdf');

    await page.getByRole('button', { name: /修\s*改/ }).click();
    const dialog = await settled(page.getByRole('dialog'));
    await dialog.getByLabel('地点').fill('西关街道便民服务中心公示栏');
    await screenshot(page, 'finding-edit');
    await dialog.getByRole('button', { name: '保存并重新报送' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('finding-summary').getByText('待审核').waitFor();
    const corrected = await townshipClient.ok<{ finding: { status: string; location: string } }>(
      'query ($id: ID!) { finding(id: $id) { status location } }',
      { id: findingId },
    );
    expect(corrected.finding).toEqual({ status: 'REPORTED', location: '西关街道便民服务中心公示栏' });
    await page.context().close();
  });

  it('shows a Chinese "not found" for a finding that does not exist', async () => {
    const page = await signIn(browser, platform.url, county);
    await page.goto(`${platform.url}/findings/00000000-0000-4000-8000-000000000000`);
    await page.getByText('问题不存在', { exact: true }).waitFor();
    await page.context().close();
  });
});
