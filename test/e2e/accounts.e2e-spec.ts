import { randomInt } from 'node:crypto';
import { Workbook } from 'exceljs';
import { GraphqlClient } from '@liandong/testing';
import {
  createAccount,
  createTenantTree,
  DEPARTMENTS,
  expectRefused,
  fieldsOf,
  Platform,
  refused,
  startPlatform,
  tenantId,
} from '@liandong/testing-system';

const ACCOUNT_FIELDS =
  'id username displayName roles disabledAt mustChangePassword createdAt department { code } committee { code } tenant { code }';
const ACCOUNTS = `query ($includeDisabled: Boolean) { accounts(includeDisabled: $includeDisabled) { ${ACCOUNT_FIELDS} } }`;
const CREATE = `mutation ($input: AccountInput!) { createAccount(input: $input) { temporaryPassword account { ${ACCOUNT_FIELDS} } } }`;
const UPDATE = `mutation ($id: ID!, $input: AccountUpdateInput!) { updateAccount(id: $id, input: $input) { ${ACCOUNT_FIELDS} } }`;
const DISABLE = `mutation ($id: ID!) { disableAccount(id: $id) { ${ACCOUNT_FIELDS} } }`;
const ENABLE = `mutation ($id: ID!) { enableAccount(id: $id) { ${ACCOUNT_FIELDS} } }`;
const RESET = `mutation ($id: ID!) { resetPassword(id: $id) { temporaryPassword account { ${ACCOUNT_FIELDS} } } }`;
const END_SESSIONS = 'mutation ($id: ID!) { endSessions(accountId: $id) }';
const LOGIN = `mutation ($u: String!, $p: String!) {
  login(username: $u, password: $p) { accessToken refreshToken mustChangePassword user { id username mustChangePassword committee { code } } } }`;
const REFRESH =
  'mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken mustChangePassword } }';
const ME = 'query { me { id username mustChangePassword roles committee { id code name } tenant { code } } }';
const CHANGE_PASSWORD =
  'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const JOINT_PROJECTS = 'query { jointProjects { id } }';
const LOGOUT = 'mutation { logout }';

const HEADERS = ['用户名', '姓名', '角色', '承办单位编码', '委室编码'];

interface Account {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  disabledAt: string | null;
  mustChangePassword: boolean;
  createdAt: string;
  department: { code: string } | null;
  committee: { code: string } | null;
  tenant: { code: string };
}
interface Issued {
  temporaryPassword: string;
  account: Account;
}
interface Session {
  accessToken: string;
  refreshToken: string;
  mustChangePassword: boolean;
  user: { id: string; username: string; mustChangePassword: boolean; committee: { code: string } | null };
}

const uniqueName = (prefix: string): string => `${prefix}-${randomInt(1e9)}`;

