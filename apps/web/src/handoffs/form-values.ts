import { endOfBeijingDay } from '../common/format';
import type { FormValues } from './action-modal';

/** A text field of a submitted form, trimmed; '' when empty. */
export function text(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A DatePicker field (a dayjs value) as the end of that day in Beijing, which is what a deadline means. */
export function deadline(values: FormValues, name: string): string {
  const value = values[name] as { format?: (template: string) => string } | undefined;
  if (typeof value?.format !== 'function') {
    throw new Error(`${name} is not a date`);
  }
  return endOfBeijingDay(value.format('YYYY-MM-DD'));
}

/**
 * Verification may fail an item only with an opinion saying what is still wrong (the contract keeps it for
 * the department); a passing verification needs none. Returns the message to show, or null.
 */
export function verifyOpinionError(passed: boolean, opinion: string): string | null {
  return !passed && opinion.trim() === '' ? '验收不通过时须填写意见,说明需继续整改的内容' : null;
}
