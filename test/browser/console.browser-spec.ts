import type { Browser, Page } from 'playwright-core';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  eventually,
  findingInput,
  handOver,
  type Platform,
  publishedProject,
  REVIEW,
  startPlatform,
  SUBMIT,
  tenantId,
  type TenantTree,
} from '@liandong/testing-system';
import { launchChromium, screenshot, signIn } from './support/browser';
import { apiFigures, pageFigures, type Figures } from './support/figures';

jest.setTimeout(120_000);

const REPORT = `mutation ($handoffId: ID!, $input: RectificationReportInput!) {
  reportRectification(handoffId: $handoffId, input: $input) { id status } }`;
const SIGN = 'mutation ($id: ID!) { signHandoff(id: $id) { id status } }';
const VERIFY =
  'mutation ($handoffId: ID!) { verifyHandoff(handoffId: $handoffId, passed: true) { id status } }';

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

/** Waits until every figure card has loaded, and returns what they show. */
function loadedFigures(page: Page): Promise<Figures> {
  return eventually(
    () => pageFigures(page),
    (figures) => Object.values(figures).every((value) => value !== ''),
    { what: 'the figure cards to load', timeoutMs: 20_000 },
  );
}

/** Waits until the figure cards show exactly `expected` (after a drill-down the previous scope's may linger). */
function figuresShown(page: Page, expected: Figures): Promise<Figures> {
  return eventually(
    () => pageFigures(page),
    (figures) => JSON.stringify(figures) === JSON.stringify(expected),
    { what: `the dashboard to show ${JSON.stringify(expected)}`, timeoutMs: 20_000 },
  );
}

async function menuOf(page: Page): Promise<string[]> {
  const items = await page.getByTestId('side-menu').locator('.ant-menu-item').allInnerTexts();
  return items.map((item) => item.trim());
}

