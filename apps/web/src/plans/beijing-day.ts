import { endOfBeijingDay, formatDay } from '../common/format';

/** Dates are picked as Beijing calendar days (YYYY-MM-DD); the API stores instants. */
export function beijingDay(iso: string): string {
  return formatDay(iso);
}

/**
 * A due date picked as a day means the end of that day, except on the very day the unified plan set: there
 * the unified instant itself is kept, since the conformance check compares instants and the same day must
 * never read as "later than the unified date".
 */
export function dueInstant(day: string, unifiedDueAt?: string): string {
  if (unifiedDueAt && beijingDay(unifiedDueAt) === day) {
    return unifiedDueAt;
  }
  return endOfBeijingDay(day);
}
