import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException } from '@liandong/errors';
import { AuthService } from './auth.service';
import { requestOf } from './current-session.decorator';
import { OPEN_BEFORE_PASSWORD_CHANGE } from './password-change.decorator';
import { IS_PUBLIC } from './public.decorator';

function passwordChangeRequired(): AppException {
  return AppException.forbidden('PASSWORD_CHANGE_REQUIRED', {
    zh: '请先修改初始密码',
    en: 'Change the password you were given before doing anything else.',
  });
}

/**
 * Resolves the caller once per request from `Authorization: Bearer …`; everything but @Public needs one.
 * It runs for each root field of a GraphQL operation and for each plain-HTTP route, so it is also the one
 * place that holds an account with an issued password to changing it first: only operations marked
 * @OpenBeforePasswordChange (and the @Public sign-in ones) pass until then.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.marked(context, IS_PUBLIC)) {
      return true;
    }
    const req = requestOf(context);
    if (!req.caller) {
      const header = req.headers.authorization;
      const value = Array.isArray(header) ? header[0] : header;
      const match = value?.match(/^Bearer\s+(\S+)$/i);
      if (!match) {
        throw AppException.unauthenticated();
      }
      const { caller, sessionId, mustChangePassword } = await this.auth.authenticate(match[1]);
      req.caller = caller;
      req.sessionId = sessionId;
      req.mustChangePassword = mustChangePassword;
    }
    if (req.mustChangePassword && !this.marked(context, OPEN_BEFORE_PASSWORD_CHANGE)) {
      throw passwordChangeRequired();
    }
    return true;
  }

  private marked(context: ExecutionContext, key: string): boolean {
    return (
      this.reflector.getAllAndOverride<boolean>(key, [context.getHandler(), context.getClass()]) === true
    );
  }
}
