import { Said } from './said';

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

/**
 * Why a request was refused, stable and machine-readable (`HANDOFF_NOT_EVALUABLE`, `REASON_REQUIRED`):
 * clients branch on it and translate it; the sentence beside it is for people and may be reworded.
 */
export type Reason = string;

/** A field that failed validation, named the way the client sent it, with why. */
export interface FieldProblem extends Said {
  field: string;
  reason: Reason;
}

/** A bad row of a batch: its index in the batch, the field and why. */
export interface RowProblem extends FieldProblem {
  index: number;
}

/** How a field or row problem reaches the client: the contract's `message`, and the reason and languages apart. */
function shown<T extends FieldProblem>(problem: T): T & { message: string } {
  return { ...problem, message: `${problem.zh} / ${problem.en}` };
}

const SIGN_IN: Said = { zh: '请先登录', en: 'Please sign in first.' };
const NOT_ALLOWED: Said = { zh: '无权执行此操作', en: 'You may not do this.' };

/**
 * A refusal the caller can act on: the contract's code, a stable reason, and what a person is told in Chinese
 * and in English. `message` joins the two for clients that show one sentence.
 */
export class AppException extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly code: ErrorCode,
    readonly reason: Reason,
    said: Said,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${said.zh} / ${said.en}`);
    this.name = 'AppException';
    this.zh = said.zh;
    this.en = said.en;
  }

  /** What a client receives beside the message: GraphQL `extensions`, or the JSON body of a plain-HTTP refusal. */
  get extensions(): Record<string, unknown> {
    return { code: this.code, reason: this.reason, zh: this.zh, en: this.en, ...this.details };
  }

  static unauthenticated(reason: Reason = 'UNAUTHENTICATED', said?: Said): AppException {
    return new AppException(ErrorCode.UNAUTHENTICATED, reason, said ?? SIGN_IN);
  }

  static forbidden(reason: Reason = 'FORBIDDEN', said?: Said): AppException {
    return new AppException(ErrorCode.FORBIDDEN, reason, said ?? NOT_ALLOWED);
  }

  /** `what` names the kind of thing, e.g. { zh: '交办事项', en: 'Handoff' }. */
  static notFound(what: Said, id?: string): AppException {
    return new AppException(ErrorCode.NOT_FOUND, 'NOT_FOUND', {
      zh: `${what.zh}不存在或无权查看`,
      en: `${what.en} not found${id ? ` (${id})` : ''}.`,
    });
  }

  static conflict(reason: Reason, said: Said): AppException {
    return new AppException(ErrorCode.CONFLICT, reason, said);
  }

  static tooManyRequests(reason: Reason, said: Said, retryAfterSeconds: number): AppException {
    return new AppException(ErrorCode.TOO_MANY_REQUESTS, reason, said, {
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
    });
  }

  static badInput(field: string, reason: Reason, said: Said): AppException {
    return AppException.badFields([{ field, reason, ...said }]);
  }

  static badFields(fields: FieldProblem[]): AppException {
    const zh = fields.map((f) => `${f.field}: ${f.zh}`).join(';');
    const en = fields.map((f) => `${f.field}: ${f.en}`).join('; ');
    return new AppException(
      ErrorCode.BAD_USER_INPUT,
      'INVALID_INPUT',
      { zh: `输入有误 — ${zh}`, en: `Invalid input — ${en}` },
      { fields: fields.map(shown) },
    );
  }

  static badRows(rows: RowProblem[]): AppException {
    const listed = (pick: (row: RowProblem) => string): string =>
      rows
        .slice(0, 5)
        .map((row) => `#${row.index} ${row.field}: ${pick(row)}`)
        .join('; ') + (rows.length > 5 ? ` …(+${rows.length - 5})` : '');
    return new AppException(
      ErrorCode.BAD_USER_INPUT,
      'INVALID_ROWS',
      {
        zh: `${rows.length} 处错误,未保存任何数据 — ${listed((row) => row.zh)}`,
        en: `${rows.length} problem(s), nothing was stored — ${listed((row) => row.en)}`,
      },
      { rows: rows.map(shown) },
    );
  }
}
