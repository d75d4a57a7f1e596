import type { SessionTokensFragment } from '../graphql/generated/graphql';

/** An in-memory stand-in for sessionStorage. */
export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** A city coordinator's session with the given tokens and expiry times. */
export function sessionWith(tokens: {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt?: string;
}): SessionTokensFragment {
  return {
    refreshTokenExpiresAt: '2099-01-01T00:00:00Z',
    ...tokens,
    user: {
      id: 'u1',
      username: 'lyrd',
      displayName: '洛阳市人大',
      roles: ['COORDINATOR'],
      tenant: { id: 't1', code: '4103', name: '洛阳市', level: 'CITY' },
      committee: null,
      mustChangePassword: false,
    },
  };
}