describe('the console served by the API', () => {
  it('answers its pages with the console and leaves the API paths to the API', async () => {
    const page = await fetch(`${platform.url}/dashboard/somewhere`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<html lang="zh-CN"');
    const health = await fetch(`${platform.url}/health`);
    expect(health.headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${platform.url}/files/not-a-hash`)).headers.get('content-type')).toContain(
      'application/json',
    );
  });
});

describe('signing in', () => {
  it('shows a Chinese error beside the form for a wrong password, and stays on the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${platform.url}/dashboard`);
    await page.waitForURL('**/login');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('请输入账号').waitFor();
    await page.getByLabel('账号').fill('4103');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const alert = page.locator('form').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-error');
    await page.close();
  });

  // Page scripts as text: the tests are compiled without the DOM's types.
  const SESSION_KEY = JSON.stringify('liandong.session');

  /** Rewrites the stored session in the page, as time passing or a revoked token would leave it. */
  async function ageSession(page: Page, change: Record<string, string>): Promise<void> {
    await page.evaluate(`(() => {
      const session = JSON.parse(sessionStorage.getItem(${SESSION_KEY}));
      sessionStorage.setItem(${SESSION_KEY}, JSON.stringify({ ...session, ...${JSON.stringify(change)} }));
    })()`);
  }

  function storedSession(page: Page): Promise<{ accessToken: string; refreshToken: string } | null> {
    return page.evaluate(`JSON.parse(sessionStorage.getItem(${SESSION_KEY}))`);
  }

  it('renews an expired access token with the refresh token and keeps the user at work', async () => {
    const page = await signIn(browser, platform.url, '410302');
    await loadedFigures(page);
    const before = await storedSession(page);
    await ageSession(page, { accessToken: 'expired', expiresAt: new Date(Date.now() - 1_000).toISOString() });
    await page.reload();
    await loadedFigures(page);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    const after = await storedSession(page);
    expect(after?.accessToken).not.toBe('expired');
    // The API rotates refresh tokens: a renewal leaves a new one behind.
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    await page.context().close();
  });

  it('sends the user back to sign in when the session can no longer be renewed', async () => {
    const page = await signIn(browser, platform.url, '410302');
    await ageSession(page, {
      accessToken: 'expired',
      expiresAt: new Date(Date.now() - 1_000).toISOString(),
      refreshToken: 'revoked',
    });
    await page.reload();
    await page.waitForURL('**/login');
    expect(await storedSession(page)).toBeNull();
    await page.context().close();
  });

  const TIERS = [
    {
      username: '4103',
      shot: 'dashboard-city',
      header: '洛阳市',
      menu: [
        '看板',
        '委室进度',
        '监督计划',
        '监督任务',
        '问题',
        '交办',
        '整改台账',
        '会议与审议意见',
        '评议',
        '协同监督',
        '代表名册',
        '公开发布',
        '专家库',
        '消息',
        '系统管理',
      ],
    },
    {
      username: '410302',
      shot: 'dashboard-county',
      header: '老城区',
      menu: [
        '看板',
        '委室进度',
        '监督计划',
        '联动任务',
        '问题',
        '交办',
        '整改台账',
        '会议与审议意见',
        '评议',
        '协同监督',
        '代表名册',
        '公开发布',
        '专家库',
        '消息',
        '系统管理',
      ],
    },
    {
      username: '410302001',
      shot: 'dashboard-township',
      header: '西关街道',
      menu: [
        '看板',
        '联动任务',
        '问题',
        '交办',
        '整改台账',
        '会议与审议意见',
        '评议',
        '协同监督',
        '代表名册',
        '公开发布',
        '专家库',
        '消息',
        '系统管理',
      ],
    },
    {
      username: '4103-gov',
      shot: 'dashboard-department',
      header: '洛阳市',
      menu: ['看板', '交办件', '消息'],
    },
  ];

  it.each(TIERS)(
    '$username sees its tier’s menu and the figures the API gives it',
    async ({ username, shot, header, menu }) => {
      const client = await platform.as(username);
      const before = await apiFigures(client);
      const page = await signIn(browser, platform.url, username);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.getByTestId('current-tenant').innerText()).toContain(header);
      expect(await menuOf(page)).toEqual(menu);
      const shown = await loadedFigures(page);
      // Other test files may add findings to the demo tree meanwhile: the page must match the API at some
      // moment while it loaded.
      const after = await apiFigures(client);
      expect([before, after]).toContainEqual(shown);
      await screenshot(page, shot);

      await page.getByTestId('logout').click();
      await page.waitForURL('**/login');
      await page.goto(`${platform.url}/dashboard`);
      await page.waitForURL('**/login');
      await page.context().close();
    },
  );
});

