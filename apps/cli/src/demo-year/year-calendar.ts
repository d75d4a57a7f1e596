import { WorkingCalendar } from '@liandong/handoffs';
import { addCalendarDays, CalendarDay, endOfShanghaiDay, shanghaiTime } from '@liandong/time';
import { Random } from './random';

/** The year the demo plays: Luoyang's 2023. */
export const DEMO_YEAR = 2023;

/** The last working day of the demo year: nothing is played after it but the year's close. */
export const LAST_WORKING_DAY: CalendarDay = '2023-12-29';

/** The clock's last value: the year's close, when the summary is counted. */
export const YEAR_CLOSE = shanghaiTime('2023-12-31', '18:00');

/** The latest deadline a 2023 letter sets: “年底前整改到位”, the end of the year. */
export const YEAR_END_DEADLINE = endOfShanghaiDay('2023-12-31');

/** When one-off steps happen. */
export const OFFICE_HOURS: readonly string[] = [
  '09:00',
  '09:30',
  '10:00',
  '10:30',
  '11:00',
  '14:30',
  '15:00',
  '15:30',
  '16:00',
  '16:30',
];
/** Steps every assignment takes (签收, 时间节点) come at a few set times: they share instants, and play in parallel. */
export const ROUTINE_HOURS: readonly string[] = ['10:00', '15:00', '16:30'];
/** The deadline sweep runs before office hours, alone at its instant. */
export const SWEEP_HOUR = '08:30';

export function latest(...days: CalendarDay[]): CalendarDay {
  return days.reduce((a, b) => (b > a ? b : a));
}

export function earliest(...days: CalendarDay[]): CalendarDay {
  return days.reduce((a, b) => (b < a ? b : a));
}

/** The days the demo calendar answers for: the year, with room on either side. */
const FIRST_DAY: CalendarDay = '2022-10-01';
const LAST_DAY: CalendarDay = '2024-06-30';

/**
 * Working days of the State Council's 2023 arrangement (holidays, 调休 weekends) and seeded choices among
 * them, so that every step of the demo year falls on a day people work, the same way on every run.
 */
export class YearCalendar {
  /** Working days in order, and for each date how many working days fall on or before it. */
  private readonly workdays: CalendarDay[] = [];
  private readonly rank = new Map<CalendarDay, number>();

  constructor(
    calendar: WorkingCalendar,
    private readonly rng: Random,
  ) {
    for (let day = FIRST_DAY; day <= LAST_DAY; day = addCalendarDays(day, 1)) {
      if (calendar.isWorkingDay(day)) {
        this.workdays.push(day);
      }
      this.rank.set(day, this.workdays.length);
    }
  }

  isWorking(day: CalendarDay): boolean {
    return this.workdays[this.rankOf(day) - 1] === day;
  }

  /** The day itself when it is a working day, else the next one. */
  onOrAfter(day: CalendarDay): CalendarDay {
    return this.isWorking(day) ? day : this.workday(this.rankOf(day));
  }

  /** The day itself when it is a working day, else the one before. */
  onOrBefore(day: CalendarDay): CalendarDay {
    return this.workday(this.rankOf(day) - 1);
  }

  /** The n-th working day after (n > 0) or before (n < 0) the day; n = 0 is `onOrAfter`. */
  shift(day: CalendarDay, n: number): CalendarDay {
    if (n >= 0) {
      return this.workday(this.rankOf(this.onOrAfter(day)) - 1 + n);
    }
    return this.workday(this.rankOf(day) - (this.isWorking(day) ? 1 : 0) + n);
  }

  /** Working days d with from < d ≤ to; 0 when `to` is not later. */
  between(from: CalendarDay, to: CalendarDay): number {
    return Math.max(0, this.rankOf(to) - this.rankOf(from));
  }

  /** A working day in [from, to], any equally likely; `from`'s first working day when the range holds none. */
  pick(from: CalendarDay, to: CalendarDay): CalendarDay {
    const first = this.onOrAfter(from);
    return first > to ? first : this.shift(first, this.rng.int(0, this.between(first, to)));
  }

  /** A working day `min`–`max` working days after the day. */
  after(day: CalendarDay, min: number, max: number): CalendarDay {
    return this.shift(day, this.rng.int(min, max));
  }

  /** One of the day's times at random. */
  at(day: CalendarDay, times: readonly string[]): Date {
    return shanghaiTime(day, this.rng.pick(times));
  }

  private rankOf(day: CalendarDay): number {
    const rank = this.rank.get(day);
    if (rank === undefined) {
      throw new RangeError(`${day} is outside the demo year's calendar (${FIRST_DAY} – ${LAST_DAY})`);
    }
    return rank;
  }

  private workday(index: number): CalendarDay {
    const day = this.workdays[index];
    if (day === undefined) {
      throw new RangeError(`working day ${index} is outside the demo year's calendar`);
    }
    return day;
  }
}
