import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { CREATE_PROJECT, type Platform, projectInput, startPlatform } from '@liandong/testing-system';
import { choose, consoleContext, launchChromium, screenshot, settled, signIn } from './support/browser';

jest.setTimeout(180_000);

const CITY = '4103';
const TONGCHOU = '4103-tongchou';
const CAIJING_STAFF = '4103-caijing';

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

/** Opens 系统管理 from the side menu, then one of its tabs. */
async function openAdmin(page: Page, tab: '承办单位' | '委室' | '账号'): Promise<void> {
  await page.getByTestId('side-menu').getByText('系统管理').click();
  await page.waitForURL('**/admin');
  await page.getByRole('tab', { name: tab }).click();
}

describe('系统管理 for the city’s coordinator', () => {
  it('adds 洛阳市水利局 and sees it listed; a taken code is refused beside the code', async () => {
    const code = `water-${randomInt(1e6)}`;
    const page = await signIn(browser, platform.url, CITY);
    await openAdmin(page, '承办单位');
    const card = page.getByTestId('units-card');

    await card.getByRole('button', { name: /新\s*增/ }).click();
    let dialog = await settled(page.getByRole('dialog', { name: '新增承办单位' }));
    await dialog.getByLabel('编码').fill(code);
    await dialog.getByLabel('名称').fill('洛阳市水利局');
    await choose(dialog.getByLabel('类型'), '政府部门');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = card.getByRole('row').filter({ hasText: code });
    await row.getByText('洛阳市水利局').waitFor();
    await row.getByText('在用').waitFor();

    const city = await platform.as(CITY);
    const { tenantByCode } = await city.ok<{ tenantByCode: { id: string } }>(
      'query { tenantByCode(code: "4103") { id } }',
    );
    const { departments } = await city.ok<{
      departments: Array<{ code: string; name: string; kind: string }>;
    }>('query ($id: ID!) { departments(tenantId: $id) { code name kind } }', { id: tenantByCode.id });
    expect(departments).toContainEqual({ code, name: '洛阳市水利局', kind: 'GOVERNMENT_DEPARTMENT' });
    await screenshot(page, 'admin-units');

    await card.getByRole('button', { name: /新\s*增/ }).click();
    dialog = await settled(page.getByRole('dialog', { name: '新增承办单位' }));
    await dialog.getByLabel('编码').fill(code);
    await dialog.getByLabel('名称').fill('洛阳市水利局(重复)');
    await choose(dialog.getByLabel('类型'), '政府部门');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog
      .locator('.ant-form-item', { has: page.getByLabel('编码') })
      .getByText(`本机关已有编码为 ${code} 的承办单位`, { exact: false })
      .waitFor();
    await page.context().close();
  });

  it('adds a committee and sees it listed with nobody in it', async () => {
    const code = `chengjian-${randomInt(1e6)}`;
    const page = await signIn(browser, platform.url, CITY);
    await openAdmin(page, '委室');
    const card = page.getByTestId('committees-card');
    // The seeded 统筹办 leads the list.
    await card.getByRole('row').filter({ hasText: 'tongchou' }).getByText('统筹办').first().waitFor();

    await card.getByRole('button', { name: /新\s*增/ }).click();
    const dialog = await settled(page.getByRole('dialog', { name: '新增委室' }));
    await dialog.getByLabel('编码').fill(code);
    await dialog.getByLabel('名称').fill('城乡建设环境保护工作委员会');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = card.getByRole('row').filter({ hasText: code });
    await row.getByText('城乡建设环境保护工作委员会').waitFor();
    expect(await row.locator('td').nth(3).innerText()).toBe('0');

    const city = await platform.as(CITY);
    const { committees } = await city.ok<{ committees: Array<{ code: string; name: string }> }>(
      'query { committees { code name } }',
    );
    expect(committees).toContainEqual({ code, name: '城乡建设环境保护工作委员会' });
    await page.context().close();
  });
});

