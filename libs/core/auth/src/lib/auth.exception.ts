import { AppException, ErrorCode } from '@liandong/errors';

/**
 * A refusal of the credentials themselves: an unknown or disabled account, a wrong password. These are the
 * attempts LoginThrottle counts; every other refusal (bad input, throttling itself) is not.
 */
export class CredentialsRefusedException extends AppException {
  static wrongCredentials(): CredentialsRefusedException {
    return new CredentialsRefusedException(
      ErrorCode.UNAUTHENTICATED,
      '用户名或密码错误 / Wrong username or password.',
    );
  }

  static wrongCurrentPassword(): CredentialsRefusedException {
    const field = 'currentPassword';
    const message = '当前密码不正确 / the current password is wrong';
    return new CredentialsRefusedException(
      ErrorCode.BAD_USER_INPUT,
      `输入有误 / Invalid input — ${field}: ${message}`,
      { fields: [{ field, message }] },
    );
  }
}
