import { App } from 'antd';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';

/**
 * A stand-in urql client for component tests: queries answer `queryData`, mutations answer what `mutate`
 * returns (a jest mock, so tests can see the variables sent).
 */
export function fakeClient(queryData: unknown, mutate: jest.Mock): Client {
  return {
    executeQuery: () => fromValue({ data: queryData }),
    executeMutation: mutate,
    executeSubscription: () => never,
  } as unknown as Client;
}

export function withClient(client: Client, children: ReactNode) {
  return (
    <MemoryRouter>
      <Provider value={client}>
        <App>{children}</App>
      </Provider>
    </MemoryRouter>
  );
}
