import { FieldProblem } from '@liandong/errors';

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 hashes any length; the cap only keeps a request from making it hash megabytes. */
export const PASSWORD_MAX_LENGTH = 256;

export interface PasswordContext {
  username: string;
  /** Passwords that are published or otherwise known (the demo password, its configured value). */
  known: readonly string[];
  /** The password being replaced, when changing one. */
  current?: string;
}

/** Lower case, upper case, digits, other scripts' letters (汉字 …), and everything else as symbols. */
const CLASSES: ReadonlyArray<RegExp> = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[\p{Lo}\p{Lt}\p{Lm}]/u];

function classCount(password: string): number {
  const symbols = /[^\p{Ll}\p{Lu}\p{Nd}\p{Lo}\p{Lt}\p{Lm}]/u.test(password) ? 1 : 0;
  return CLASSES.filter((pattern) => pattern.test(password)).length + symbols;
}

/** Why `password` may not become an account's password; empty when it may. Field-named for BAD_USER_INPUT. */
export function passwordProblems(
  password: string,
  context: PasswordContext,
  field = 'newPassword',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const refuse = (reason: string, zh: string, en: string): void => {
    problems.push({ field, reason, zh, en });
  };
  const length = [...password].length;
  const folded = password.toLowerCase();
  if (length < PASSWORD_MIN_LENGTH) {
    refuse(
      'PASSWORD_TOO_SHORT',
      `至少 ${PASSWORD_MIN_LENGTH} 个字符`,
      `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
    );
  }
  if (length > PASSWORD_MAX_LENGTH) {
    refuse(
      'PASSWORD_TOO_LONG',
      `不能超过 ${PASSWORD_MAX_LENGTH} 个字符`,
      `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
    );
  }
  if (classCount(password) < 3) {
    refuse(
      'PASSWORD_TOO_SIMPLE',
      '须至少包含小写字母、大写字母、数字、符号中的三类(汉字等其他文字算一类)',
      'must mix at least three of: lower-case letters, upper-case letters, digits, symbols (Chinese and other scripts count as one more)',
    );
  }
  const username = context.username.trim().toLowerCase();
  if (username && folded.includes(username)) {
    refuse('PASSWORD_CONTAINS_USERNAME', '不能包含用户名', 'must not contain the username');
  }
  if (context.known.some((known) => known && folded.includes(known.toLowerCase()))) {
    refuse('PASSWORD_KNOWN', '不能使用或包含演示密码', 'must not be or contain the demo password');
  }
  if (context.current !== undefined && password === context.current) {
    refuse('PASSWORD_UNCHANGED', '不能与当前密码相同', 'must differ from the current password');
  }
  return problems;
}
