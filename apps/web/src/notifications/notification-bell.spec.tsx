import { act, screen } from '@testing-library/react';
import type { Client } from 'urql';
import { fromValue, never } from 'wonka';
import { renderSignedIn, testUser } from '../handoffs/test-providers';
import { NotificationBell, REFRESH_MS } from './notification-bell';

function countingClient(unread: number) {
  const executeQuery = jest.fn(() => fromValue({ data: { unreadNotifications: unread } }));
  const client = { executeQuery, executeMutation: jest.fn(), executeSubscription: () => never };
  return { client: client as unknown as Client, executeQuery };
}

describe('NotificationBell', () => {
  afterEach(() => jest.useRealTimers());

  it('shows the unread count as a badge on a 消息 button', () => {
    const { client } = countingClient(3);
    renderSignedIn(<NotificationBell />, testUser(['DEPARTMENT']), client);
    expect(screen.getByRole('button', { name: '消息' })).toBeInTheDocument();
    expect(screen.getByTestId('unread-count')).toHaveTextContent('3');
  });

  it('asks the API again every minute', () => {
    jest.useFakeTimers();
    const { client, executeQuery } = countingClient(0);
    renderSignedIn(<NotificationBell />, testUser(['COORDINATOR']), client);
    const before = executeQuery.mock.calls.length;
    act(() => jest.advanceTimersByTime(REFRESH_MS));
    expect(executeQuery.mock.calls.length).toBeGreaterThan(before);
    expect(executeQuery).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ requestPolicy: 'network-only' }),
    );
  });
});
