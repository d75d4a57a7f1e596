import { AppException, ErrorCode } from '@liandong/errors';

/**
 * A refusal of the credentials themselves: an unknown or disabled account, a wrong password. These are the
 * attempts LoginThrottle counts; every other refusal (bad input, throttling itself) is not.
 */
export class CredentialsRefusedException extends AppException {
  static wrongCredentials(): CredentialsRefusedException {
    return new CredentialsRefusedException(ErrorCode.UNAUTHENTICATED, 'WRONG_CREDENTIALS', {
      zh: '用户名或密码错误',
      en: 'Wrong username or password.',
    });
  }

  /** Told like any other bad field of the form, but counted like a failed sign-in. */
  static wrongCurrentPassword(): CredentialsRefusedException {
    const refusal = AppException.badInput('currentPassword', 'WRONG_CURRENT_PASSWORD', {
      zh: '当前密码不正确',
      en: 'the current password is wrong',
    });
    return new CredentialsRefusedException(refusal.code, refusal.reason, refusal, refusal.details);
  }
}
