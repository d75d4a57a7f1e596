import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { Caller } from './caller';
import { RequestContext, RequestLoaders } from './request-context';

function requestContext(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>();
  }
  const req = context.switchToHttp().getRequest<RequestContext['req']>();
  return { req, loaders: new RequestLoaders() };
}

/** The caller the auth guard resolved; a resolver or route receives it explicitly. */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = requestContext(context).req.caller;
  if (!caller) {
    throw AppException.unauthenticated();
  }
  return caller;
});

/** The request's DataLoaders (GraphQL only). */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestLoaders => requestContext(context).loaders,
);
