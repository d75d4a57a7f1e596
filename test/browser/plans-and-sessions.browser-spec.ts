import type { Browser, Locator, Page } from 'playwright-core';
import type { GraphqlClient } from '@liandong/testing';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  handOver,
  type Platform,
  startPlatform,
  type TenantTree,
} from '@liandong/testing-system';
import { choose, launchChromium, screenshot, settled, signIn } from './support/browser';

/*
 * 监督计划 items that move, 会议与审议意见 and the ledger by kind, in Chromium: the city starts and completes one
 * plan item and adjusts another with its reason; records a session and sends a 审议意见 with two items to its
 * 人民政府; the ledger shows them as 审议意见 and its kind filter narrows to them; the 人民政府 answers with its
 * 研究处理情况报告 from its 交办件.
 */
jest.setTimeout(240_000);

const CREATE_PLAN = `mutation ($input: AnnualPlanInput!) { createAnnualPlan(input: $input) { id } }`;
const ADOPT_PLAN = 'mutation ($id: ID!) { adoptAnnualPlan(id: $id) { id status } }';
const PLAN_ITEMS = `query ($year: Int) { annualPlans(year: $year) { items { title status adjustReason adjustDecision } } }`;
const FIGURES = `query ($year: Int!) { planFigures(year: $year) { items started completed adjusted } }`;
const OPINIONS = `query { sessions { title opinions { id kind title response items { title status kind } } } }`;

/** The Beijing year now: the plan is the current year's, so the plans page opens on it. */
const YEAR = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
);
const STARTED = '听取和审议优化营商环境工作情况报告';
const ADJUSTED = '食品安全法执法检查';
const UNTOUCHED = '专题询问义务教育均衡发展';
const REASON = '与上级人大执法检查同步开展,改至下一年度';
const DECISION = '市人大常委会第十二次主任会议决定';
const REPORT_TITLE = '关于优化营商环境工作情况的报告';
const OPINION_TITLE = '关于优化营商环境工作情况报告的审议意见';
const ITEMS = ['进一步压缩企业开办时间', '全面清理规范涉企收费'];
const ANSWER = '已召开政府常务会议专题研究,企业开办时间压缩至 1 个工作日,清理涉企收费 12 项。';

let platform: Platform;
let browser: Browser;
let tree: TenantTree;
let city: GraphqlClient;
let govName: string;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchChromium();
  tree = await createTenantTree(platform.dataSource, 1, 1);
  city = await platform.as(tree.city);
  const created = await city.ok<{ createAnnualPlan: { id: string } }>(CREATE_PLAN, {
    input: {
      year: YEAR,
      title: `${YEAR}年度监督工作计划`,
      items: [
        { title: STARTED, isKey: true, isJoint: false, plannedMonth: 12, method: '听取和审议专项工作报告' },
        { title: ADJUSTED, isKey: true, isJoint: false, plannedMonth: 12, method: '执法检查' },
        { title: UNTOUCHED, isKey: false, isJoint: false },
      ],
    },
  });
  await city.ok(ADOPT_PLAN, { id: created.createAnnualPlan.id });
  // The city's ledger also holds a handoff of findings, handed over by its county: the kind filter leaves it out.
  const { client: county, county: countyCode, findingIds } = await acceptedCountyFindings(platform, tree, 1);
  const market = await departmentId(county, countyCode, 'market');
  await handOver(county, findingIds, market, new Date(Date.now() + 30 * 86_400_000));
  govName = `测试市${tree.city}人民政府`;
});

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

async function open(page: Page, menu: string, path: string): Promise<void> {
  await page.getByTestId('side-menu').getByText(menu, { exact: true }).click();
  await page.waitForURL(`**${path}`);
}

/** The plan table's row of an item. */
function planRow(page: Page, title: string): Locator {
  return page.getByTestId('annual-plans').locator('tr.ant-table-row', { hasText: title });
}

/** Presses a row's button that asks for confirmation, and confirms in the popconfirm. */
async function confirmed(page: Page, row: Locator, button: RegExp): Promise<void> {
  await row.getByRole('button', { name: button }).click();
  const popconfirm = await settled(page.locator('.ant-popconfirm'));
  await popconfirm.getByRole('button', { name: button }).click();
  await popconfirm.waitFor({ state: 'hidden' });
}

