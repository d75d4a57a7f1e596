import { SetMetadata } from '@nestjs/common';

export const OPEN_BEFORE_PASSWORD_CHANGE = 'liandong:open-before-password-change';

/**
 * Marks the few operations an account may use while it holds a password an administrator issued: reading
 * itself (`me`), changing the password, signing out. The AuthGuard refuses everything else until then.
 */
export const OpenBeforePasswordChange = (): MethodDecorator => SetMetadata(OPEN_BEFORE_PASSWORD_CHANGE, true);
