import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { RequestContext } from '@liandong/tenancy';
import { AuthService } from './auth.service';
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
    const req =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<RequestContext>().req
        : context.switchToHttp().getRequest<RequestContext['req']>();
    if (req.caller) {
      return true;
    }
    const header = req.headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    const match = value?.match(/^Bearer\s+(\S+)$/i);
    if (!match) {
      throw AppException.unauthenticated();
    }
    req.caller = await this.auth.callerFromToken(match[1]);
    return true;
  }
}
