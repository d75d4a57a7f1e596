import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException } from '@liandong/errors';
import { AuthService } from './auth.service';
import { requestOf } from './current-session.decorator';
import { IS_PUBLIC } from './public.decorator';

/** Resolves the caller once per request from `Authorization: Bearer …`; everything but @Public needs one. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) {
      return true;
    }
    const req = requestOf(context);
    if (req.caller) {
      return true;
    }
    const header = req.headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    const match = value?.match(/^Bearer\s+(\S+)$/i);
    if (!match) {
      throw AppException.unauthenticated();
    }
    const { caller, sessionId } = await this.auth.authenticate(match[1]);
    req.caller = caller;
    req.sessionId = sessionId;
    return true;
  }
}
