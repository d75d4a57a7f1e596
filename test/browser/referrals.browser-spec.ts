import type { Browser } from 'playwright-core';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  handOver,
  type Platform,
  startPlatform,
} from '@liandong/testing-system';
import { choose, launchChromium, screenshot, settled, signIn } from './support/browser';

jest.setTimeout(180_000);

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

describe('协同单位 in 系统管理', () => {
  it('a city’s coordinator adds its 纪委监委, sees it listed, and retires it; a sibling county sees none', async () => {
    const tree = await createTenantTree(platform.dataSource, 2, 0);
    const page = await signIn(browser, platform.url, tree.city);
    await page.getByTestId('side-menu').getByText('系统管理').click();
    await page.waitForURL('**/admin');
    await page.getByRole('tab', { name: '协同单位' }).click();
    const card = page.getByTestId('bodies-card');
    await card.getByText('暂无协同单位').waitFor();

    await card.getByRole('button', { name: /新\s*增/ }).click();
    const dialog = await settled(page.getByRole('dialog', { name: '新增协同单位' }));
    // Nothing filled in: the form names what is missing.
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请填写名称').waitFor();
    await choose(dialog.getByLabel('类别'), '纪委监委');
    await dialog.getByLabel('名称').fill('测试市纪委监委');
    await dialog.getByLabel('联系方式').fill('王主任 0379-6000000');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = card.getByRole('row').filter({ hasText: '测试市纪委监委' });
    await row.getByRole('cell', { name: '纪委监委', exact: true }).waitFor();
    await row.getByText('在用').waitFor();
    await screenshot(page, 'admin-bodies');

    const city = await platform.as(tree.city);
    const { collaboratingBodies } = await city.ok<{
      collaboratingBodies: Array<{ kind: string; name: string; contact: string | null }>;
    }>('{ collaboratingBodies { kind name contact } }');
    expect(collaboratingBodies).toEqual([
      { kind: 'DISCIPLINE', name: '测试市纪委监委', contact: '王主任 0379-6000000' },
    ]);
    const sibling = await platform.as(tree.counties[1] as string);
    expect(
      (await sibling.ok<{ collaboratingBodies: unknown[] }>('{ collaboratingBodies { id } }'))
        .collaboratingBodies,
    ).toEqual([]);

    await row.getByRole('button', { name: /停\s*用/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /停\s*用/ })
      .click();
    await row.getByText('已停用', { exact: false }).waitFor();
    await page.context().close();
  });
});

describe('督办 to 线索移送 on a ledger item', () => {
  it('at level 5 the next step names the body the item is referred to, and creates the referral', async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 0);
    const county = tree.counties[0] as string;
    const api = await platform.as(county);
    await api.ok(
      'mutation ($input: CollaboratingBodyInput!) { addCollaboratingBody(input: $input) { id } }',
      {
        input: { kind: 'PROCURATORATE', name: '测试县检察院' },
      },
    );
    const { findingIds } = await acceptedCountyFindings(platform, tree, 1);
    const market = await departmentId(api, county, 'market');
    const handoff = await handOver(api, findingIds, market, new Date(Date.now() + 30 * 86_400_000));
    for (let level = 1; level <= 5; level += 1) {
      await api.ok('mutation ($id: ID!) { escalateHandoff(handoffId: $id, reason: "进度滞后") { id } }', {
        id: handoff.id,
      });
    }

    const page = await signIn(browser, platform.url, county);
    await page.goto(`${platform.url}/handoffs/${handoff.id}`);
    await page
      .getByTestId('handoff-actions')
      .getByRole('button', { name: /督\s*办/ })
      .click();
    const dialog = await settled(page.getByRole('dialog', { name: '线索移送' }));
    // No body chosen: the form says so and sends nothing.
    await dialog.getByLabel('督办理由').fill('整改不力,涉嫌公益诉讼线索');
    await dialog.getByRole('button', { name: /移\s*送/ }).click();
    await dialog.getByText('请选择移送的协同单位').waitFor();
    await choose(dialog.getByLabel('移送单位'), '测试县检察院');
    await dialog.getByRole('button', { name: /移\s*送/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The ledger item's page lists where it went.
    const referred = page
      .getByTestId('handoff-referrals')
      .getByRole('row')
      .filter({ hasText: '测试县检察院' });
    await referred.getByText('整改不力,涉嫌公益诉讼线索').waitFor();
    await referred.getByText('已移送').waitFor();
    await screenshot(page, 'handoff-referral');

    const { handoff: after } = await api.ok<{
      handoff: { escalationLevel: number; referrals: Array<{ reason: string; body: { name: string } }> };
    }>('query ($id: ID!) { handoff(id: $id) { escalationLevel referrals { reason body { name } } } }', {
      id: handoff.id,
    });
    expect(after).toEqual({
      escalationLevel: 6,
      referrals: [{ reason: '整改不力,涉嫌公益诉讼线索', body: { name: '测试县检察院' } }],
    });
    await page.context().close();
  });
});

