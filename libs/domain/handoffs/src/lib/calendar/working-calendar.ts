import {
  calendarDayNumber,
  calendarDayOf,
  endOfShanghaiDay,
  shanghaiDay,
  startOfShanghaiDay,
} from '@liandong/time';
import officialCalendar from 'chinese-days/dist/chinese-days.json';

/**
 * The State Council's arrangement as published by the `chinese-days` package: holidays (放假) and the
 * weekend days worked in exchange (调休上班). Read as data because the package's own isWorkday() takes the
 * weekday in the process's time zone and answers wrongly west of UTC.
 */
const official = officialCalendar as { holidays: Record<string, string>; workdays: Record<string, string> };

/** Monday to Friday; 1970-01-01 was a Thursday. */
function isWeekday(epochDay: number): boolean {
  const weekday = (((epochDay + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

function weekdaysBetween(from: number, to: number): number {
  const span = to - from;
  let count = Math.floor(span / 7) * 5;
  for (let day = from + span - (span % 7); day < to; day++) {
    count += isWeekday(day) ? 1 : 0;
  }
  return count;
}

/**
 * Working days on the Asia/Shanghai calendar: Monday to Friday, less statutory holidays, plus 调休 working
 * weekends, then the deployment's overrides (day → working), which win. Beyond the years the package covers
 * only weekends and overrides apply.
 */
export class WorkingCalendar {
  /** Days that differ from, or restate, Monday-to-Friday: epoch day → working. */
  private readonly exceptions = new Map<number, boolean>();

  constructor(overrides: ReadonlyMap<string, boolean> = new Map()) {
    const set = (day: string, working: boolean) => {
      this.exceptions.set(calendarDayNumber(day), working);
    };
    for (const day of Object.keys(official.holidays)) {
      set(day, false);
    }
    for (const day of Object.keys(official.workdays)) {
      set(day, true);
    }
    for (const [day, working] of overrides) {
      set(day, working);
    }
  }

  isWorkingDay(day: string): boolean {
    return this.isWorking(calendarDayNumber(day));
  }

  /** Working dates d with date(from) ≤ d < date(to), dates taken in Asia/Shanghai; 0 when to is not later. */
  workingDaysBetween(from: Date, to: Date): number {
    const first = this.shanghaiEpochDay(from);
    const end = this.shanghaiEpochDay(to);
    if (end <= first) {
      return 0;
    }
    let count = weekdaysBetween(first, end);
    for (const [day, working] of this.exceptions) {
      if (day >= first && day < end) {
        count += Number(working) - Number(isWeekday(day));
      }
    }
    return count;
  }

  /** The end (23:59:59.999 Beijing time) of the n-th working day after date(from); n = 0 is the end of date(from). */
  addWorkingDays(from: Date, n: number): Date {
    return endOfShanghaiDay(calendarDayOf(this.stepWorkingDays(this.shanghaiEpochDay(from), n, 1)));
  }

  /** The start (00:00 Beijing time) of the working day n working days before date(deadline). */
  subtractWorkingDays(deadline: Date, n: number): Date {
    return startOfShanghaiDay(calendarDayOf(this.stepWorkingDays(this.shanghaiEpochDay(deadline), n, -1)));
  }

  private isWorking(epochDay: number): boolean {
    return this.exceptions.get(epochDay) ?? isWeekday(epochDay);
  }

  private shanghaiEpochDay(instant: Date): number {
    return calendarDayNumber(shanghaiDay(instant));
  }

  private stepWorkingDays(start: number, n: number, direction: 1 | -1): number {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    }
    let day = start;
    for (let left = n; left > 0;) {
      day += direction;
      if (this.isWorking(day)) {
        left--;
      }
    }
    return day;
  }
}
