import type { Browser } from 'playwright-core';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  type Platform,
  publishedProject,
  startPlatform,
} from '@liandong/testing-system';
import { choose, launchChromium, screenshot, signIn } from './support/browser';

jest.setTimeout(180_000);

const RECORD_ACTIVITY = `mutation ($assignmentId: ID!, $input: ActivityInput!) {
  recordActivity(assignmentId: $assignmentId, input: $input) { id } }`;
const ADD = 'mutation ($input: ExpertInput!) { addExpert(input: $input) { id } }';
const INVITED = `query ($id: ID!) { activities(assignmentId: $id) { id experts { expert { name } } } }`;

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

describe('the expert pool in the console', () => {
  it('lists the pool, proposes experts for an activity, shows the excluded with the reason and invites', async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 0);
    const county = tree.counties[0]!;
    const city = await platform.as(tree.city);
    const client = await platform.as(county);
    const { assignments } = await publishedProject(city, [county]);
    const assignmentId = assignments[0]!.id;
    await client.ok(ACKNOWLEDGE, { id: assignmentId });
    await client.ok(RECORD_ACTIVITY, {
      assignmentId,
      input: {
        method: 'COVERT_VISIT',
        startsAt: '2023-05-10T01:00:00.000Z',
        endsAt: '2023-05-10T05:00:00.000Z',
        location: '县政务服务中心',
        summary: '暗访涉企收费情况',
        participants: { members: 2, deputies: 0, experts: 0, staff: 1 },
        covert: true,
      },
    });
    const market = await departmentId(client, county, 'market');
    const expert = (name: string, extra: Record<string, unknown> = {}) => ({
      input: {
        name,
        fields: ['财政预算'],
        organisation: '某大学经济学院',
        title: '教授',
        termStartsOn: '2022-01-01',
        termEndsOn: '2031-12-31',
        ...extra,
      },
    });
    await client.ok(ADD, expert('张建国', { organisation: '县市场监督管理局', departmentId: market }));
    await client.ok(ADD, expert('李文静'));

    const page = await signIn(browser, platform.url, county);
    await page.getByTestId('side-menu').getByText('专家库').click();
    await page.waitForURL('**/experts');
    const pool = page.getByTestId('experts-page');
    await pool.getByText('李文静').waitFor();
    await pool.getByText('县市场监督管理局').waitFor();
    await screenshot(page, 'experts');

    await page.goto(`${platform.url}/tasks/${assignmentId}`);
    await page.getByRole('button', { name: '邀请专家' }).click();
    const dialog = page.getByTestId('activity-experts');
    await dialog.getByText('尚未邀请专家').waitFor();
    await choose(dialog.getByLabel('领域'), '财政预算');
    await choose(dialog.getByLabel('被监督单位'), '测试县1市场监督管理局');
    await dialog.getByRole('button', { name: /^推\s*荐$/ }).click();

    const excluded = dialog.getByTestId('excluded-experts');
    await excluded.getByText('张建国').waitFor();
    expect(await excluded.innerText()).toContain('与被监督单位同单位');
    const candidate = dialog.locator('tr', { hasText: '李文静' });
    await candidate.waitFor();
    expect(await candidate.innerText()).toContain('0 次');
    expect(await dialog.locator('tr', { hasText: '张建国' }).count()).toBe(0);
    await screenshot(page, 'experts-proposal');

    await candidate.locator('input[type=checkbox]').check();
    await dialog.getByRole('button', { name: '邀请所选' }).click();
    // The invited list names her with the units supervised.
    await dialog.locator('li', { hasText: '李文静(某大学经济学院) · 被监督单位' }).waitFor();
    const stored = await client.ok<{ activities: Array<{ experts: Array<{ expert: { name: string } }> }> }>(
      INVITED,
      { id: assignmentId },
    );
    expect(stored.activities[0]?.experts.map((x) => x.expert.name)).toEqual(['李文静']);
  });
});