async function xlsx(rows: string[][], headers: string[] = HEADERS): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('账号导入');
  sheet.addRow(headers);
  for (const row of rows) {
    sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Staff accounts over real HTTP: the city's coordinator gives a 财经委 staff member an account, which must
 * change its issued password before doing anything else; disabling, enabling, resetting and ending sessions;
 * who may grant what; the city administers only its own tenant's accounts; the Excel import, all or nothing.
 */
describe('staff accounts', () => {
  let platform: Platform;
  let city: GraphqlClient;
  let admin: GraphqlClient;
  let caijingId: string;
  let countyCommitteeId: string;
  let countyStaffId: string;
  let cityMarketId: string;

  const login = (username: string, password: string) =>
    platform.client.request<{ login: Session }>(LOGIN, { u: username, p: password });

  async function signIn(username: string, password: string): Promise<Session> {
    const result = await login(username, password);
    expect(result.errors).toBeUndefined();
    return result.data!.login;
  }

  async function create(
    by: GraphqlClient,
    input: Partial<Record<'username' | 'displayName' | 'departmentId' | 'committeeId', string>> & {
      roles?: string[];
    } = {},
  ): Promise<Issued> {
    return (
      await by.ok<{ createAccount: Issued }>(CREATE, {
        input: { username: uniqueName('staff'), displayName: '测试人员', roles: ['MEMBER'], ...input },
      })
    ).createAccount;
  }

  /** Signs in with the issued password and replaces it, as the holder would; returns a working client. */
  async function takeOver(issued: Issued, password = 'Mudan-2024-spring'): Promise<GraphqlClient> {
    const first = await signIn(issued.account.username, issued.temporaryPassword);
    await platform.client
      .as(first.accessToken)
      .ok(CHANGE_PASSWORD, { c: issued.temporaryPassword, n: password });
    return platform.client.as((await signIn(issued.account.username, password)).accessToken);
  }

  async function upload(
    token: string | undefined,
    content: Buffer,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), 'accounts.xlsx');
    const response = await fetch(`${platform.url}/imports/accounts`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  function tokenOf(client: GraphqlClient): string | undefined {
    return client.authorization()['authorization']?.replace(/^Bearer /, '');
  }

  beforeAll(async () => {
    platform = await startPlatform();
    city = await platform.as('4103');
    admin = await platform.as('4103-admin');
    const cityStaff = await (await platform.as('4103-caijing')).ok<{ me: { committee: { id: string } } }>(ME);
    caijingId = cityStaff.me.committee.id;
    const countyStaff = await (
      await platform.as('410302-caijing')
    ).ok<{ me: { id: string; committee: { id: string } } }>(ME);
    countyCommitteeId = countyStaff.me.committee.id;
    countyStaffId = countyStaff.me.id;
    const { departments } = await city.ok<{ departments: Array<{ id: string; code: string }> }>(DEPARTMENTS, {
      tenantId: await tenantId(city, '4103'),
    });
    cityMarketId = departments.find((d) => d.code === 'market')!.id;
  });
  afterAll(() => platform.close());

  describe('a 财经委 staff member’s first sign-in', () => {
    let issued: Issued;

    beforeAll(async () => {
      issued = await create(city, {
        username: uniqueName('4103-caijing-wang'),
        displayName: '王力(财经委)',
        roles: ['MEMBER'],
        committeeId: caijingId,
      });
    });

    it('the city coordinator creates the account in its own tenant, with a temporary password', () => {
      expect(issued.account).toMatchObject({
        displayName: '王力(财经委)',
        roles: ['MEMBER'],
        committee: { code: 'caijing' },
        department: null,
        tenant: { code: '4103' },
        disabledAt: null,
        mustChangePassword: true,
      });
      // Three groups of four drawn at random: which character classes a draw holds is chance (the hyphens
      // are the symbols the password rules count), so only the shape is certain.
      expect(issued.temporaryPassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    });

    it('the temporary password is never stored in clear', async () => {
      const [row] = (await platform.dataSource.query('SELECT password_hash FROM account WHERE id = $1', [
        issued.account.id,
      ])) as Array<{ password_hash: string }>;
      expect(row?.password_hash).toMatch(/^\$argon2id\$/);
      expect(row?.password_hash).not.toContain(issued.temporaryPassword);
    });

    it('sign-in answers mustChangePassword; until it is changed only me, changePassword and logout work', async () => {
      const session = await signIn(issued.account.username, issued.temporaryPassword);
      expect(session.mustChangePassword).toBe(true);
      expect(session.user).toMatchObject({ mustChangePassword: true, committee: { code: 'caijing' } });
      const holder = platform.client.as(session.accessToken);

      const me = await holder.ok<{ me: { mustChangePassword: boolean; committee: { code: string } } }>(ME);
      expect(me.me).toMatchObject({ mustChangePassword: true, committee: { code: 'caijing' } });

      for (const [query, variables] of [
        [JOINT_PROJECTS, {}],
        ['query { tenants { id } }', {}],
        [CREATE, { input: { username: uniqueName('x'), displayName: 'x', roles: ['VIEWER'] } }],
      ] as const) {
        const error = await refused(holder, query, variables, 'FORBIDDEN');
        expect(error.extensions?.['reason']).toBe('PASSWORD_CHANGE_REQUIRED');
        expect(error.message).toContain('请先修改初始密码');
      }
      // Beside `me` in one operation: `me` answers, the other field is refused.
      const mixed = await holder.request<{ me: unknown; tenantByCode: unknown }>(
        'query { me { id } tenantByCode(code: "4103") { id } }',
      );
      expect(mixed.data).toEqual({ me: { id: issued.account.id }, tenantByCode: null });
      expect(mixed.errors?.map((error) => error.extensions?.['reason'])).toEqual([
        'PASSWORD_CHANGE_REQUIRED',
      ]);

      // The plain-HTTP routes too.
      const template = await fetch(`${platform.url}/templates/findings.xlsx`, {
        headers: holder.authorization(),
      });
      expect(template.status).toBe(403);
      expect(((await template.json()) as Record<string, unknown>)['reason']).toBe('PASSWORD_CHANGE_REQUIRED');

      // A renewal works and still says so; the renewed token is held to the same.
      const renewed = await platform.client.request<{
        refreshSession: { accessToken: string; mustChangePassword: boolean };
      }>(REFRESH, { t: session.refreshToken });
      expect(renewed.data?.refreshSession.mustChangePassword).toBe(true);
      const holder2 = platform.client.as(renewed.data!.refreshSession.accessToken);
      expect((await refused(holder2, JOINT_PROJECTS, {}, 'FORBIDDEN')).extensions?.['reason']).toBe(
        'PASSWORD_CHANGE_REQUIRED',
      );

      // The password rules apply to the replacement as to any other.
      const weak = await refused(
        holder2,
        CHANGE_PASSWORD,
        { c: issued.temporaryPassword, n: 'short' },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(weak)).toContain('newPassword');

      expect(
        await holder2.ok<{ changePassword: boolean }>(CHANGE_PASSWORD, {
          c: issued.temporaryPassword,
          n: 'Luoyang-caijing-2024',
        }),
      ).toEqual({ changePassword: true });
      expectRefused(await holder2.request(ME), 'UNAUTHENTICATED');

      const again = await signIn(issued.account.username, 'Luoyang-caijing-2024');
      expect(again.mustChangePassword).toBe(false);
      const working = platform.client.as(again.accessToken);
      expect((await working.request(JOINT_PROJECTS)).errors).toBeUndefined();
      expect((await working.ok<{ me: { mustChangePassword: boolean } }>(ME)).me.mustChangePassword).toBe(
        false,
      );
      expect((await working.ok<{ logout: boolean }>(LOGOUT)).logout).toBe(true);
    });

    it('is listed among the city’s accounts, and only the city’s', async () => {
      const { accounts } = await city.ok<{ accounts: Account[] }>(ACCOUNTS);
      expect(accounts.find((a) => a.id === issued.account.id)).toMatchObject({
        username: issued.account.username,
        committee: { code: 'caijing' },
        mustChangePassword: false,
      });
      expect(accounts.map((a) => a.username)).toEqual(
        expect.arrayContaining(['4103', '4103-admin', '4103-caijing']),
      );
      expect(accounts.every((a) => a.tenant.code === '4103')).toBe(true);
      expect(accounts.map((a) => a.username)).not.toContain('410302');
      expect(accounts.map((a) => a.username)).not.toContain('410302-caijing');
    });
  });

  describe('disable, enable, reset, end sessions', () => {
    let account: Account;
    let password: string;

    beforeAll(async () => {
      const issued = await create(city, { roles: ['VIEWER'] });
      account = issued.account;
      password = 'Mudan-2024-spring';
      await takeOver(issued, password);
    });

    it('disabling ends the live sessions and refuses sign-in; enabling lets it sign in again', async () => {
      const live = platform.client.as((await signIn(account.username, password)).accessToken);
      expect((await live.request(ME)).errors).toBeUndefined();

      const { disableAccount } = await city.ok<{ disableAccount: Account }>(DISABLE, { id: account.id });
      expect(disableAccount.disabledAt).not.toBeNull();
      expectRefused(await live.request(ME), 'UNAUTHENTICATED');
      expectRefused(await login(account.username, password), 'UNAUTHENTICATED');

      const enabled = await city.ok<{ accounts: Account[] }>(ACCOUNTS, { includeDisabled: false });
      expect(enabled.accounts.map((a) => a.id)).not.toContain(account.id);
      const all = await city.ok<{ accounts: Account[] }>(ACCOUNTS);
      expect(all.accounts.find((a) => a.id === account.id)?.disabledAt).not.toBeNull();

      const { enableAccount } = await city.ok<{ enableAccount: Account }>(ENABLE, { id: account.id });
      expect(enableAccount.disabledAt).toBeNull();
      expect(
        (await platform.client.as((await signIn(account.username, password)).accessToken).request(ME)).errors,
      ).toBeUndefined();
    });

    it('nobody disables themself', async () => {
      const { me } = await city.ok<{ me: { id: string } }>(ME);
      const error = await refused(city, DISABLE, { id: me.id }, 'CONFLICT');
      expect(error.extensions?.['reason']).toBe('CANNOT_DISABLE_SELF');
    });

    it('a reset issues a new temporary password, ends the sessions, and must be changed at sign-in', async () => {
      const live = platform.client.as((await signIn(account.username, password)).accessToken);
      const { resetPassword } = await city.ok<{ resetPassword: Issued }>(RESET, { id: account.id });
      expect(resetPassword.account).toMatchObject({ id: account.id, mustChangePassword: true });
      expect(resetPassword.temporaryPassword.length).toBeGreaterThanOrEqual(12);
      expectRefused(await live.request(ME), 'UNAUTHENTICATED');
      expectRefused(await login(account.username, password), 'UNAUTHENTICATED');

      const session = await signIn(account.username, resetPassword.temporaryPassword);
      expect(session.mustChangePassword).toBe(true);
      const error = await refused(platform.client.as(session.accessToken), JOINT_PROJECTS, {}, 'FORBIDDEN');
      expect(error.extensions?.['reason']).toBe('PASSWORD_CHANGE_REQUIRED');
      password = 'Mudan-2025-summer';
      await platform.client
        .as(session.accessToken)
        .ok(CHANGE_PASSWORD, { c: resetPassword.temporaryPassword, n: password });
    });

    it('ending its sessions ends every live token and says how many', async () => {
      const phone = platform.client.as((await signIn(account.username, password)).accessToken);
      const laptop = platform.client.as((await signIn(account.username, password)).accessToken);
      const { endSessions } = await city.ok<{ endSessions: number }>(END_SESSIONS, { id: account.id });
      expect(endSessions).toBe(2);
      expectRefused(await phone.request(ME), 'UNAUTHENTICATED');
      expectRefused(await laptop.request(ME), 'UNAUTHENTICATED');
      expect((await city.ok<{ endSessions: number }>(END_SESSIONS, { id: account.id })).endSessions).toBe(0);
      // The password still works: only the sessions ended.
      expect(
        (await platform.client.as((await signIn(account.username, password)).accessToken).request(ME)).errors,
      ).toBeUndefined();
    });

    it('updates name, roles, unit and committee by the same rules', async () => {
      const { updateAccount } = await city.ok<{ updateAccount: Account }>(UPDATE, {
        id: account.id,
        input: { displayName: '李娜', roles: ['MEMBER', 'VIEWER'], committeeId: caijingId },
      });
      expect(updateAccount).toMatchObject({
        displayName: '李娜',
        roles: ['MEMBER', 'VIEWER'],
        committee: { code: 'caijing' },
      });
      // Becoming a unit login: the committee must go and a unit must come.
      const wrong = await refused(
        city,
        UPDATE,
        { id: account.id, input: { roles: ['DEPARTMENT'] } },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(wrong).sort()).toEqual(['input.committeeId', 'input.departmentId']);
      const { updateAccount: unit } = await city.ok<{ updateAccount: Account }>(UPDATE, {
        id: account.id,
        input: { roles: ['DEPARTMENT'], departmentId: cityMarketId, committeeId: null },
      });
      expect(unit).toMatchObject({ roles: ['DEPARTMENT'], department: { code: 'market' }, committee: null });
    });
  });

  describe('who may grant what', () => {
    it('a COORDINATOR cannot grant ADMIN; the ADMIN can', async () => {
      const error = await refused(
        city,
        CREATE,
        { input: { username: uniqueName('boss'), displayName: '管理员', roles: ['ADMIN'] } },
        'FORBIDDEN',
      );
      expect(error.extensions).toMatchObject({ reason: 'ROLE_NOT_GRANTABLE', role: 'ADMIN' });

      const issued = await create(admin, { roles: ['ADMIN'], displayName: '第二管理员' });
      expect(issued.account.roles).toEqual(['ADMIN']);
      // Nor may the COORDINATOR take over an ADMIN account by resetting its password.
      for (const query of [RESET, DISABLE]) {
        const refusal = await refused(city, query, { id: issued.account.id }, 'FORBIDDEN');
        expect(refusal.extensions).toMatchObject({ reason: 'ROLE_NOT_GRANTABLE', role: 'ADMIN' });
      }
      const raise = await refused(
        city,
        UPDATE,
        { id: (await create(city)).account.id, input: { roles: ['ADMIN'] } },
        'FORBIDDEN',
      );
      expect(raise.extensions?.['reason']).toBe('ROLE_NOT_GRANTABLE');
    });

    it('a username is unique across the deployment, also beyond what the caller can see', async () => {
      const first = await create(city);
      const again = await refused(
        city,
        CREATE,
        { input: { username: first.account.username, displayName: '重名', roles: ['MEMBER'] } },
        'CONFLICT',
      );
      expect(again.extensions).toMatchObject({
        reason: 'DUPLICATE_USERNAME',
        username: first.account.username,
      });
      // Another deployment root's coordinator: invisible to the city, still taken.
      const elsewhere = await createTenantTree(platform.dataSource, 1, 0);
      const hidden = await refused(
        city,
        CREATE,
        { input: { username: elsewhere.city, displayName: '重名', roles: ['MEMBER'] } },
        'CONFLICT',
      );
      expect(hidden.extensions?.['reason']).toBe('DUPLICATE_USERNAME');
    });

    it('names each bad field', async () => {
      const bad = await refused(
        city,
        CREATE,
        {
          input: { username: 'x', displayName: ' ', roles: ['DEPARTMENT', 'MEMBER'], committeeId: caijingId },
        },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(bad).sort()).toEqual([
        'input.committeeId',
        'input.departmentId',
        'input.displayName',
        'input.roles',
        'input.username',
      ]);
      const unitWithoutRole = await refused(
        city,
        CREATE,
        {
          input: {
            username: uniqueName('u'),
            displayName: '单位',
            roles: ['MEMBER'],
            departmentId: cityMarketId,
          },
        },
        'BAD_USER_INPUT',
      );
      expect(unitWithoutRole.extensions?.['fields']).toEqual([
        expect.objectContaining({
          field: 'input.departmentId',
          reason: 'DEPARTMENT_WITHOUT_DEPARTMENT_ROLE',
        }),
      ]);
      const unit = await create(city, { roles: ['DEPARTMENT'], departmentId: cityMarketId });
      expect(unit.account).toMatchObject({ roles: ['DEPARTMENT'], department: { code: 'market' } });
    });
  });

  describe('the city administers only its own tenant', () => {
    it('a county’s account is not found for any operation', async () => {
      for (const [query, variables] of [
        [UPDATE, { id: countyStaffId, input: { displayName: '改名' } }],
        [DISABLE, { id: countyStaffId }],
        [ENABLE, { id: countyStaffId }],
        [RESET, { id: countyStaffId }],
        [END_SESSIONS, { id: countyStaffId }],
      ] as const) {
        const error = await refused(city, query, variables, 'NOT_FOUND');
        expect(error.raw).not.toContain('410302-caijing');
      }
    });

    it('nor does it create accounts in a county’s committee or unit', async () => {
      await refused(
        city,
        CREATE,
        {
          input: {
            username: uniqueName('c'),
            displayName: '县',
            roles: ['MEMBER'],
            committeeId: countyCommitteeId,
          },
        },
        'NOT_FOUND',
      );
      const county = await city.ok<{ departments: Array<{ id: string; code: string }> }>(DEPARTMENTS, {
        tenantId: await tenantId(city, '410302'),
      });
      await refused(
        city,
        CREATE,
        {
          input: {
            username: uniqueName('c'),
            displayName: '县',
            roles: ['DEPARTMENT'],
            departmentId: county.departments.find((d) => d.code === 'market')!.id,
          },
        },
        'NOT_FOUND',
      );
    });

    it('the county administers its own', async () => {
      const county = await platform.as('410302');
      const { accounts } = await county.ok<{ accounts: Account[] }>(ACCOUNTS);
      expect(accounts.map((a) => a.id)).toContain(countyStaffId);
      expect(accounts.every((a) => a.tenant.code === '410302')).toBe(true);
      const issued = await create(county, { committeeId: countyCommitteeId });
      expect(issued.account).toMatchObject({ tenant: { code: '410302' }, committee: { code: 'caijing' } });
    });
  });

  describe('MEMBER, VIEWER and DEPARTMENT accounts administer nothing', () => {
    it.each([
      ['MEMBER', '4103-caijing'],
      ['DEPARTMENT', '4103-market'],
    ])('a %s is refused', async (_role, username) => {
      const client = await platform.as(username);
      await refused(client, ACCOUNTS, {}, 'FORBIDDEN');
      await refused(
        client,
        CREATE,
        { input: { username: uniqueName('x'), displayName: 'x', roles: ['VIEWER'] } },
        'FORBIDDEN',
      );
      await refused(client, END_SESSIONS, { id: countyStaffId }, 'FORBIDDEN');
      const { status } = await upload(tokenOf(client), await xlsx([['x-1', '一', '只读', '', '']]));
      expect(status).toBe(403);
    });

    it('a VIEWER is refused', async () => {
      const viewer = await platform.as(await createAccount(platform.dataSource, '4103', 'VIEWER'));
      const error = await refused(viewer, ACCOUNTS, {}, 'FORBIDDEN');
      expect(error.extensions?.['reason']).toBe('ROLE_LACKS_PERMISSION');
      await refused(viewer, RESET, { id: countyStaffId }, 'FORBIDDEN');
    });
  });

  describe('Excel import', () => {
    it('gives the template with the Chinese headers and the tenant’s codes on its 说明 sheet', async () => {
      const response = await fetch(`${platform.url}/templates/accounts.xlsx`, {
        headers: city.authorization(),
      });
      expect(response.status).toBe(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['账号导入', '说明']);
      expect(workbook.getWorksheet('账号导入')?.getRow(1).values).toEqual([undefined, ...HEADERS]);
      const guide: string[] = [];
      workbook
        .getWorksheet('说明')
        ?.eachRow((row) => guide.push(`${row.getCell(1).text}|${row.getCell(2).text}`));
      expect(guide).toEqual(
        expect.arrayContaining([
          'caijing|财政经济委员会',
          'market|洛阳市市场监督管理局',
          '联络员|COORDINATOR',
        ]),
      );
      expect(guide).not.toContain('管理员|ADMIN');
      expect((await fetch(`${platform.url}/templates/accounts.xlsx`)).status).toBe(401);
    });

    it('imports every row with its own temporary password', async () => {
      const staff = uniqueName('imp-staff');
      const unit = uniqueName('imp-unit');
      const { status, body } = await upload(
        tokenOf(city),
        await xlsx([
          [staff, '赵敏', '工作人员、只读', '', 'caijing'],
          [unit, '市场监管局联络人', '承办单位', 'market', ''],
        ]),
      );
      expect(status).toBe(201);
      expect(body['imported']).toBe(2);
      const imported = body['accounts'] as Array<{ id: string; username: string; temporaryPassword: string }>;
      expect(imported.map((a) => a.username)).toEqual([staff, unit]);
      expect(new Set(imported.map((a) => a.temporaryPassword)).size).toBe(2);

      const { accounts } = await city.ok<{ accounts: Account[] }>(ACCOUNTS);
      expect(accounts.find((a) => a.username === staff)).toMatchObject({
        displayName: '赵敏',
        roles: ['MEMBER', 'VIEWER'],
        committee: { code: 'caijing' },
        mustChangePassword: true,
      });
      expect(accounts.find((a) => a.username === unit)).toMatchObject({
        roles: ['DEPARTMENT'],
        department: { code: 'market' },
      });
      const session = await signIn(unit, imported[1]!.temporaryPassword);
      expect(session.mustChangePassword).toBe(true);
    });

    it('refuses the whole sheet, naming each bad row, and creates nothing', async () => {
      const good = uniqueName('imp-good');
      const { status, body } = await upload(
        tokenOf(city),
        await xlsx([
          [good, '好人', '工作人员', '', ''],
          ['4103', '重名', '工作人员', '', ''],
          [uniqueName('imp-bad'), '坏人', '管理员', '', 'nowhere'],
        ]),
      );
      expect(status).toBe(400);
      expect(body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ROWS' });
      const rows = body['rows'] as Array<{ row: number; column: string; reason: string }>;
      expect(rows.map(({ row, column, reason }) => `${row} ${column} ${reason}`)).toEqual([
        '3 用户名 DUPLICATE_USERNAME',
        '4 角色 ROLE_NOT_GRANTABLE',
        '4 委室编码 UNKNOWN_COMMITTEE_CODE',
      ]);
      const { accounts } = await city.ok<{ accounts: Account[] }>(ACCOUNTS);
      expect(accounts.map((a) => a.username)).not.toContain(good);
      expectRefused(await login(good, 'anything-at-all'), 'UNAUTHENTICATED');
    });

    it('refuses a file that is not the template', async () => {
      const { status, body } = await upload(tokenOf(city), await xlsx([['a', 'b']], ['甲', '乙']));
      expect(status).toBe(400);
      expect(body['fields']).toEqual([
        expect.objectContaining({ field: 'file', reason: 'NOT_ACCOUNTS_TEMPLATE' }),
      ]);
    });
  });
});
