import { randomInt } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { createAccount, type Platform, startPlatform } from '@liandong/testing-system';
import { launchChromium, screenshot, settled, signIn, DEMO_PASSWORD } from './support/browser';

jest.setTimeout(120_000);

const ADMIN = '4103-admin';

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

describe('系统管理 for the administrator', () => {
  it('adds a supervision method, refusing a bad code beside the field, and retires it', async () => {
    const code = `FIELD_VISIT_${randomInt(1e6)}`;
    const page = await signIn(browser, platform.url, ADMIN);
    await page.getByTestId('side-menu').getByText('系统管理').click();
    await page.waitForURL('**/admin');
    const card = page.getByTestId('methods-card');

    await card.getByLabel('编码').fill('field visit');
    await card.getByLabel('名称').fill('实地察看');
    await card.getByRole('button', { name: /新\s*增/ }).click();
    await card.getByText('编码须为 2–40 位大写字母、数字或下划线,以字母开头').waitFor();

    await card.getByLabel('编码').fill(code);
    await card.getByRole('button', { name: /新\s*增/ }).click();
    const row = card.getByRole('row').filter({ hasText: code });
    await row.getByText('在用').waitFor();
    const admin = await platform.as(ADMIN);
    const listed = async (includeRetired: boolean) =>
      (
        await admin.ok<{ supervisionMethods: Array<{ code: string; name: string }> }>(
          'query ($all: Boolean) { supervisionMethods(includeRetired: $all) { code name } }',
          { all: includeRetired },
        )
      ).supervisionMethods.filter((method) => method.code === code);
    expect(await listed(false)).toEqual([{ code, name: '实地察看' }]);
    await screenshot(page, 'admin');

    await row.getByRole('button', { name: /停\s*用/ }).click();
    const confirm = await settled(page.locator('.ant-popconfirm'));
    await confirm.getByRole('button', { name: /停\s*用/ }).click();
    await row.getByText('已停用').waitFor();
    expect(await listed(false)).toEqual([]);
    expect(await listed(true)).toEqual([{ code, name: '实地察看' }]);
    await page.context().close();
  });

  it('sets a day off on the working-day calendar and counts working days with it', async () => {
    const page = await signIn(browser, platform.url, ADMIN);
    await page.goto(`${platform.url}/admin`);
    const card = page.getByTestId('calendar-card');
    const admin = await platform.as(ADMIN);
    // A Wednesday far from any holiday: 2031-03-12.
    const count = async () =>
      (
        await admin.ok<{ workingDaysBetween: number }>(
          'query { workingDaysBetween(from: "2031-03-09T16:00:00Z", to: "2031-03-13T16:00:00Z") }',
        )
      ).workingDaysBetween;
    const before = await count();

    await card.getByLabel('日期').fill('2031-03-12');
    await card.getByLabel('日期').press('Enter');
    // Exactly 设定: 取消设定 beside it holds the same two characters.
    const set = card.getByRole('button', { name: /^设\s*定$/ });
    await set.click();
    await card.getByText('请填写说明').waitFor();
    await card.getByLabel('说明').fill('地方性休息日(测试)');
    await set.click();
    await page.getByText('已将 2031-03-12 设为休息日').waitFor();
    expect(await count()).toBe(before - 1);

    await card.getByRole('button', { name: '取消设定' }).click();
    await page.getByText('已取消 2031-03-12 的设定').waitFor();
    expect(await count()).toBe(before);
    await page.context().close();
  });
});

describe('修改密码', () => {
  it('changes the password, ends the session, and signs in with the new one', async () => {
    const username = await createAccount(platform.dataSource, '410302', 'MEMBER');
    const page = await signIn(browser, platform.url, username);
    await page.getByTestId('account-menu').click();
    const menu = await settled(page.locator('.ant-dropdown'));
    await menu.getByRole('menuitem', { name: '修改密码' }).click();
    const dialog = await settled(page.getByRole('dialog', { name: '修改密码' }));
    await dialog.getByLabel('当前密码').fill('wrong-password');
    await dialog.getByLabel('新密码', { exact: true }).fill('Luoyang-2026-新');
    await dialog.getByLabel('确认新密码').fill('Luoyang-2026-新');
    await dialog.getByRole('button', { name: /修\s*改/ }).click();
    // Refused beside the current password, the field that was wrong.
    await dialog
      .locator('.ant-form-item', { has: page.getByLabel('当前密码') })
      .locator('.ant-form-item-explain-error')
      .waitFor();

    await dialog.getByLabel('当前密码').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: /修\s*改/ }).click();
    await page.waitForURL('**/login');

    await page.getByLabel('账号').fill(username);
    await page.getByLabel('密码').fill('Luoyang-2026-新');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL('**/dashboard');
    await page.context().close();
  });
});
