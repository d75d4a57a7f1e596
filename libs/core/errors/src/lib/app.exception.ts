/** The `extensions.code` values of the contract; every refusal carries one. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** Too many attempts (e.g. failed sign-ins); `extensions.retryAfterSeconds` says when to try again. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

/** A field that failed validation, named the way the client sent it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A bad row of a batch: its index in the batch, the field and why. */
export interface RowProblem extends FieldProblem {
  index: number;
}

/** A refusal the caller can act on. The message is a sentence a person reads, in Chinese with English. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppException';
  }

  static unauthenticated(message = '请先登录 / Please sign in first.'): AppException {
    return new AppException(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = '无权执行此操作 / You may not do this.'): AppException {
    return new AppException(ErrorCode.FORBIDDEN, message);
  }

  static notFound(what: string, id?: string): AppException {
    return new AppException(
      ErrorCode.NOT_FOUND,
      `${what}不存在或无权查看 / ${what} not found${id ? ` (${id})` : ''}.`,
    );
  }

  static conflict(message: string): AppException {
    return new AppException(ErrorCode.CONFLICT, message);
  }

  static tooManyRequests(message: string, retryAfterSeconds: number): AppException {
    return new AppException(ErrorCode.TOO_MANY_REQUESTS, message, {
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
    });
  }

  static badInput(field: string, message: string): AppException {
    return AppException.badFields([{ field, message }]);
  }

  static badFields(fields: FieldProblem[]): AppException {
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return new AppException(ErrorCode.BAD_USER_INPUT, `输入有误 / Invalid input — ${summary}`, { fields });
  }

  static badRows(rows: RowProblem[]): AppException {
    const shown = rows
      .slice(0, 5)
      .map((r) => `#${r.index} ${r.field}: ${r.message}`)
      .join('; ');
    const more = rows.length > 5 ? ` …(+${rows.length - 5})` : '';
    return new AppException(
      ErrorCode.BAD_USER_INPUT,
      `${rows.length} 处错误,未保存任何数据 / ${rows.length} problem(s), nothing was stored — ${shown}${more}`,
      { rows },
    );
  }
}
