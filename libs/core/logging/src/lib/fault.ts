/**
 * A server fault as the logs hold it: its class, message and stack, and nothing else. Errors from the
 * database driver carry the statement's parameters (the caller's input) as properties; those never pass.
 */
export interface LoggedFault {
  type: string;
  message: string;
  stack?: string;
}

export function describeFault(error: unknown): LoggedFault {
  if (error instanceof Error) {
    return { type: error.constructor.name || error.name, message: error.message, stack: error.stack };
  }
  return { type: typeof error, message: String(error) };
}