describe('the dashboard of a tree with findings in it', () => {
  let tree: TenantTree;
  let county: string;
  let township: string;

  /**
   * A fresh tree no other test touches: one project published to both counties and their townships; the
   * first county reports 3 findings and one of its townships 2, all accepted; the county hands 2 over to its
   * government, which rectifies them and is closed out, and 1 more that stays open.
   */
  beforeAll(async () => {
    tree = await createTenantTree(platform.dataSource, 2, 2);
    county = tree.counties[0]!;
    township = tree.townships[county]![0]!;
    const city = await platform.as(tree.city);
    const countyClient = await platform.as(county);
    const townshipClient = await platform.as(township);
    const { assignments } = await publishedProject(city, tree.counties, { includeDescendants: true });
    const assignmentOf = (code: string) => assignments.find((a) => a.tenant.code === code)!.id;

    const report = async (client: typeof city, code: string, count: number): Promise<string[]> => {
      await client.ok(ACKNOWLEDGE, { id: assignmentOf(code) });
      const data = await client.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
        assignmentId: assignmentOf(code),
        findings: Array.from({ length: count }, () => findingInput()),
      });
      return data.submitFindings.map((finding) => finding.id);
    };
    const countyFindings = await report(countyClient, county, 3);
    const townshipFindings = await report(townshipClient, township, 2);
    await city.ok(REVIEW, { ids: countyFindings, accept: true });
    await countyClient.ok(REVIEW, { ids: townshipFindings, accept: true });

    const gov = await departmentId(countyClient, county, 'gov');
    const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const closing = await handOver(countyClient, countyFindings.slice(0, 2), gov, nextWeek);
    await handOver(countyClient, countyFindings.slice(2), gov, nextWeek);
    const department = await platform.as(`${county}-gov`);
    await department.ok(SIGN, { id: closing.id });
    await department.ok(REPORT, {
      handoffId: closing.id,
      input: { final: true, measures: '已建立午间轮岗制度,窗口全天有人值守。', percentDone: 100 },
    });
    await countyClient.ok(VERIFY, { handoffId: closing.id });
  });

  it('shows the city the API’s figures and drills down to a county and a township', async () => {
    const city = await platform.as(tree.city);
    const page = await signIn(browser, platform.url, tree.city);
    const cityFigures = await apiFigures(city);
    expect(cityFigures).toMatchObject({ projects: '1', findings: '5', handedOver: '3', closed: '2' });
    expect(cityFigures).toMatchObject({ handoffs: '2', handoffsClosed: '1', closureRate: '66.7' });
    await figuresShown(page, cityFigures);
    await page.getByTestId('chart-by-project').locator('canvas').waitFor();
    await page.getByTestId('chart-by-month').locator('canvas').waitFor();
    await screenshot(page, 'dashboard-tree-city');

    // Down to the county through its row in the table of units.
    const countyId = await tenantId(city, county);
    await page.getByTestId('tenant-table').getByRole('button', { name: '测试县1' }).click();
    await page.waitForURL(`**/dashboard/${countyId}`);
    await figuresShown(page, await apiFigures(city, countyId));
    await page.getByTestId('scope-breadcrumb').getByText('测试县1').waitFor();
    await screenshot(page, 'dashboard-tree-county');

    // Down to the township through its column of the projects × units matrix.
    const townshipId = await tenantId(city, township);
    await page.getByTestId('project-tenant-matrix').getByRole('button', { name: '测试镇1-1' }).click();
    await page.waitForURL(`**/dashboard/${townshipId}`);
    const townshipFigures = await apiFigures(city, townshipId);
    expect(townshipFigures).toMatchObject({ findings: '2', handedOver: '0' });
    await figuresShown(page, townshipFigures);
    // The breadcrumb asks for the scope in a query of its own: the county's path shows until it answers.
    await page.getByTestId('scope-breadcrumb').getByText('测试镇1-1').waitFor();
    expect(await page.getByTestId('scope-breadcrumb').innerText()).toMatch(/测试市.*测试县1.*测试镇1-1/s);
    await screenshot(page, 'dashboard-tree-township');

    // And back up by the breadcrumb.
    await page.getByTestId('scope-breadcrumb').getByRole('link', { name: '测试县1' }).click();
    await figuresShown(page, await apiFigures(city, countyId));
    await page.context().close();
  });

  it('drills down from a responsible unit on the dashboard to its handoffs in the ledger', async () => {
    const page = await signIn(browser, platform.url, county);
    const unit = page.getByTestId('department-table').getByRole('button', { name: /人民政府/ });
    await unit.click();
    await page.waitForURL('**/ledger?departmentId=*');
    await page.getByTestId('ledger-department-filter').waitFor();
    await page.getByTestId('total-count').getByText('共 2 条').waitFor();
    await page.context().close();
  });

  it('shows a department the figures of the handoffs made to it', async () => {
    const username = `${county}-gov`;
    const expected = await apiFigures(await platform.as(username));
    expect(expected).toMatchObject({ handoffs: '2', handoffsClosed: '1', findings: '3' });
    const page = await signIn(browser, platform.url, username);
    await figuresShown(page, expected);
    expect(await page.getByTestId('tenant-table').count()).toBe(0);
    await page.context().close();
  });
});
