import type { Browser, Locator, Page } from 'playwright-core';
import { createTenantTree, type Platform, startPlatform } from '@liandong/testing-system';
import { choose, launchChromium, screenshot, settled, signIn } from './support/browser';

jest.setTimeout(240_000);

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

const TITLE = '员额法官履职评议(测试)';
const JUDGES = [
  { name: '张法官', post: '员额法官 刑事审判庭' },
  { name: '李法官', post: '员额法官 民事审判庭' },
  { name: '王法官', post: '员额法官 行政审判庭' },
];
/** Votes per judge: [常委会组成人员 of 30, 人大代表 of 40], each [满意, 基本满意, 不满意]. */
const VOTES: Array<[[number, number, number], [number, number, number]]> = [
  [
    [20, 8, 2],
    [30, 6, 4],
  ],
  [
    [26, 3, 1],
    [35, 4, 1],
  ],
  [
    [5, 5, 20],
    [10, 8, 22],
  ],
];

async function enterVotes(page: Page, row: Locator, column: number, votes: [number, number, number]) {
  await row.getByRole('cell').nth(column).getByRole('button', { name: '录入票数' }).click();
  const dialog = await settled(page.getByRole('dialog', { name: /^录入票数/ }));
  await dialog.getByLabel('满意票', { exact: true }).fill(String(votes[0]));
  await dialog.getByLabel('基本满意票').fill(String(votes[1]));
  await dialog.getByLabel('不满意票').fill(String(votes[2]));
  await dialog.getByRole('button', { name: '提交计票' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await row.getByRole('cell').nth(column).getByTestId('group-result').waitFor();
}

describe('评议 in the console', () => {
  it('a city runs a 履职评议 of three named judges by two voter groups, and sees results per group and the ranking', async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 0);
    const court = `测试市${tree.city}人民法院`;
    const page = await signIn(browser, platform.url, tree.city);
    await page.getByTestId('side-menu').getByText('评议', { exact: true }).click();
    await page.waitForURL('**/appraisals');
    await page.getByTestId('appraisals').getByText('年没有评议', { exact: false }).waitFor();

    await page.getByRole('button', { name: '新建评议' }).click();
    const dialog = await settled(page.getByRole('dialog', { name: '新建评议' }));
    // Nothing filled in: the form names what is missing beside each field.
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await dialog.getByText('请填写评议名称').waitFor();
    await dialog.getByText('请填写职务').waitFor();

    await dialog.getByLabel('评议名称').fill(TITLE);
    for (const [index, judge] of JUDGES.entries()) {
      if (index > 0) {
        await dialog.getByRole('button', { name: '添加评议对象' }).click();
      }
      await dialog.getByLabel(`对象名称 ${index + 1}`, { exact: true }).fill(judge.name);
      await dialog.getByLabel(`职务 ${index + 1}`, { exact: true }).fill(judge.post);
      await choose(dialog.getByRole('combobox', { name: `所在单位 ${index + 1}` }), court);
    }
    await dialog.getByLabel('应参评人数 1', { exact: true }).fill('30');
    await dialog.getByRole('button', { name: '添加投票群体' }).click();
    await dialog.getByLabel('群体名称 2', { exact: true }).fill('人大代表');
    await dialog.getByLabel('应参评人数 2', { exact: true }).fill('40');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await page.waitForURL(/\/appraisals\/[0-9a-f-]{36}$/);
    await page.getByTestId('appraisal-title').getByText(TITLE).waitFor();
    await page.getByTestId('appraisal-status').getByText('筹备中').waitFor();

    const table = page.getByTestId('appraisal-votes');
    const rowOf = (name: string) => table.getByRole('row').filter({ hasText: name });

    // More votes than the group has members: refused, and the dialog says why.
    await rowOf(JUDGES[0]!.name).getByRole('cell').nth(1).getByRole('button', { name: '录入票数' }).click();
    const tooMany = await settled(page.getByRole('dialog', { name: /^录入票数/ }));
    await tooMany.getByLabel('满意票', { exact: true }).fill('25');
    await tooMany.getByLabel('基本满意票').fill('5');
    await tooMany.getByLabel('不满意票').fill('5');
    await tooMany.getByRole('button', { name: '提交计票' }).click();
    await tooMany.getByRole('alert').getByText('超过应参评人数 30', { exact: false }).waitFor();
    await tooMany.getByRole('button', { name: /取\s*消/ }).click();
    await tooMany.waitFor({ state: 'hidden' });

    for (const [index, judge] of JUDGES.entries()) {
      const [members, deputies] = VOTES[index]!;
      await enterVotes(page, rowOf(judge.name), 1, members);
      await enterVotes(page, rowOf(judge.name), 2, deputies);
    }
    await page.getByTestId('appraisal-status').getByText('计票中').waitFor();

    // Per group: 王法官 is 不满意 with both groups; 张法官 satisfies the members (20 > 15) and the deputies.
    const wang = rowOf('王法官');
    await wang.getByRole('cell').nth(1).getByText('不满意', { exact: true }).waitFor();
    await wang.getByRole('cell').nth(2).getByText('满意 10 / 基本满意 8 / 不满意 22').waitFor();
    await wang.getByRole('cell').nth(3).getByText('不满意', { exact: true }).waitFor();
    await rowOf('张法官').getByRole('cell').nth(1).getByText('满意', { exact: true }).waitFor();

    const ranking = page.getByTestId('appraisal-ranking');
    await ranking.getByRole('row').nth(3).waitFor();
    const ranked = await ranking.getByRole('row').allInnerTexts();
    expect(ranked.slice(1).map((row) => row.split('\t').slice(0, 3))).toEqual([
      ['1', '李法官(员额法官 民事审判庭)', '满意'],
      ['2', '张法官(员额法官 刑事审判庭)', '满意'],
      ['3', '王法官(员额法官 行政审判庭)', '不满意'],
    ]);
    await screenshot(page, 'appraisal-results');

    // 作出决定: the failing judge re-reports by the day chosen, as a ledger item.
    await page.getByRole('button', { name: '作出决定' }).click();
    const decide = await settled(page.getByRole('dialog', { name: '作出评议结论' }));
    await decide.getByText('1 个评议对象未通过', { exact: false }).waitFor();
    await decide.getByRole('button', { name: '作出结论' }).click();
    await decide.waitFor({ state: 'hidden' });
    await page.getByTestId('appraisal-status').getByText('已作出结论').waitFor();
    const reReports = page.getByTestId('appraisal-re-reports');
    const wangReReport = reReports.getByRole('row').filter({ hasText: '王法官' });
    await wangReReport.getByRole('link', { name: '查看' }).waitFor();
    await wangReReport.getByRole('button', { name: '记录整改再报告' }).click();
    const reReport = await settled(page.getByRole('dialog', { name: /^记录整改再报告/ }));
    await reReport.getByLabel('再报告情况').fill('已逐案复查,整改完毕');
    await reReport.getByRole('button', { name: /保\s*存/ }).click();
    await reReport.waitFor({ state: 'hidden' });
    await wangReReport.getByText('已逐案复查,整改完毕').waitFor();

    const city = await platform.as(tree.city);
    const { appraisals } = await city.ok<{
      appraisals: Array<{
        title: string;
        kind: string;
        status: string;
        groups: Array<{ name: string; eligible: number }>;
        subjects: Array<{
          name: string;
          post: string;
          result: string;
          reReportSummary: string | null;
          votes: Array<{ groupName: string; result: string }>;
        }>;
      }>;
    }>(
      `{ appraisals { title kind status groups { name eligible }
         subjects { name post result reReportSummary votes { groupName result } } } }`,
    );
    expect(appraisals).toEqual([
      {
        title: TITLE,
        kind: 'PERFORMANCE',
        status: 'DECIDED',
        groups: [
          { name: '常委会组成人员', eligible: 30 },
          { name: '人大代表', eligible: 40 },
        ],
        subjects: JUDGES.map((judge, index) => ({
          ...judge,
          result: index === 2 ? 'UNSATISFIED' : 'SATISFIED',
          reReportSummary: index === 2 ? '已逐案复查,整改完毕' : null,
          votes: [
            { groupName: '常委会组成人员', result: index === 2 ? 'UNSATISFIED' : 'SATISFIED' },
            { groupName: '人大代表', result: index === 2 ? 'UNSATISFIED' : 'SATISFIED' },
          ],
        })),
      },
    ]);

    // The list shows it with its results in ranking order.
    await page.getByTestId('side-menu').getByText('评议', { exact: true }).click();
    await page.waitForURL('**/appraisals');
    const listed = page.getByTestId('appraisals').getByRole('row').filter({ hasText: TITLE });
    await listed.getByText('1. 李法官').waitFor();
    await listed.getByText('已作出结论').waitFor();
    await page.context().close();
  });
});
