import type { Browser } from 'playwright-core';
import {
  CREATE_PROJECT,
  createTenantTree,
  eventually,
  type Platform,
  projectInput,
  startPlatform,
  type TenantTree,
} from '@liandong/testing-system';
import { launchChromium, screenshot, settled, signIn } from './support/browser';

jest.setTimeout(180_000);

const MY_ASSIGNMENTS = `query { myAssignments { id project { id } localPlan { id status } } }`;

type MyAssignments = {
  myAssignments: Array<{
    id: string;
    project: { id: string };
    localPlan: { id: string; status: string } | null;
  }>;
};

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

describe('plans: publish, file a local plan, review it', () => {
  it('takes a joint project from the city to a county’s accepted local plan', async () => {
    const cityClient = await platform.as(tree.city);
    const countyClient = await platform.as(tree.counties[0]!);
    const title = `营商环境联动监督 ${tree.city}`;
    const created = await cityClient.ok<{ createJointProject: { id: string } }>(CREATE_PROJECT, {
      input: projectInput({ title }),
    });
    const projectId = created.createJointProject.id;

    // The city finds its project on the plans page (opened on the year that has data) and publishes it to
    // both counties with the tree picker.
    const city = await signIn(browser, platform.url, tree.city);
    await city.getByTestId('side-menu').getByText('监督计划').click();
    await city.waitForURL('**/plans');
    const projects = city.getByTestId('joint-projects');
    await projects.getByRole('link', { name: title }).waitFor();
    await screenshot(city, 'plans');

    await projects.getByRole('link', { name: title }).click();
    await city.waitForURL(`**/plans/projects/${projectId}`);
    await city.getByTestId('unifications').getByText('涉企收费是否规范').waitFor();
    const publish = city.getByTestId('publish');
    await publish.getByText('测试县1').click();
    await publish.getByText('测试县2').click();
    await publish.getByRole('button', { name: /下达\(已选 2 个单位\)/ }).click();
    await publish.getByText('已下达,涉及 2 个单位的任务').waitFor();
    const assignments = city.getByTestId('assignments');
    await assignments.getByText('测试县1(县区)').waitFor();
    await assignments.getByText('测试县2(县区)').waitFor();
    await screenshot(city, 'joint-project');

    // The county opens its local plan, acknowledges, and the check finds the unnamed leadership blocking.
    const { myAssignments } = await countyClient.ok<MyAssignments>(MY_ASSIGNMENTS);
    const assignment = myAssignments.find((a) => a.project.id === projectId)!;
    const county = await signIn(browser, platform.url, tree.counties[0]!);
    await county.goto(`${platform.url}/plans/local/${assignment.id}`);
    await county.getByTestId('local-plan-title').getByText(title).waitFor();
    await county.getByRole('button', { name: '签收任务' }).click();
    await county.getByText('任务尚未签收,签收后方可报备实施方案').waitFor({ state: 'detached' });

    await county.getByRole('button', { name: /^报\s*备$/ }).click();
    await county
      .getByTestId('local-plan-error')
      .getByText(/阻断性问题/)
      .waitFor();
    const leadership = county.getByTestId('local-plan-section-LEADERSHIP');
    await leadership.getByText('未填写牵头单位').waitFor();
    expect(await leadership.getByTestId('conformance-issue').count()).toBe(2);
    await screenshot(county, 'local-plan');

    await county.getByLabel('牵头单位').fill('测试县1人大常委会');
    await county.getByLabel('负责领导').fill('常委会副主任 李某某');
    await county.getByRole('button', { name: /^检\s*查$/ }).click();
    await county.getByTestId('conformance-summary').getByText('符合统一方案').waitFor();
    expect(await leadership.getByTestId('conformance-issue').count()).toBe(0);
    await county.getByRole('button', { name: /^报\s*备$/ }).click();
    await county.getByTestId('local-plan-filed').waitFor();
    await county.getByTestId('local-plan-status').getByText('待审核').waitFor();
    await screenshot(county, 'local-plan-filed');

    // The city accepts it from the review list on its plans page; the row leaves the list. The year's sections
    // above the list load first, so it has stopped moving down the page when 通过 is pressed.
    await city.goto(`${platform.url}/plans`);
    await projects.getByRole('link', { name: title }).waitFor();
    await city.getByTestId('annual-plans').getByText('暂无年度监督工作计划').waitFor();
    const review = city.getByTestId('local-plans-to-review');
    const row = review.getByRole('row', { name: /测试县1/ });
    await row.waitFor();
    await row.getByRole('button', { name: /^通\s*过$/ }).click();
    await row.waitFor({ state: 'detached' });
    await screenshot(city, 'plans-reviewed');

    const after = await eventually(
      async () => (await countyClient.ok<MyAssignments>(MY_ASSIGNMENTS)).myAssignments,
      (list) => list.some((a) => a.id === assignment.id && a.localPlan?.status === 'ACCEPTED'),
      { what: 'the local plan to be accepted', timeoutMs: 10_000 },
    );
    expect(after.find((a) => a.id === assignment.id)?.localPlan?.status).toBe('ACCEPTED');
    await city.context().close();
    await county.context().close();
  });
});

