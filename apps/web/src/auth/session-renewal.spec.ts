import type { SessionTokensFragment } from '../graphql/generated/graphql';
import { SessionRenewal } from './session-renewal';
import { memoryStorage, sessionWith } from './session.fixture';
import { SessionStore } from './session-store';

function session(
  refreshToken: string,
  refreshTokenExpiresAt = '2099-01-01T00:00:00Z',
): SessionTokensFragment {
  return sessionWith({
    accessToken: `access-${refreshToken}`,
    expiresAt: '2000-01-01T00:00:00Z',
    refreshToken,
    refreshTokenExpiresAt,
  });
}

function answer(body: unknown): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
  );
}

function refreshTokenSent(init: RequestInit): string {
  return (JSON.parse(init.body as string) as { variables: { refreshToken: string } }).variables.refreshToken;
}

describe('SessionRenewal', () => {
  it('sends one renewal for calls that overlap, since the API rotates refresh tokens', async () => {
    const store = new SessionStore(memoryStorage());
    store.save(session('r1'));
    const post = jest.fn((_url: string, init: RequestInit) => {
      expect(refreshTokenSent(init)).toBe('r1');
      return answer({ data: { refreshSession: session('r2') } });
    });
    const renewal = new SessionRenewal(store, post);

    const [first, second] = await Promise.all([renewal.renew(), renewal.renew()]);

    expect(post).toHaveBeenCalledTimes(1);
    expect(first?.refreshToken).toBe('r2');
    expect(second?.refreshToken).toBe('r2');
    expect(store.read()?.accessToken).toBe('access-r2');
  });

  it('renews again with the new token once the first renewal is over', async () => {
    const store = new SessionStore(memoryStorage());
    store.save(session('r1'));
    const sent: string[] = [];
    const renewal = new SessionRenewal(store, (_url, init) => {
      const token = refreshTokenSent(init);
      sent.push(token);
      return answer({ data: { refreshSession: session(`${token}+`) } });
    });
    await renewal.renew();
    await renewal.renew();
    expect(sent).toEqual(['r1', 'r1+']);
  });

  it('signs out when the API refuses the refresh token', async () => {
    const store = new SessionStore(memoryStorage());
    store.save(session('r1'));
    const renewal = new SessionRenewal(store, () =>
      answer({ data: null, errors: [{ message: '登录已失效', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    expect(await renewal.renew()).toBeNull();
    expect(store.read()).toBeNull();
  });

  it('signs out without asking the API when the refresh token has expired', async () => {
    const store = new SessionStore(memoryStorage());
    store.save(session('r1', '2000-01-01T00:00:00Z'));
    const post = jest.fn();
    expect(await new SessionRenewal(store, post).renew()).toBeNull();
    expect(post).not.toHaveBeenCalled();
    expect(store.read()).toBeNull();
  });

  it('keeps the session when the API cannot be reached, so a network blip signs no one out', async () => {
    const store = new SessionStore(memoryStorage());
    store.save(session('r1'));
    const renewal = new SessionRenewal(store, () => Promise.reject(new TypeError('Failed to fetch')));
    expect((await renewal.renew())?.refreshToken).toBe('r1');
    expect(store.read()?.refreshToken).toBe('r1');
  });
});