describe('an account for a member of 财经委', () => {
  it('is created with a temporary password, must change it, then sees only 财经委’s projects', async () => {
    // The city's projects: one led by 财经委, one by 教科文卫委.
    const city = await platform.as(CITY);
    const { committees } = await city.ok<{ committees: Array<{ id: string; code: string }> }>(
      'query { committees { id code } }',
    );
    const lead = (code: string) => committees.find((committee) => committee.code === code)?.id;
    for (const code of ['caijing', 'jiaokewenwei']) {
      await city.ok(CREATE_PROJECT, { input: projectInput({ leadCommitteeId: lead(code) }) });
    }

    const username = `4103-caijing-${randomInt(1e6)}`;
    const page = await signIn(browser, platform.url, CITY);
    await openAdmin(page, '账号');
    const card = page.getByTestId('accounts-card');
    await card.getByRole('button', { name: /新\s*建/ }).click();
    const dialog = await settled(page.getByRole('dialog', { name: '新建账号' }));
    // A coordinator cannot make an administrator.
    await dialog.getByLabel('角色').click();
    const roles = page.locator('.ant-select-dropdown').filter({ visible: true });
    await roles.locator('[title="统筹协调"]').waitFor();
    expect(await roles.locator('[title="系统管理员"]').count()).toBe(0);
    await dialog.getByLabel('角色').press('Escape');
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('王敏');
    await choose(dialog.getByLabel('委室'), '财政经济委员会');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();

    const issued = await settled(page.getByRole('dialog', { name: '账号已创建' }));
    const password = (await issued.getByTestId('temporary-password').innerText()).trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'admin-account-issued');
    await issued.getByRole('button', { name: '我已记下' }).click();
    const row = card.getByRole('row').filter({ hasText: username });
    await row.getByText('财政经济委员会').waitFor();
    await row.getByText('是', { exact: true }).waitFor();
    await page.context().close();

    // The new member signs in with the issued password, in a browser of their own.
    const context = await consoleContext(browser);
    const own = await context.newPage();
    await own.goto(`${platform.url}/login`);
    await own.getByLabel('账号').fill(username);
    await own.getByLabel('密码').fill(password);
    await own.getByRole('button', { name: /登\s*录/ }).click();
    await own.waitForURL('**/change-password');
    await own.getByRole('heading', { name: '修改初始密码' }).waitFor();
    // Nothing else opens until the password is changed.
    await own.goto(`${platform.url}/plans`);
    await own.waitForURL('**/change-password');
    expect(await own.getByTestId('side-menu').count()).toBe(0);

    const chosen = `Caijing-${randomInt(1e6)}-委`;
    await own.getByLabel('临时密码').fill(password);
    await own.getByLabel('新密码', { exact: true }).fill(chosen);
    await own.getByLabel('确认新密码').fill(chosen);
    await own.getByRole('button', { name: /修改密码/ }).click();
    await own.waitForURL('**/login');
    await own.getByLabel('账号').fill(username);
    await own.getByLabel('密码').fill(chosen);
    await own.getByRole('button', { name: /登\s*录/ }).click();
    await own.waitForURL('**/dashboard');

    // The API: the member reads 财经委's projects only, while the office as a whole has others.
    const member = await platform.client.login(username, chosen);
    const list = 'query { jointProjects { id year leadCommittee { code } } }';
    type Projects = {
      jointProjects: Array<{ id: string; year: number; leadCommittee: { code: string } | null }>;
    };
    const mine = (await member.ok<Projects>(list)).jointProjects;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((project) => project.leadCommittee?.code === 'caijing')).toBe(true);
    const all = (await city.ok<Projects>(list)).jointProjects;
    expect(all.some((project) => project.leadCommittee?.code !== 'caijing')).toBe(true);

    // The console: the year of those projects lists them, each led by 财经委.
    const year = Math.max(...mine.map((project) => project.year));
    await own.getByTestId('side-menu').getByText('监督计划').click();
    await own.waitForURL('**/plans');
    const picker = own.getByTestId('year-picker');
    await picker.locator('.ant-select-selection-item').waitFor();
    if ((await picker.locator('.ant-select-selection-item').innerText()).trim() !== `${year} 年`) {
      await picker.click();
      const options = await settled(own.locator('.ant-select-dropdown'));
      await options.locator(`[title="${year} 年"]`).click();
    }
    const projects = own.getByTestId('joint-projects');
    const rows = projects.locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    const leads = await rows.locator('td:nth-child(3)').allInnerTexts();
    expect(leads).toHaveLength(mine.filter((project) => project.year === year).length);
    expect(new Set(leads.map((lead) => lead.trim()))).toEqual(new Set(['财政经济委员会']));
    await screenshot(own, 'caijing-member-plans');
    await context.close();
  });
});

describe('委室进度 for the 统筹办', () => {
  it('lists every committee of the city with its figures, and presses 财经委', async () => {
    const page = await signIn(browser, platform.url, TONGCHOU);
    await page.getByTestId('side-menu').getByText('委室进度').click();
    await page.waitForURL('**/committee-progress');
    const table = page.getByTestId('committee-scorecard');
    const caijing = table.getByRole('row').filter({ hasText: '财政经济委员会' });
    await caijing.waitFor();

    const tongchou = await platform.as(TONGCHOU);
    const { committees } = await tongchou.ok<{ committees: Array<{ name: string }> }>(
      'query { committees { name } }',
    );
    for (const committee of committees) {
      await table.getByRole('row').filter({ hasText: committee.name }).first().waitFor();
    }
    const { progress } = await tongchou.ok<{
      progress: Array<{ committee: { code: string } | null; findings: number; closed: number }>;
    }>('query { progress(groupBy: [COMMITTEE]) { committee { code } findings closed } }');
    const figures = progress.find((row) => row.committee?.code === 'caijing') ?? { findings: 0, closed: 0 };
    const cells = await caijing.locator('td').allInnerTexts();
    expect(cells[2]?.trim()).toBe(String(figures.findings));
    expect(cells[4]?.trim()).toBe(String(figures.closed));
    await page.getByTestId('chart-by-committee').locator('canvas').waitFor();
    await screenshot(page, 'committee-scorecard');

    const message = `请财经委加快推进牵头项目的整改(${randomInt(1e6)})`;
    await caijing.getByRole('button', { name: /督\s*促/ }).click();
    const dialog = await settled(page.getByRole('dialog', { name: /督促「财政经济委员会」/ }));
    await dialog.getByLabel('督促内容').fill(message);
    await dialog.getByRole('button', { name: '发送督促' }).click();
    await page.getByText('已督促「财政经济委员会」').waitFor();

    // 财经委's staff are told.
    const staff = await platform.as(CAIJING_STAFF);
    const { notifications } = await staff.ok<{ notifications: Array<{ kind: string; message: string }> }>(
      'query { notifications { kind message } }',
    );
    expect(notifications).toContainEqual({
      kind: 'COMMITTEE_PRESSED',
      message: expect.stringContaining(message) as unknown as string,
    });
    await page.context().close();
  });
});