describe('plans: the annual plan and a joint project made from one of its items', () => {
  it('drafts and adopts a plan, then writes the five unifications, with errors beside the fields', async () => {
    const own = await createTenantTree(platform.dataSource, 1, 1);
    const item = `牡丹保护与发展 ${own.city}`;
    const page = await signIn(browser, platform.url, own.city);
    await page.goto(`${platform.url}/plans`);
    const plans = page.getByTestId('annual-plans');
    await plans.getByText(/暂无年度监督工作计划/).waitFor();

    await plans.getByRole('button', { name: '制定年度计划' }).click();
    const draft = page.getByRole('dialog');
    await settled(draft);
    await draft.getByLabel('项目名称').fill(item);
    await draft.getByRole('button', { name: '保存草稿' }).click();
    await draft.waitFor({ state: 'detached' });
    await plans.getByText(item).waitFor();
    await plans.getByText('草稿').waitFor();

    await plans.getByRole('button', { name: '通过计划' }).click();
    const confirm = await settled(page.locator('.ant-popconfirm'));
    await confirm.getByRole('button', { name: /^通\s*过$/ }).click();
    await plans.getByText('已通过').waitFor();

    await plans
      .getByRole('row', { name: new RegExp(item) })
      .getByRole('button', { name: '创建联动项目' })
      .click();
    const form = await settled(page.getByRole('dialog'));
    await form.getByRole('button', { name: /^创\s*建$/ }).click();
    await form.getByText('请填写牵头机构').waitFor();
    await form.getByText('请至少选择一种监督方式').waitFor();

    await form.getByLabel('牵头机构').fill('市人大常委会农业与农村工委');
    await form.getByLabel('负责人').fill('常委会副主任 张某某');
    await form.getByLabel('监督目标与范围').fill('推动牡丹保护条例落实,提升牡丹产业发展水平');
    await form.getByLabel('开始日期').fill('2026-03-01');
    await form.getByLabel('结束日期').fill('2026-11-30');
    const dues = form.getByLabel('截止日期');
    for (const [index, day] of ['2026-03-31', '2026-06-30', '2026-08-31', '2026-11-15'].entries()) {
      await dues.nth(index).fill(day);
    }
    // The last date picker may still be closing: a click that only dismisses it leaves the box unchecked, so
    // check again until the box holds its state (check() does nothing to a checked box).
    const inspection = form.getByRole('checkbox', { name: '视察' });
    for (let attempt = 0; !(await inspection.isChecked()) && attempt < 5; attempt++) {
      await inspection.check({ timeout: 5_000 }).catch(() => undefined);
    }
    await inspection.check();
    await form.getByLabel('检查要点').fill('牡丹种质资源保护是否落实');
    await form.getByLabel('指标名称').fill('问题整改完成率');
    await form.getByLabel('目标值').fill('90');
    await form.getByRole('button', { name: /^创\s*建$/ }).click();

    await page.waitForURL('**/plans/projects/*');
    await page.getByTestId('project-title').getByText(item).waitFor();
    const unified = page.getByTestId('unifications');
    await unified.getByText('市人大常委会农业与农村工委').waitFor();
    await unified.getByText('牡丹种质资源保护是否落实').waitFor();
    expect(await unified.getByText('2026-03-31').count()).toBe(1);
    await screenshot(page, 'plans-project-from-item');
    await page.context().close();
  });
});
