import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeClient, renderSignedIn, testUser } from '../handoffs/test-providers';
import { AppLayout } from './app-layout';

function renderLayout() {
  renderSignedIn(<AppLayout />, testUser(['COORDINATOR']), fakeClient(jest.fn(), { unreadNotifications: 0 }));
  return screen.getByTestId('account-menu');
}

describe('the account menu', () => {
  afterEach(() => jest.useRealTimers());

  it('opens on a click and offers 修改密码, which opens its dialog', async () => {
    await userEvent.click(renderLayout());
    await userEvent.click(await screen.findByRole('menuitem', { name: /修改密码/ }));
    expect(await screen.findByRole('dialog', { name: '修改密码' })).toBeInTheDocument();
  });

  it('opens from the keyboard', async () => {
    renderLayout().focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('menuitem', { name: /修改密码/ })).toBeInTheDocument();
  });

  it('stays closed under a passing pointer', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.hover(renderLayout());
    // Well past the delay after which antd opens a menu on hover.
    act(() => jest.advanceTimersByTime(1_000));
    expect(screen.queryByRole('menuitem', { name: /修改密码/ })).not.toBeInTheDocument();
  });
});
