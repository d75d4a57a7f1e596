/** Operation names a client chooses reach the logs and the metric labels only when they look like identifiers. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The label for a GraphQL operation's name: anonymous operations share "anonymous", and anything that is not
 * a plain identifier of at most 64 characters shares "other", so a client cannot grow the series without end.
 */
export function operationNameLabel(name: string | null | undefined): string {
  if (name === null || name === undefined || name === '') {
    return 'anonymous';
  }
  return OPERATION_NAME.test(name) ? name : 'other';
}

const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription']);

/** query, mutation or subscription; "unknown" when the operation never parsed or resolved. */
export function operationTypeLabel(type: string | null | undefined): string {
  return type && OPERATION_TYPES.has(type) ? type : 'unknown';
}

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** An error's extensions.code as a label: codes are UPPER_SNAKE; anything else (or none) is folded. */
export function errorCodeLabel(code: unknown): string {
  if (typeof code !== 'string' || code === '') {
    return 'NONE';
  }
  return ERROR_CODE.test(code) ? code : 'OTHER';
}
