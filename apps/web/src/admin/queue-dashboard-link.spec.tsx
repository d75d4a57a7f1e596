import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeClient, renderSignedIn, testUser } from '../handoffs/test-providers';
import { QueueDashboardLink } from './queue-dashboard-link';

const REFUSED = '仅平台管理员(最上级单位的管理员)可查看队列监控';

describe('QueueDashboardLink', () => {
  it('asks the API for a dashboard session and says why it is refused', async () => {
    // jsdom has no fetch Response: the part of one the link reads
    const refusal = {
      ok: false,
      status: 403,
      json: () => Promise.resolve({ code: 'FORBIDDEN', zh: REFUSED }),
    };
    const apiFetch = jest.fn(() => Promise.resolve(refusal));
    renderSignedIn(<QueueDashboardLink />, testUser(['ADMIN']), fakeClient(jest.fn()), apiFetch);
    await userEvent.click(screen.getByRole('button', { name: '队列监控 · Queues' }));
    expect(await screen.findByText(REFUSED)).toBeInTheDocument();
    expect(apiFetch).toHaveBeenCalledWith('/admin/queues/session', { method: 'POST' });
  });
});
