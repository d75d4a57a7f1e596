import { createHash, randomBytes } from 'node:crypto';
import { GraphqlResponse } from '@liandong/testing';
import {
  createAccount,
  expectRefused,
  expectSentence,
  fieldsOf,
  Platform,
  startPlatform,
} from '@liandong/testing-system';

const SESSION = 'accessToken expiresAt refreshToken refreshTokenExpiresAt user { id username }';
const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { ${SESSION} } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { ${SESSION} } }`;
const LOGOUT = 'mutation { logout }';
const CHANGE_PASSWORD =
  'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const ME = 'query { me { id username } }';

const DEMO_PASSWORD = 'liandong-demo';
/** The default per-account limit; the per-address one is lowered for this file (see beforeAll). */
const ACCOUNT_LIMIT = 10;
const ADDRESS_LIMIT = 3;
const WINDOW_SECONDS = 15 * 60;

interface Session {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; username: string };
}

/**
 * A client address of its own for every request unless one is given: the API trusts X-Forwarded-For from
 * loopback in this file, so the failures here never count against 127.0.0.1, which every test file shares.
 */
function freshAddress(): string {
  return `2001:db8:${randomBytes(6).toString('hex').match(/.{4}/g)?.join(':')}::1`;
}

describe('authentication hardening', () => {
  let platform: Platform;
  const saved: Record<string, string | undefined> = {};

  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string; address?: string } = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': options.address ?? freshAddress(),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphqlResponse<T>, 'status'>) };
  }

  async function login(username: string, password = DEMO_PASSWORD, address?: string): Promise<Session> {
    const result = await gql<{ login: Session }>(LOGIN, { u: username, p: password }, { address });
    expect(result.errors).toBeUndefined();
    return result.data!.login;
  }

  function expectThrottled(result: GraphqlResponse<unknown>): void {
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error?.extensions?.['code']).toBe('TOO_MANY_REQUESTS');
    expect(error?.extensions?.['reason']).toBe('SIGN_IN_THROTTLED');
    const retryAfter = error?.extensions?.['retryAfterSeconds'];
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expectSentence(error?.message);
    expect(error?.message).toMatch(/[\p{Script=Han}]/u);
    expect(JSON.stringify(result)).not.toMatch(/accessToken|refreshToken|stacktrace/);
  }

  async function sessionCount(username: string): Promise<number> {
    const [row] = (await platform.dataSource.query(
      `SELECT count(*)::int AS n FROM auth_session s JOIN account a ON a.id = s.account_id WHERE a.username = $1`,
      [username],
    )) as Array<{ n: number }>;
    return row?.n ?? 0;
  }

  beforeAll(async () => {
    for (const name of ['TRUST_PROXY', 'LOGIN_MAX_FAILURES_PER_ADDRESS']) {
      saved[name] = process.env[name];
    }
    process.env['TRUST_PROXY'] = 'loopback';
    process.env['LOGIN_MAX_FAILURES_PER_ADDRESS'] = String(ADDRESS_LIMIT);
    platform = await startPlatform();
  });

  afterAll(async () => {
    await platform.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
  });

  describe('login throttling', () => {
    it(`refuses an account after ${ACCOUNT_LIMIT} failed sign-ins from any addresses, even with the right password`, async () => {
      const username = await createAccount(platform.dataSource, '4103', 'VIEWER');
      for (let attempt = 0; attempt < ACCOUNT_LIMIT; attempt += 1) {
        const wrong = expectRefused(
          await gql(LOGIN, { u: username, p: `wrong-${attempt}` }),
          'UNAUTHENTICATED',
        );
        expect(wrong.extensions?.['reason']).toBe('WRONG_CREDENTIALS');
      }
      const address = freshAddress();
      expectThrottled(await gql(LOGIN, { u: username, p: DEMO_PASSWORD }, { address }));
      expect(await sessionCount(username)).toBe(0);

      // The address itself is not to blame: another account signs in from it.
      const other = await createAccount(platform.dataSource, '4103', 'VIEWER');
      expect((await login(other, DEMO_PASSWORD, address)).user.username).toBe(other);
    });

    it('clears the failures of an account when it signs in, so only consecutive failures count', async () => {
      const username = await createAccount(platform.dataSource, '4103', 'VIEWER');
      for (let round = 0; round < 2; round += 1) {
        for (let attempt = 0; attempt < ACCOUNT_LIMIT - 1; attempt += 1) {
          expectRefused(await gql(LOGIN, { u: username, p: 'wrong-password' }), 'UNAUTHENTICATED');
        }
        expect((await login(username)).user.username).toBe(username);
      }
    });

    it(`refuses an address after ${ADDRESS_LIMIT} failed sign-ins across accounts; other addresses still sign in`, async () => {
      const address = freshAddress();
      for (let attempt = 0; attempt < ADDRESS_LIMIT; attempt += 1) {
        const result = await gql(
          LOGIN,
          { u: `nobody-${randomBytes(4).toString('hex')}`, p: 'x' },
          { address },
        );
        expectRefused(result, 'UNAUTHENTICATED');
      }
      const username = await createAccount(platform.dataSource, '4103', 'VIEWER');
      expectThrottled(await gql(LOGIN, { u: username, p: DEMO_PASSWORD }, { address }));
      expect((await login(username, DEMO_PASSWORD, freshAddress())).user.username).toBe(username);
    });

    it('never counts successful sign-ins', async () => {
      const username = await createAccount(platform.dataSource, '4103', 'VIEWER');
      const address = freshAddress();
      for (let attempt = 0; attempt < ACCOUNT_LIMIT + ADDRESS_LIMIT + 2; attempt += 1) {
        expect((await login(username, DEMO_PASSWORD, address)).accessToken).toMatch(/\S{20,}/);
      }
    });

    it('counts a wrong current password in changePassword as a failed sign-in of that account', async () => {
      const username = await createAccount(platform.dataSource, '4103', 'VIEWER');
      const { accessToken } = await login(username);
      for (let attempt = 0; attempt < ACCOUNT_LIMIT; attempt += 1) {
        const result = await gql(
          CHANGE_PASSWORD,
          { c: `wrong-${attempt}`, n: 'Harbour-2024-river' },
          { token: accessToken },
        );
        expect(fieldsOf(expectRefused(result, 'BAD_USER_INPUT'))).toEqual(['currentPassword']);
      }
      expectThrottled(
        await gql(CHANGE_PASSWORD, { c: DEMO_PASSWORD, n: 'Harbour-2024-river' }, { token: accessToken }),
      );
      expectThrottled(await gql(LOGIN, { u: username, p: DEMO_PASSWORD }));
    });
  });

  describe('sessions', () => {
    it('signs in with a 15-minute access token naming its session and a refresh token stored only as a hash', async () => {
      const username = await createAccount(platform.dataSource, '4103', 'MEMBER');
      const before = Date.now();
      const session = await login(username);
      const after = Date.now();
      const expiresAt = Date.parse(session.expiresAt);
      // 15 minutes from when the server signed it, somewhere between asking and answering (whole seconds).
      expect(expiresAt).toBeGreaterThan(before + 15 * 60_000 - 1_000);
      expect(expiresAt).toBeLessThanOrEqual(after + 15 * 60_000 + 1_000);
      expect(Date.parse(session.refreshTokenExpiresAt)).toBeGreaterThan(before + 13 * 86_400_000);
      expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const claims = JSON.parse(
        Buffer.from(session.accessToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
      ) as Record<string, unknown>;
      expect(claims['exp']).toBe(expiresAt / 1000);
      const rows = (await platform.dataSource.query(
        `SELECT s.id, s.refresh_token_hash, s.tenant_id = a.tenant_id AS same_tenant, s.revoked_at
           FROM auth_session s JOIN account a ON a.id = s.account_id WHERE a.username = $1`,
        [username],
      )) as Array<{ id: string; refresh_token_hash: string; same_tenant: boolean; revoked_at: Date | null }>;
      expect(rows).toEqual([
        {
          id: claims['sid'],
          refresh_token_hash: createHash('sha256').update(session.refreshToken).digest('hex'),
          same_tenant: true,
          revoked_at: null,
        },
      ]);
      expect(JSON.stringify(rows)).not.toContain(session.refreshToken);
      expect(
        (await gql<{ me: { username: string } }>(ME, {}, { token: session.accessToken })).data?.me,
      ).toEqual({
        id: session.user.id,
        username,
      });
    });

    it('renews a session once per refresh token; presenting a used one ends the whole family', async () => {
      const username = await createAccount(platform.dataSource, '4103', 'MEMBER');
      const first = await login(username);
      const renewed = await gql<{ refreshSession: Session }>(REFRESH, { t: first.refreshToken });
      expect(renewed.errors).toBeUndefined();
      const second = renewed.data!.refreshSession;
      expect(second.user.username).toBe(username);
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(second.accessToken).not.toBe(first.accessToken);
      expect((await gql(ME, {}, { token: second.accessToken })).errors).toBeUndefined();
      // The renewed session replaces the old one: its access token ends with it.
      const ended = expectRefused(await gql(ME, {}, { token: first.accessToken }), 'UNAUTHENTICATED');
      expect(ended.extensions?.['reason']).toBe('SESSION_ENDED');

      // The first refresh token again: someone kept a copy. Refused, and the renewed session ends too.
      const reused = expectRefused(await gql(REFRESH, { t: first.refreshToken }), 'UNAUTHENTICATED');
      expect(reused.extensions?.['reason']).toBe('REFRESH_REFUSED');
      expectRefused(await gql(ME, {}, { token: second.accessToken }), 'UNAUTHENTICATED');
      expectRefused(await gql(REFRESH, { t: second.refreshToken }), 'UNAUTHENTICATED');

      // Signing in again starts a new family.
      const third = await login(username);
      expect((await gql(ME, {}, { token: third.accessToken })).errors).toBeUndefined();
    });

    it.each([
      ['an unknown refresh token', () => randomBytes(32).toString('base64url')],
      ['an empty refresh token', () => ''],
      ['an access token in place of a refresh token', () => 'eyJhbGciOiJIUzI1NiJ9.e30.x'],
    ])('refuses %s with UNAUTHENTICATED', async (_label, token) => {
      const refusal = expectRefused(await gql(REFRESH, { t: token() }), 'UNAUTHENTICATED');
      expect(refusal.extensions?.['reason']).toBe('REFRESH_REFUSED');
    });

    it('refuses to renew an expired session or one of a disabled account', async () => {
      const expired = await createAccount(platform.dataSource, '4103', 'VIEWER');
      const session = await login(expired);
      await platform.dataSource.query(
        `UPDATE auth_session SET expires_at = now() - interval '1 second'
          WHERE account_id = (SELECT id FROM account WHERE username = $1)`,
        [expired],
      );
      expectRefused(await gql(ME, {}, { token: session.accessToken }), 'UNAUTHENTICATED');
      expectRefused(await gql(REFRESH, { t: session.refreshToken }), 'UNAUTHENTICATED');

      const disabled = await createAccount(platform.dataSource, '4103', 'VIEWER');
      const other = await login(disabled);
      await platform.dataSource.query('UPDATE account SET disabled_at = now() WHERE username = $1', [
        disabled,
      ]);
      expectRefused(await gql(REFRESH, { t: other.refreshToken }), 'UNAUTHENTICATED');
    });

    it('logout ends the session of its access token at once, and only that session', async () => {
      const username = await createAccount(platform.dataSource, '4103', 'MEMBER');
      const phone = await login(username);
      const laptop = await login(username);
      const result = await gql<{ logout: boolean }>(LOGOUT, {}, { token: phone.accessToken });
      expect(result).toMatchObject({ data: { logout: true } });
      expectRefused(await gql(ME, {}, { token: phone.accessToken }), 'UNAUTHENTICATED');
      expectRefused(await gql(LOGOUT, {}, { token: phone.accessToken }), 'UNAUTHENTICATED');
      expectRefused(await gql(REFRESH, { t: phone.refreshToken }), 'UNAUTHENTICATED');
      expect((await gql(ME, {}, { token: laptop.accessToken })).errors).toBeUndefined();
      expectRefused(await gql(LOGOUT), 'UNAUTHENTICATED');
    });

    it('logout after a renewal ends the renewed session', async () => {
      const username = await createAccount(platform.dataSource, '4103', 'MEMBER');
      const first = await login(username);
      const second = (await gql<{ refreshSession: Session }>(REFRESH, { t: first.refreshToken })).data!
        .refreshSession;
      expect((await gql(LOGOUT, {}, { token: second.accessToken })).data).toEqual({ logout: true });
      expectRefused(await gql(REFRESH, { t: second.refreshToken }), 'UNAUTHENTICATED');
    });
  });

  describe('changePassword', () => {
    it.each([
      ['shorter than 10 characters', 'Ab1-xyz9', /10/, 'PASSWORD_TOO_SHORT'],
      ['of fewer than three kinds of character', 'harbourriverbank', /three|三类/, 'PASSWORD_TOO_SIMPLE'],
      [
        'containing the username',
        (username: string) => `X-${username}-9`,
        /username|用户名/,
        'PASSWORD_CONTAINS_USERNAME',
      ],
      ['the demo password', 'Liandong-Demo-2024', /demo|演示/, 'PASSWORD_KNOWN'],
    ])(
      'refuses a new password %s, naming newPassword, and changes nothing',
      async (_label, password, reason, code) => {
        const username = await createAccount(platform.dataSource, '4103', 'VIEWER');
        const session = await login(username);
        const newPassword = typeof password === 'function' ? password(username) : password;
        const error = expectRefused(
          await gql(CHANGE_PASSWORD, { c: DEMO_PASSWORD, n: newPassword }, { token: session.accessToken }),
          'BAD_USER_INPUT',
        );
        expect(fieldsOf(error)).toContain('newPassword');
        const messages = (error.extensions?.['fields'] as Array<{ message: string }>).map((f) => f.message);
        expect(messages.join(' ')).toMatch(reason);
        const reasons = (error.extensions?.['fields'] as Array<{ reason: string }>).map((f) => f.reason);
        expect(reasons).toContain(code);
        for (const message of messages) {
          expect(message).toMatch(/[\p{Script=Han}]/u);
          expect(message).toMatch(/[A-Za-z]{3,} [A-Za-z]{2,}/);
        }
        expect((await gql(ME, {}, { token: session.accessToken })).errors).toBeUndefined();
        await login(username);
      },
    );

    it('refuses a wrong current password, naming currentPassword', async () => {
      const username = await createAccount(platform.dataSource, '4103', 'VIEWER');
      const session = await login(username);
      const error = expectRefused(
        await gql(
          CHANGE_PASSWORD,
          { c: 'not-the-password', n: 'Harbour-2024-river' },
          { token: session.accessToken },
        ),
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toEqual(['currentPassword']);
      expect(error.extensions?.['fields']).toEqual([
        expect.objectContaining({ field: 'currentPassword', reason: 'WRONG_CURRENT_PASSWORD' }),
      ]);
      await login(username);
    });

    it('replaces the password and ends every session of the account', async () => {
      const username = await createAccount(platform.dataSource, '4103', 'COORDINATOR');
      const phone = await login(username);
      const laptop = await login(username);
      const newPassword = '洛阳牡丹-2024-Spring';
      const result = await gql<{ changePassword: boolean }>(
        CHANGE_PASSWORD,
        { c: DEMO_PASSWORD, n: newPassword },
        { token: phone.accessToken },
      );
      expect(result).toMatchObject({ data: { changePassword: true } });
      expect(result.errors).toBeUndefined();

      for (const old of [phone, laptop]) {
        expectRefused(await gql(ME, {}, { token: old.accessToken }), 'UNAUTHENTICATED');
        expectRefused(await gql(REFRESH, { t: old.refreshToken }), 'UNAUTHENTICATED');
      }
      expectRefused(await gql(LOGIN, { u: username, p: DEMO_PASSWORD }), 'UNAUTHENTICATED');
      const fresh = await login(username, newPassword);
      expect((await gql(ME, {}, { token: fresh.accessToken })).errors).toBeUndefined();
      const revoked = (await platform.dataSource.query(
        `SELECT s.revoked_reason FROM auth_session s JOIN account a ON a.id = s.account_id
          WHERE a.username = $1 AND s.id <> ALL($2::uuid[]) ORDER BY s.created_at`,
        [
          username,
          [
            JSON.parse(Buffer.from(fresh.accessToken.split('.')[1] ?? '', 'base64url').toString('utf8'))[
              'sid'
            ] as string,
          ],
        ],
      )) as Array<{ revoked_reason: string }>;
      expect(revoked).toEqual([
        { revoked_reason: 'PASSWORD_CHANGED' },
        { revoked_reason: 'PASSWORD_CHANGED' },
      ]);
    });

    it('needs a token', async () => {
      expectRefused(
        await gql(CHANGE_PASSWORD, { c: DEMO_PASSWORD, n: 'Harbour-2024-river' }),
        'UNAUTHENTICATED',
      );
    });
  });
});
