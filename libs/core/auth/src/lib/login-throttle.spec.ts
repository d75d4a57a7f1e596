import { RateLimiterMemory } from 'rate-limiter-flexible';
import { AppException } from '@liandong/errors';
import { CredentialsRefusedException } from './auth.exception';
import { LoginThrottle } from './login-throttle';

function throttle(perAccount = 3, perAddress = 5): LoginThrottle {
  return new LoginThrottle({
    account: new RateLimiterMemory({ keyPrefix: 'account', points: perAccount, duration: 900 }),
    address: new RateLimiterMemory({ keyPrefix: 'address', points: perAddress, duration: 900 }),
  });
}

const wrong = () => Promise.reject(CredentialsRefusedException.wrongCredentials());
const right = () => Promise.resolve('signed in');

async function fail(subject: LoginThrottle, username: string, address: string): Promise<unknown> {
  return subject.attempt({ username, address }, wrong).catch((error: unknown) => error);
}

describe('LoginThrottle', () => {
  it('refuses the attempt after the limit of failures for one account, before checking anything', async () => {
    const subject = throttle(3, 100);
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      expect(await fail(subject, 'alice', address)).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const check = jest.fn(right);
    const refused = await subject.attempt({ username: 'alice', address: '10.0.0.4' }, check).catch((e) => e);
    expect(refused).toBeInstanceOf(AppException);
    expect(refused).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'SIGN_IN_THROTTLED',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    expect((refused as AppException).details['retryAfterSeconds']).toBeGreaterThan(0);
    expect((refused as AppException).details['retryAfterSeconds']).toBeLessThanOrEqual(900);
    expect(check).not.toHaveBeenCalled();
    await expect(subject.attempt({ username: 'bob', address: '10.0.0.4' }, right)).resolves.toBe('signed in');
  });

  it('refuses every account from an address after its limit of failures', async () => {
    const subject = throttle(100, 3);
    for (const username of ['a', 'b', 'c']) {
      await fail(subject, username, '10.0.0.9');
    }
    await expect(subject.attempt({ username: 'd', address: '10.0.0.9' }, right)).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    await expect(subject.attempt({ username: 'd', address: '10.0.0.10' }, right)).resolves.toBe('signed in');
  });

  it('counts only failed credentials, never successes or other refusals', async () => {
    const subject = throttle(2, 2);
    for (let i = 0; i < 5; i += 1) {
      await expect(subject.attempt({ username: 'alice', address: '10.0.0.1' }, right)).resolves.toBe(
        'signed in',
      );
      await expect(
        subject.attempt({ username: 'alice', address: '10.0.0.1' }, () =>
          Promise.reject(AppException.badInput('newPassword', 'TOO_SHORT', { zh: '太短', en: 'too short' })),
        ),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    await expect(subject.attempt({ username: 'alice', address: '10.0.0.1' }, right)).resolves.toBe(
      'signed in',
    );
  });

  it('clears the account count on success, so only consecutive failures lock it', async () => {
    const subject = throttle(3, 100);
    await fail(subject, 'alice', '10.0.0.1');
    await fail(subject, 'alice', '10.0.0.1');
    await subject.attempt({ username: 'alice', address: '10.0.0.1' }, right);
    await fail(subject, 'alice', '10.0.0.1');
    await fail(subject, 'alice', '10.0.0.1');
    await expect(subject.attempt({ username: 'alice', address: '10.0.0.1' }, right)).resolves.toBe(
      'signed in',
    );
  });

  it('treats surrounding spaces as the same account', async () => {
    const subject = throttle(2, 100);
    await fail(subject, 'alice', '10.0.0.1');
    await fail(subject, ' alice ', '10.0.0.2');
    await expect(subject.attempt({ username: 'alice', address: '10.0.0.3' }, right)).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
  });
});
