import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import { fakeClient, renderSignedIn, testUser } from '../handoffs/test-providers';
import { NotificationItem } from './notification-item';

const NOTICE = {
  id: 'n1',
  kind: 'HANDOFF_ISSUED',
  message: '收到新的交办事项',
  at: '2026-03-01T02:00:00Z',
  read: false,
  handoff: { id: 'h1', letterNo: '洛联交〔2026〕1号' },
};

describe('NotificationItem', () => {
  it('marks an unread notice read and links to its handoff', async () => {
    const mutate = jest.fn(() => fromValue({ data: { markNotificationRead: { id: 'n1', read: true } } }));
    renderSignedIn(<NotificationItem notice={NOTICE} />, testUser(['DEPARTMENT']), fakeClient(mutate));
    expect(screen.getByText('新交办')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /查看交办/ })).toHaveAttribute('href', '/handoffs/h1');
    await userEvent.click(screen.getByRole('button', { name: '标为已读' }));
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { id: 'n1' } }),
      expect.anything(),
    );
  });

  it('offers nothing to mark on a notice already read', () => {
    renderSignedIn(
      <NotificationItem notice={{ ...NOTICE, read: true }} />,
      testUser(['DEPARTMENT']),
      fakeClient(jest.fn()),
    );
    expect(screen.queryByRole('button', { name: '标为已读' })).not.toBeInTheDocument();
    expect(screen.queryByText('未读')).not.toBeInTheDocument();
  });
});