describe('移送 of a finding, followed on the 协同监督 page', () => {
  it('a county refers a finding to its 纪委监委 from the finding page, then records receipt, outcome and closing', async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 0);
    const county = tree.counties[0] as string;
    const api = await platform.as(county);
    await api.ok(
      'mutation ($input: CollaboratingBodyInput!) { addCollaboratingBody(input: $input) { id } }',
      { input: { kind: 'DISCIPLINE', name: '测试县纪委监委' } },
    );
    const { findingIds } = await acceptedCountyFindings(platform, tree, 1);
    const findingId = findingIds[0] as string;

    const page = await signIn(browser, platform.url, county);
    await page.goto(`${platform.url}/findings/${findingId}`);
    await page.getByTestId('finding-summary').getByText('自身监督').waitFor();
    const card = page.getByTestId('finding-referrals');
    await card.getByText('尚未移送').waitFor();
    await card.getByRole('button', { name: /移\s*送/ }).click();
    const dialog = await settled(page.getByRole('dialog', { name: '线索移送' }));
    // Nothing chosen: the form says what is missing and sends nothing.
    await dialog.getByRole('button', { name: /移\s*送/ }).click();
    await dialog.getByText('请选择移送的协同单位').waitFor();
    await dialog.getByText('请填写移送理由').waitFor();
    await choose(dialog.getByLabel('移送单位'), '测试县纪委监委(纪委监委)');
    await dialog.getByLabel('移送理由').fill('涉嫌违规收费,移送纪委监委处理');
    await dialog.getByRole('button', { name: /移\s*送/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const onFinding = card.getByRole('row').filter({ hasText: '涉嫌违规收费' });
    await onFinding.getByText('已移送').waitFor();

    // The same body again while the first is open: refused, and the dialog says so.
    await card.getByRole('button', { name: /移\s*送/ }).click();
    const again = await settled(page.getByRole('dialog', { name: '线索移送' }));
    await choose(again.getByLabel('移送单位'), '测试县纪委监委(纪委监委)');
    await again.getByLabel('移送理由').fill('再次移送');
    await again.getByRole('button', { name: /移\s*送/ }).click();
    await again.getByRole('alert').getByText('已移送「测试县纪委监委」且尚未归档').waitFor();
    await again.getByRole('button', { name: /取\s*消/ }).click();
    await again.waitFor({ state: 'hidden' });

    await page.getByTestId('side-menu').getByText('协同监督').click();
    await page.waitForURL('**/referrals');
    const row = page.getByTestId('referrals').getByRole('row').filter({ hasText: '涉嫌违规收费' });
    const { finding: referred } = await api.ok<{ finding: { title: string } }>(
      'query ($id: ID!) { finding(id: $id) { title } }',
      { id: findingId },
    );
    await row.getByText('问题', { exact: true }).waitFor();
    await row.getByRole('link', { name: referred.title }).waitFor();
    await row.getByRole('button', { name: '登记接收' }).click();
    const receipt = await settled(page.getByRole('dialog', { name: /^登记接收/ }));
    await receipt.getByRole('button', { name: /登\s*记/ }).click();
    await receipt.getByText('请填写接收文号').waitFor();
    await receipt.getByLabel('接收文号').fill('县纪移〔2026〕3 号');
    await receipt.getByRole('button', { name: /登\s*记/ }).click();
    await receipt.waitFor({ state: 'hidden' });
    await row.getByText('已接收').waitFor();
    await row.getByText('县纪移〔2026〕3 号', { exact: false }).waitFor();

    await row.getByRole('button', { name: '登记办理结果' }).click();
    const outcome = await settled(page.getByRole('dialog', { name: /^登记办理结果/ }));
    await outcome.getByLabel('办理结果').fill('已立案审查,责令退还违规收费');
    await outcome.getByRole('button', { name: /登\s*记/ }).click();
    await outcome.waitFor({ state: 'hidden' });
    await row.getByText('已办结').waitFor();

    // By status: the concluded one is listed under 已办结, none under 已移送.
    await choose(page.getByRole('combobox', { name: '状态' }), '已移送');
    await page.getByTestId('referrals').getByText('没有移送记录').waitFor();
    await choose(page.getByRole('combobox', { name: '状态' }), '已办结');
    await row.getByRole('button', { name: /归\s*档/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /归\s*档/ })
      .click();
    await page.getByTestId('referrals').getByText('没有移送记录').waitFor();
    await screenshot(page, 'referrals-page');

    const { finding } = await api.ok<{
      finding: {
        referrals: Array<{
          status: string;
          reason: string;
          receiptNo: string;
          outcome: string;
          body: { name: string };
        }>;
      };
    }>(
      'query ($id: ID!) { finding(id: $id) { referrals { status reason receiptNo outcome body { name } } } }',
      {
        id: findingId,
      },
    );
    expect(finding.referrals).toEqual([
      {
        status: 'CLOSED',
        reason: '涉嫌违规收费,移送纪委监委处理',
        receiptNo: '县纪移〔2026〕3 号',
        outcome: '已立案审查,责令退还违规收费',
        body: { name: '测试县纪委监委' },
      },
    ]);
    await page.context().close();
  });
});
