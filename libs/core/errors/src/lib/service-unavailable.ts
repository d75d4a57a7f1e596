import { causeChain } from './cause-chain';
import type { Said } from './said';

/**
 * SQLSTATEs of a database that cannot be reached or is going away: class 08 (connection exception),
 * 57P01–57P03 (shut down by an operator, crashed, starting up) and 53300 (no connection slot free).
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
/** A socket that was refused, reset or timed out on the way to PostgreSQL or Redis. */
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
/** node-postgres says a lost connection in words only, without a code. */
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether an error means a service the platform stands on (PostgreSQL, Redis) could not be reached, rather than
 * a fault of the request or of the code: the answer is then "try again shortly", not "call the administrator".
 * It follows the chain of causes an error carries (GraphQL's originalError, TypeORM's driverError, `cause`).
 */
export function isServiceUnavailable(error: unknown): boolean {
  return causeChain(error).some((cause) => {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    return (
      (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SOCKET.has(code))) ||
      (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message))
    );
  });
}

/** How long a client is asked to wait before trying again: a restarted PostgreSQL is back within seconds. */
export const SERVICE_UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * The refusal a client gets when a service could not be reached, in GraphQL's extensions and in a plain-HTTP body
 * alike. The code stays the contract's INTERNAL_SERVER_ERROR; the reason and `retryAfterSeconds` tell a client
 * that nothing is wrong with what it sent and that trying again shortly is the remedy.
 */
export function serviceUnavailableRefusal(correlationId: string): Said & {
  code: 'INTERNAL_SERVER_ERROR';
  reason: 'SERVICE_UNAVAILABLE';
  retryAfterSeconds: number;
  correlationId: string;
  message: string;
} {
  const zh = `服务暂时不可用(数据库或队列连接中断),请稍后重试;如仍失败,请联系管理员并提供编号 ${correlationId}`;
  const en = `The service is briefly unavailable (a connection to the database or queue was lost); try again shortly (correlation id ${correlationId}).`;
  return {
    code: 'INTERNAL_SERVER_ERROR',
    reason: 'SERVICE_UNAVAILABLE',
    zh,
    en,
    retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_SECONDS,
    correlationId,
    message: `${zh} / ${en}`,
  };
}
