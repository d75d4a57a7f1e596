import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

interface AddressedRequest {
  /** Express's client address: the socket's, or the proxies' (X-Forwarded-For) under `trust proxy`. */
  ip?: string;
  socket?: { remoteAddress?: string };
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
export function normalizeAddress(address: string | undefined): string {
  const value = address?.trim().toLowerCase();
  if (!value) {
    return 'unknown';
  }
  return value.startsWith('::ffff:') && value.includes('.') ? value.slice('::ffff:'.length) : value;
}

/** The client's network address as Express resolves it (see TRUST_PROXY). */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const req =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: AddressedRequest }>().req
      : context.switchToHttp().getRequest<AddressedRequest>();
  return normalizeAddress(req.ip ?? req.socket?.remoteAddress);
});
