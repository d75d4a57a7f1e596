import type { SessionTokensFragment } from '../graphql/generated/graphql';
import { createApiFetch } from './api-fetch';
import type { SessionRenewal } from './session-renewal';
import { memoryStorage, sessionWith } from './session.fixture';
import { SessionStore } from './session-store';

function session(accessToken: string, expiresInMs: number): SessionTokensFragment {
  return sessionWith({
    accessToken,
    expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    refreshToken: `refresh-${accessToken}`,
  });
}

/** A renewal that hands out `next` and records how often it was asked. */
function fakeRenewal(store: SessionStore, next: SessionTokensFragment | null) {
  const renew = jest.fn(() => {
    if (next) {
      store.save(next);
    }
    return Promise.resolve(next);
  });
  return { renewal: { renew } as unknown as SessionRenewal, renew };
}

function tokensSent(fetchMock: jest.SpyInstance): Array<string | null> {
  return fetchMock.mock.calls.map(([, init]) =>
    new Headers((init as RequestInit).headers).get('Authorization'),
  );
}

describe('createApiFetch', () => {
  let fetchMock: jest.SpyInstance;
  afterEach(() => fetchMock.mockRestore());

  it('signs the request with the current access token', async () => {
    const store = new SessionStore(memoryStorage());
    store.save(session('a1', 10 * 60_000));
    const { renewal, renew } = fakeRenewal(store, null);
    fetchMock = jest.spyOn(global, 'fetch').mockResolvedValue(new Response('ok'));

    const response = await createApiFetch(store, renewal)('/exports/ledger.xlsx');

    expect(response.status).toBe(200);
    expect(tokensSent(fetchMock)).toEqual(['Bearer a1']);
    expect(renew).not.toHaveBeenCalled();
  });

  it('renews first when the access token is about to expire', async () => {
    const store = new SessionStore(memoryStorage());
    store.save(session('a1', 5_000));
    const { renewal, renew } = fakeRenewal(store, session('a2', 15 * 60_000));
    fetchMock = jest.spyOn(global, 'fetch').mockResolvedValue(new Response('ok'));

    await createApiFetch(store, renewal)('/exports/ledger.xlsx');

    expect(renew).toHaveBeenCalledTimes(1);
    expect(tokensSent(fetchMock)).toEqual(['Bearer a2']);
  });

  it('renews and retries once when the API answers 401', async () => {
    const store = new SessionStore(memoryStorage());
    store.save(session('a1', 10 * 60_000));
    const { renewal } = fakeRenewal(store, session('a2', 15 * 60_000));
    fetchMock = jest
      .spyOn(global, 'fetch')
      .mockResolvedValueOnce(new Response('{}', { status: 401 }))
      .mockResolvedValueOnce(new Response('ok'));

    const response = await createApiFetch(store, renewal)('/files/abc', { method: 'GET' });

    expect(response.status).toBe(200);
    expect(tokensSent(fetchMock)).toEqual(['Bearer a1', 'Bearer a2']);
  });

  it('gives back the 401 when the session cannot be renewed', async () => {
    const store = new SessionStore(memoryStorage());
    store.save(session('a1', 10 * 60_000));
    const { renewal } = fakeRenewal(store, null);
    fetchMock = jest.spyOn(global, 'fetch').mockResolvedValue(new Response('{}', { status: 401 }));

    const response = await createApiFetch(store, renewal)('/files/abc');

    expect(response.status).toBe(401);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
