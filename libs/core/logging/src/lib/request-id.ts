import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The header a caller (or a proxy in front) may send, and the one every response carries back. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A caller's id is kept only when it is plainly an id (a UUID fits): anything longer or with other characters
 * could carry text into the logs or forge a log line, so it is replaced.
 */
const WELL_FORMED = /^[A-Za-z0-9-]{8,64}$/;

/** The request's id: the caller's, when well formed and sent once; a fresh UUID otherwise. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && WELL_FORMED.test(header) ? header : randomUUID();
}

const requestIds = new AsyncLocalStorage<string>();

/**
 * The first middleware of the API: names the request (pino-http reuses `req.id`), says the name in the
 * response header, and runs the rest of the request inside it so that an error formatter can find it.
 */
export function assignRequestId(
  req: IncomingMessage & { id?: unknown },
  res: ServerResponse,
  next: () => void,
): void {
  const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  req.id = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  requestIds.run(id, next);
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}

/**
 * What an error shown to a user is labelled with: the request's id, so the operator finds every log line of
 * that request from what the user reports; a fresh UUID outside a request.
 */
export function correlationId(): string {
  return currentRequestId() ?? randomUUID();
}
