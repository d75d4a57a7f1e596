import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { AuthProvider } from '../auth/auth-context';
import { SessionStore, type SessionUser } from '../auth/session-store';
import type { Role } from '../graphql/generated/enums';

/** A signed-in account of the county 老城区 (tenant id 'county') with `roles`. */
export function testUser(roles: Role[]): SessionUser {
  return {
    id: 'u1',
    username: roles.includes('DEPARTMENT') ? '410302-gov' : '410302',
    displayName: '测试账号',
    roles,
    tenant: { id: 'county', code: '410302', name: '老城区', level: 'COUNTY' },
    committee: null,
    mustChangePassword: false,
  };
}

/** A urql client answering every query with `queryData` and every mutation through `mutate`. */
export function fakeClient(mutate: jest.Mock, queryData: unknown = {}): Client {
  return {
    executeQuery: () => fromValue({ data: queryData }),
    executeMutation: mutate,
    executeSubscription: () => never,
  } as unknown as Client;
}

/** Renders `ui` signed in as `user`, with antd's App context, a router, the fake client and `apiFetch`. */
export function renderSignedIn(ui: ReactElement, user: SessionUser, client: Client, apiFetch = jest.fn()) {
  const memory = new Map<string, string>();
  const storage = {
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, value: string) => void memory.set(key, value),
    removeItem: (key: string) => void memory.delete(key),
  };
  const store = new SessionStore(storage);
  store.save({
    accessToken: 'token',
    expiresAt: '2099-01-01T00:00:00Z',
    refreshToken: 'refresh',
    refreshTokenExpiresAt: '2099-01-01T00:00:00Z',
    user,
  });
  return render(
    <Provider value={client}>
      <AuthProvider store={store} apiFetch={apiFetch}>
        <AntApp>
          <MemoryRouter>{ui}</MemoryRouter>
        </AntApp>
      </AuthProvider>
    </Provider>,
  );
}
