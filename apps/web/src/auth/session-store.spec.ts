import { sessionWith, memoryStorage } from './session.fixture';
import { SessionStore } from './session-store';

describe('SessionStore.requirePasswordChange', () => {
  it('marks the signed-in account as having to change its password, and tells the listeners', () => {
    const store = new SessionStore(memoryStorage());
    store.save(sessionWith({ accessToken: 'a', expiresAt: '2099-01-01T00:00:00Z', refreshToken: 'r' }));
    const listener = jest.fn();
    store.subscribe(listener);
    store.requirePasswordChange();
    expect(store.read()?.user.mustChangePassword).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    store.requirePasswordChange();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does nothing when signed out', () => {
    const store = new SessionStore(memoryStorage());
    store.requirePasswordChange();
    expect(store.read()).toBeNull();
  });
});
