import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { RequestContext } from '@liandong/tenancy';

/**
 * A request the AuthGuard resolved: its caller, the session its access token belongs to, and whether the
 * account must first replace an issued password.
 */
export type AuthenticatedRequest = RequestContext['req'] & {
  sessionId?: string;
  mustChangePassword?: boolean;
};

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<RequestContext>().req
    : context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The id of the session behind the request's access token (for logout). */
export const CurrentSessionId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const sessionId = requestOf(context).sessionId;
  if (!sessionId) {
    throw AppException.unauthenticated();
  }
  return sessionId;
});
