import type { Browser } from 'playwright-core';
import {
  createTenantTree,
  type Platform,
  projectInput,
  publishedProject,
  startPlatform,
  type TenantTree,
} from '@liandong/testing-system';
import { choose, launchChromium, screenshot, signIn } from './support/browser';

jest.setTimeout(180_000);

const RECORD = `mutation ($projectId: ID!, $input: IndicatorValueInput!) {
  recordIndicatorValue(projectId: $projectId, input: $input) { id } }`;

let platform: Platform;
let browser: Browser;
let tree: TenantTree;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchChromium();
  tree = await createTenantTree(platform.dataSource, 2, 1);
});

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

describe('统一效果 on the joint project page', () => {
  it('lets a county enter its actual with a source, and shows the city target against actual per tier', async () => {
    const [county1, county2] = tree.counties as [string, string];
    const city = await platform.as(tree.city);
    const unifications = projectInput()['unifications'] as Record<string, unknown>;
    const { projectId } = await publishedProject(city, [county1, county2], {
      input: projectInput({
        unifications: {
          ...unifications,
          effect: {
            indicators: [
              { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 80 },
              { code: 'TRAINED', name: '年度职业技能培训(万人次)', target: 20 },
            ],
          },
        },
      }),
    });
    await (
      await platform.as(county1)
    ).ok(RECORD, {
      projectId,
      input: { code: 'TRAINED', value: 18, source: '县统计局年报', measuredOn: '2023-12-31' },
    });

    // The second county enters its own actual in the console.
    const county = await signIn(browser, platform.url, county2);
    await county.goto(`${platform.url}/plans/projects/${projectId}`);
    const card = county.getByTestId('indicators');
    await card.getByTestId('indicator-TRAINED').waitFor();
    // A computed indicator is marked and cannot be chosen in the form.
    await card.getByTestId('indicator-RECTIFY_RATE').getByText('系统计算').waitFor();
    const enter = county.getByTestId('enter-indicator');
    await choose(enter.getByLabel('指标', { exact: true }), '年度职业技能培训(万人次)');
    await enter.getByLabel('实际值', { exact: true }).fill('24');
    await enter.getByLabel('数据来源', { exact: true }).fill('县人社局年度统计报表');
    await enter.getByLabel('统计日期', { exact: true }).fill('2023-12-31');
    await enter.getByRole('button', { name: /^填\s*报$/ }).click();
    await enter.getByText('已填报:24').waitFor();
    await enter.getByTestId('indicator-history').getByText('县人社局年度统计报表').waitFor();
    await card
      .getByTestId('indicator-TRAINED')
      .getByTestId('actual')
      .getByText('24', { exact: true })
      .waitFor();
    await screenshot(county, 'indicators-county');

    // The city reads target against actual: the mean of its counties, met, and each county's own below.
    const cityPage = await signIn(browser, platform.url, tree.city);
    await cityPage.goto(`${platform.url}/plans/projects/${projectId}`);
    const cityCard = cityPage.getByTestId('indicators');
    const trained = cityCard.getByTestId('indicator-TRAINED');
    await trained.getByTestId('actual').getByText('21', { exact: true }).waitFor();
    await trained.getByText('达标').waitFor();
    await cityCard.getByTestId('indicator-RECTIFY_RATE').getByText('暂无数据').waitFor();
    await trained.getByRole('button', { name: /展开|Expand/ }).click();
    const tiers = cityCard.locator('.ant-table-expanded-row').filter({ visible: true });
    await tiers.getByText('测试县1').waitFor();
    await tiers.getByRole('row', { name: /测试县2.*24/ }).waitFor();
    await tiers.getByRole('row', { name: /测试县1.*18.*未达标/ }).waitFor();
    await cityCard.getByTestId('indicators-chart').locator('canvas').first().waitFor();
    await screenshot(cityPage, 'indicators-city');
  });
});
