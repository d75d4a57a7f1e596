import { AppException } from './app.exception';
import { Said } from './said';

/** The longest reason, note or comment a person may write on any decision. */
export const MAX_WRITTEN_REASON = 2_000;

function tooLong(field: string): AppException {
  return AppException.badInput(field, 'TEXT_TOO_LONG', {
    zh: `不能超过 ${MAX_WRITTEN_REASON} 字`,
    en: `at most ${MAX_WRITTEN_REASON} characters`,
  });
}

/**
 * A reason a decision cannot go without (退回、退办、不同意延期、督办 …): trimmed, present, not too long.
 * `decision` names what needs it, e.g. { zh: '退回', en: 'returning' }.
 */
export function requireReason(value: string | null | undefined, field: string, decision: Said): string {
  const text = value?.trim() ?? '';
  if (!text) {
    throw AppException.badInput(field, 'REASON_REQUIRED', {
      zh: `${decision.zh}须说明理由`,
      en: `${decision.en} needs a reason`,
    });
  }
  if (text.length > MAX_WRITTEN_REASON) {
    throw tooLong(field);
  }
  return text;
}

/** A reason or note a person may leave out: trimmed, null when empty, not too long. */
export function optionalReason(value: string | null | undefined, field: string): string | null {
  const text = value?.trim() ?? '';
  if (text.length > MAX_WRITTEN_REASON) {
    throw tooLong(field);
  }
  return text || null;
}
