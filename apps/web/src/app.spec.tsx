import { render, screen } from '@testing-library/react';
import { App } from './app';
import { sessionWith } from './auth/session.fixture';

function signInWith(mustChangePassword: boolean) {
  const session = sessionWith({ accessToken: 'a', expiresAt: '2099-01-01T00:00:00Z', refreshToken: 'r' });
  window.sessionStorage.setItem(
    'liandong.session',
    JSON.stringify({ ...session, user: { ...session.user, mustChangePassword } }),
  );
}

describe('an account holding an issued password', () => {
  afterEach(() => window.sessionStorage.clear());

  it('is sent from any page to 修改初始密码, and offers nothing else', async () => {
    signInWith(true);
    window.history.pushState({}, '', '/admin/accounts');
    render(<App />);
    expect(await screen.findByRole('heading', { name: '修改初始密码' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/change-password');
    expect(screen.queryByTestId('side-menu')).not.toBeInTheDocument();
    expect(screen.getByLabelText('临时密码')).toBeInTheDocument();
  });

  it('leaves 修改初始密码 for the console once the password is its own', async () => {
    signInWith(false);
    window.history.pushState({}, '', '/change-password');
    render(<App />);
    expect(await screen.findByTestId('side-menu')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/dashboard');
  });
});