describe('监督计划: the city moves its plan items', () => {
  it('starts and completes one item, adjusts another with its reason, and the year’s figures follow', async () => {
    const page = await signIn(browser, platform.url, tree.city);
    await open(page, '监督计划', '/plans');
    await page.getByTestId('plan-figure-items').getByText('3', { exact: true }).waitFor();

    const started = planRow(page, STARTED);
    await started.getByText('12 月', { exact: false }).waitFor();
    await started.getByText('听取和审议专项工作报告').waitFor();
    await confirmed(page, started, /启\s*动/);
    await started.getByTestId('plan-item-status').getByText('已启动').waitFor();
    await confirmed(page, started, /完\s*成/);
    await started.getByTestId('plan-item-status').getByText('已完成').waitFor();

    const adjusted = planRow(page, ADJUSTED);
    await adjusted.getByRole('button', { name: /调\s*整/ }).click();
    const dialog = await settled(page.getByRole('dialog', { name: '调整计划项目' }));
    await dialog.getByLabel('调整理由').fill(REASON);
    await dialog.getByLabel('调整决定').fill(DECISION);
    await dialog.getByRole('button', { name: /调\s*整/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await adjusted.getByTestId('plan-item-status').getByText('已调整').waitFor();
    await adjusted.getByTestId('plan-item-adjustment').getByText(`${DECISION}:${REASON}`).waitFor();
    expect(await adjusted.getByRole('button', { name: /启\s*动/ }).count()).toBe(0);
    await planRow(page, UNTOUCHED).getByTestId('plan-item-status').getByText('未启动').waitFor();

    // 已启动 counts the items started so far, the completed one included.
    await page.getByTestId('plan-figure-started').getByText('1', { exact: true }).waitFor();
    await page.getByTestId('plan-figure-completed').getByText('1', { exact: true }).waitFor();
    await page.getByTestId('plan-figure-adjusted').getByText('1', { exact: true }).waitFor();
    await screenshot(page, 'plan-items');

    const { annualPlans } = await city.ok<{
      annualPlans: Array<{
        items: Array<{
          title: string;
          status: string;
          adjustReason: string | null;
          adjustDecision: string | null;
        }>;
      }>;
    }>(PLAN_ITEMS, { year: YEAR });
    const items = annualPlans.flatMap((plan) => plan.items);
    expect(items.find((item) => item.title === STARTED)?.status).toBe('COMPLETED');
    expect(items.find((item) => item.title === ADJUSTED)).toMatchObject({
      status: 'ADJUSTED',
      adjustReason: REASON,
      adjustDecision: DECISION,
    });
    const { planFigures } = await city.ok<{ planFigures: Record<string, number> }>(FIGURES, { year: YEAR });
    expect(planFigures).toEqual({ items: 3, started: 1, completed: 1, adjusted: 1 });

    // 本级监督: the city supervises an item itself, on its own task page, which 监督任务 then lists.
    await planRow(page, UNTOUCHED).getByRole('button', { name: '本级监督' }).click();
    await page.waitForURL('**/tasks/*');
    await page.getByTestId('assignment-title').getByText(UNTOUCHED).waitFor();
    await page.getByTestId('own-supervision').waitFor();
    await screenshot(page, 'own-supervision');
    await open(page, '监督任务', '/tasks');
    await page.getByTestId('tasks-title').getByText('监督任务', { exact: false }).waitFor();
    // Acknowledged at once, the own assignment is in hand: under 进行中, not 待签收.
    await page.getByTestId('tab-active').click();
    await page
      .getByRole('tabpanel', { name: /进行中/ })
      .locator('tr.ant-table-row', { hasText: UNTOUCHED })
      .waitFor();
    await page.context().close();
  });
});

describe('会议与审议意见, the ledger by kind, and the 人民政府’s answer', () => {
  it('records a session, sends a 审议意见 with two items that the ledger lists by kind, and the unit answers', async () => {
    const page = await signIn(browser, platform.url, tree.city);
    await open(page, '会议与审议意见', '/sessions');
    await page.getByText(`${YEAR} 年尚未记录会议`).waitFor();

    await page.getByRole('button', { name: '记录会议' }).click();
    let dialog = await settled(page.getByRole('dialog', { name: '记录会议' }));
    await dialog.getByLabel('第几次会议').fill('5');
    await dialog.getByLabel('报告 1', { exact: true }).fill(REPORT_TITLE);
    await choose(dialog.getByRole('combobox', { name: '报告机关 1' }), govName);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const session = page.getByTestId('session').filter({ hasText: '第5次会议' });
    await session.getByText(REPORT_TITLE).waitFor();

    await session.getByRole('button', { name: '送交审议意见' }).click();
    dialog = await settled(page.getByRole('dialog', { name: /送交审议意见/ }));
    await choose(dialog.getByRole('combobox', { name: '送交机关' }), govName);
    await dialog.getByLabel('标题').fill(OPINION_TITLE);
    await dialog.getByLabel('意见事项 1').fill(ITEMS[0]!);
    await dialog.getByRole('button', { name: '添加事项' }).click();
    await dialog.getByLabel('意见事项 2').fill(ITEMS[1]!);
    await dialog.getByRole('button', { name: /送\s*交/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const opinion = session.getByTestId('opinions').locator('tr.ant-table-row', { hasText: OPINION_TITLE });
    await opinion.getByText('审议意见', { exact: true }).waitFor();
    await opinion.getByText('已销号 0/2 项').waitFor();
    await opinion.getByText('未报送').waitFor();
    await screenshot(page, 'sessions');

    // The ledger: both items as 审议意见 beside the county's handoff of findings; the kind filter keeps them.
    await open(page, '整改台账', '/ledger');
    const table = page.getByTestId('handoff-table');
    for (const item of ITEMS) {
      await table
        .locator('tr.ant-table-row', { hasText: item })
        .getByTestId('handoff-kind')
        .getByText('审议意见')
        .waitFor();
    }
    await table.getByTestId('handoff-kind').getByText('问题交办').first().waitFor();
    await page.getByTestId('ledger-summary-REVIEW_OPINION').getByText('2', { exact: true }).first().waitFor();
    await choose(page.getByTestId('ledger-filters').getByRole('combobox', { name: '类别' }), '审议意见');
    await table.getByTestId('handoff-kind').getByText('问题交办').first().waitFor({ state: 'detached' });
    expect(await table.locator('tr.ant-table-row').count()).toBe(2);
    expect(await table.getByTestId('handoff-kind').allInnerTexts()).toEqual(['审议意见', '审议意见']);
    await screenshot(page, 'ledger-by-kind');
    await page.context().close();

    // The 人民政府 opens an item among its 交办件 and answers the whole opinion.
    const gov = await signIn(browser, platform.url, `${tree.city}-gov`);
    await open(gov, '交办件', '/handoffs');
    const row = gov.getByTestId('handoff-table').locator('tr.ant-table-row', { hasText: ITEMS[0]! });
    await row.getByTestId('handoff-kind').getByText('审议意见').waitFor();
    await row.getByRole('link').click();
    await gov.waitForURL('**/handoffs/*');
    await gov.getByTestId('handoff-opinion').getByText(ITEMS[1]!).waitFor();
    await gov.getByRole('button', { name: '报送研究处理情况报告' }).click();
    dialog = await settled(gov.getByRole('dialog', { name: '报送研究处理情况报告' }));
    await dialog.getByLabel('研究处理情况报告').fill(ANSWER);
    await dialog.getByRole('button', { name: /报\s*送/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await gov.getByTestId('handoff-status').getByText('已报告待验收').first().waitFor();
    await gov.getByTestId('opinion-response').getByText(ANSWER).waitFor();
    await screenshot(gov, 'opinion-answered');
    await gov.context().close();

    const { sessions } = await city.ok<{
      sessions: Array<{
        opinions: Array<{
          kind: string;
          title: string;
          response: string | null;
          items: Array<{ status: string; kind: string }>;
        }>;
      }>;
    }>(OPINIONS);
    const sent = sessions.flatMap((one) => one.opinions).find((one) => one.title === OPINION_TITLE);
    expect(sent).toMatchObject({ kind: 'REVIEW_OPINION', response: ANSWER });
    expect(sent?.items.map((item) => [item.kind, item.status])).toEqual([
      ['REVIEW_OPINION', 'REPLIED'],
      ['REVIEW_OPINION', 'REPLIED'],
    ]);
  });
});
