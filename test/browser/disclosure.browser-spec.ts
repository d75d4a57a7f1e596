import type { Browser, Locator, Page } from 'playwright-core';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  handOver,
  type Platform,
  startPlatform,
} from '@liandong/testing-system';
import { consoleContext, launchChromium, screenshot, settled, signIn } from './support/browser';

jest.setTimeout(180_000);

const PHONE = '13912345678';
const REPORT =
  'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { status } }';
const LETTER_NO = 'query ($id: ID!) { handoff(id: $id) { letterNo } }';
const DISCLOSURES = 'query { disclosures { id title body status } }';

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

/** Picks the option of an antd select whose label contains `text`, by typing it and pressing Enter. */
async function pick(select: Locator, text: string): Promise<void> {
  const list = await select.getAttribute('aria-controls');
  const page = select.page();
  const dropdown = page
    .locator('.ant-select-dropdown', { has: page.locator(`[id="${list}"]`) })
    .filter({ visible: true });
  await select.focus();
  await select.fill(text);
  await dropdown.locator('.ant-select-item-option-active').filter({ hasText: text }).waitFor();
  await select.press('Enter');
  await dropdown.waitFor({ state: 'hidden' });
}

function rowOf(page: Page, title: string): Locator {
  return page.getByRole('row').filter({ hasText: title });
}

describe('a closure published through the console and read without signing in', () => {
  let county: string;
  let letterNo: string;

  /** A fresh tree whose county closed a handoff; its reply names a phone number. */
  beforeAll(async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 1);
    const accepted = await acceptedCountyFindings(platform, tree, 1);
    county = accepted.county;
    const market = await departmentId(accepted.client, county, 'market');
    const { id } = await handOver(
      accepted.client,
      accepted.findingIds,
      market,
      new Date(Date.now() + 7 * 86_400_000),
    );
    const department = await platform.as(`${county}-market`);
    await department.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id });
    await department.ok(REPORT, {
      id,
      input: { measures: `已安排专人值守,监督电话 ${PHONE}`, percentDone: 100, final: true },
    });
    await accepted.client.ok(
      'mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true) { status } }',
      {
        id,
      },
    );
    letterNo = (await accepted.client.ok<{ handoff: { letterNo: string } }>(LETTER_NO, { id })).handoff
      .letterNo;
  });

  it('is proposed by staff, approved and published by another coordinator, then shown on the public page', async () => {
    const staff = await signIn(browser, platform.url, county);
    await staff.getByTestId('side-menu').getByText('公开发布').click();
    await staff.waitForURL('**/disclosures');
    await staff.getByTestId('disclosures-title').waitFor();
    await staff.getByRole('button', { name: '提请公开' }).click();
    const dialog = await settled(staff.getByRole('dialog'));
    await pick(dialog.getByRole('combobox', { name: '公开对象' }), letterNo);
    await dialog.getByRole('button', { name: /提\s*请/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    const client = await platform.as(county);
    const [proposed] = (
      await client.ok<{ disclosures: Array<{ id: string; title: string; body: string; status: string }> }>(
        DISCLOSURES,
      )
    ).disclosures;
    expect(proposed?.status).toBe('PROPOSED');
    const title = proposed?.title ?? '';
    expect(proposed?.body).not.toContain(PHONE);
    const row = rowOf(staff, title);
    await row.getByText('待审核').waitFor();
    // The proposer is offered no approval of its own.
    expect(await row.getByRole('button', { name: /批\s*准/ }).count()).toBe(0);
    await staff.context().close();

    const approver = await signIn(browser, platform.url, `${county}-tongchou`);
    await approver.goto(`${platform.url}/disclosures`);
    const pending = rowOf(approver, title);
    await pending.getByRole('button', { name: /批\s*准/ }).click();
    await pending.getByText('已批准').waitFor();
    await pending.getByRole('button', { name: '登记发布' }).click();
    const publish = await settled(approver.getByRole('dialog'));
    await publish.getByLabel('发布网址').fill('https://rd.example.gov.cn/gk/1.html');
    await publish.getByRole('button', { name: /登\s*记/ }).click();
    await publish.waitFor({ state: 'hidden' });
    await pending.getByText('已发布').waitFor();
    await approver.getByTestId('disclosure-counts').getByText('人大网站').waitFor();
    await screenshot(approver, 'disclosures');
    await approver.context().close();

    // Anyone, signed in or not: from the login page to 公开信息.
    const context = await consoleContext(browser, 1280);
    const visitor = await context.newPage();
    await visitor.goto(`${platform.url}/login`);
    await visitor.getByRole('link', { name: '公开信息' }).click();
    await visitor.waitForURL('**/public');
    const item = visitor.getByTestId('public-disclosure').filter({ hasText: title });
    await item.waitFor();
    expect(await item.innerText()).not.toContain(PHONE);
    await item.getByText('人大网站').waitFor();
    await screenshot(visitor, 'public-disclosures');
    await context.close();
  });
});
