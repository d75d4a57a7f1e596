import { createTenantTree, Platform, startPlatform, TenantTree } from '@liandong/testing-system';

/**
 * The read-only queue dashboard at /admin/queues: only the deployment's administrator (an ADMIN of a root
 * tenant) opens it, through a short-lived cookie checked against the session store on every request.
 */

jest.setTimeout(60_000);

const DASHBOARD = '/admin/queues';

describe('the queue dashboard', () => {
  let platform: Platform;
  let tree: TenantTree;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 1, 1);
    // Demo data gives only a root its ADMIN; a county ADMIN is made here, with the same demo password.
    const county = tree.counties[0] as string;
    await platform.dataSource.query(
      `INSERT INTO account (username, display_name, password_hash, tenant_id, tenant_path, roles)
       SELECT $1, '县管理员', a.password_hash, a.tenant_id, a.tenant_path, ARRAY['ADMIN']
         FROM account a WHERE a.username = $2`,
      [`${county}-admin`, county],
    );
  });
  afterAll(() => platform?.close());

  /** Opens a dashboard session with the account's access token; the response and its cookie, if any. */
  async function openSession(username: string): Promise<{ status: number; cookie: string | null }> {
    const client = await platform.as(username);
    const response = await fetch(`${platform.url}${DASHBOARD}/session`, {
      method: 'POST',
      headers: client.authorization(),
    });
    const cookie = response.headers.get('set-cookie');
    return { status: response.status, cookie: cookie?.split(';')[0] ?? null };
  }

  it('refuses a request without a session', async () => {
    expect((await fetch(`${platform.url}${DASHBOARD}`)).status).toBe(401);
    expect((await fetch(`${platform.url}${DASHBOARD}/api/queues`)).status).toBe(401);
    expect((await fetch(`${platform.url}${DASHBOARD}/session`, { method: 'POST' })).status).toBe(401);
    const forged = await fetch(`${platform.url}${DASHBOARD}/api/queues`, {
      headers: { cookie: 'liandong_queues=not-a-token' },
    });
    expect(forged.status).toBe(401);
  });

  it('refuses a coordinator and a county ADMIN', async () => {
    expect(await openSession(tree.city)).toEqual({ status: 403, cookie: null });
    expect(await openSession(`${tree.counties[0]}-admin`)).toEqual({ status: 403, cookie: null });
    const county = await platform.as(`${tree.counties[0]}-admin`);
    const bearer = await fetch(`${platform.url}${DASHBOARD}/api/queues`, { headers: county.authorization() });
    expect(bearer.status).toBe(403);
  });

  it('opens for the root ADMIN, read-only, listing every queue, until the session is revoked', async () => {
    const { status, cookie } = await openSession(`${tree.city}-admin`);
    expect(status).toBe(204);
    expect(cookie).toMatch(/^liandong_queues=/);
    const setCookie = (
      await fetch(`${platform.url}${DASHBOARD}/session`, {
        method: 'POST',
        headers: (await platform.as(`${tree.city}-admin`)).authorization(),
      })
    ).headers.get('set-cookie');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/admin\/queues/);
    expect(setCookie).toMatch(/Max-Age=600/);

    const page = await fetch(`${platform.url}${DASHBOARD}`, { headers: { cookie: cookie as string } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');

    const api = await fetch(`${platform.url}${DASHBOARD}/api/queues`, {
      headers: { cookie: cookie as string },
    });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: Array<{ name: string; readOnlyMode: boolean }> };
    expect(body.queues.map((queue) => queue.name).sort()).toEqual(['deadlines', 'notifications']);
    expect(body.queues.every((queue) => queue.readOnlyMode)).toBe(true);

    // read-only: an action is refused
    const clean = await fetch(`${platform.url}${DASHBOARD}/api/queues/notifications/clean/completed`, {
      method: 'PUT',
      headers: { cookie: cookie as string },
    });
    expect(clean.status).toBeGreaterThanOrEqual(400);

    await platform.dataSource.query(
      `UPDATE auth_session SET revoked_at = now(), revoked_reason = 'LOGOUT'
        WHERE account_id = (SELECT id FROM account WHERE username = $1) AND revoked_at IS NULL`,
      [`${tree.city}-admin`],
    );
    const revoked = await fetch(`${platform.url}${DASHBOARD}/api/queues`, {
      headers: { cookie: cookie as string },
    });
    expect(revoked.status).toBe(401);
  });
});
