import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`): Playwright's own download does not work here. */
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = resolve(__dirname, '../../../test-output/screenshots');
export const DEMO_PASSWORD = 'liandong-demo';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser context (its own sessionStorage) as the congress staff have one: Chinese, and on Beijing
 * time. On a machine set to UTC, "today" in a date picker would otherwise be the day before Beijing's from
 * 16:00 UTC on, and dates the server checks against Beijing's calendar would be refused.
 */
export function consoleContext(browser: Browser, width = 1440): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** A fresh console context, signed in as `username`. */
export async function signIn(browser: Browser, consoleUrl: string, username: string): Promise<Page> {
  const context = await consoleContext(browser);
  const page = await context.newPage();
  await page.goto(consoleUrl);
  await page.waitForURL('**/login');
  await page.getByLabel('账号').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL('**/dashboard');
  // The address changes before the signed-in frame is drawn: the account's menu shows it is.
  await page.getByTestId('account-menu').waitFor();
  return page;
}

/** Matches an antd popup that is not opening or closing: its motion classes end in -appear, -enter or -leave. */
const STILL = ['appear', 'enter', 'leave'].map((phase) => `:not([class*="-${phase}"])`).join('');

/**
 * Waits until the shown one of `popup` (an antd dropdown, popconfirm or dialog) has finished opening, and
 * returns it. A click on a popup still sliding or zooming in can miss, or land as it is taken down.
 */
export async function settled(popup: Locator): Promise<Locator> {
  const shown = popup.filter({ visible: true });
  await shown.and(popup.page().locator(`*${STILL}`)).waitFor();
  return shown;
}

/**
 * Chooses `label` in an antd select by keyboard: types it into the select's search, waits until it is the
 * active option, presses Enter, and waits until the select shows it and its dropdown is gone. A click on an
 * option can land while the dropdown still slides open, and be lost.
 */
export async function choose(select: Locator, label: string): Promise<void> {
  const page = select.page();
  const title = `[title=${JSON.stringify(label)}]`;
  const root = select.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  // The options antd draws sit beside the select's accessible list, in one dropdown.
  const list = await select.getAttribute('aria-controls');
  const dropdown = page
    .locator('.ant-select-dropdown', { has: page.locator(`[id="${list}"]`) })
    .filter({ visible: true });
  // A multiple select takes typing only once focused.
  await select.focus();
  await select.fill(label);
  await dropdown.locator(`.ant-select-item-option-active${title}`).waitFor();
  await select.press('Enter');
  await root.locator(`.ant-select-selection-item${title}`).waitFor();
  // A multiple select stays open for more; Escape would close a dialog around a single one.
  if ((await root.and(page.locator('.ant-select-multiple')).count()) > 0) {
    await select.press('Escape');
  }
  await dropdown.waitFor({ state: 'hidden' });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
