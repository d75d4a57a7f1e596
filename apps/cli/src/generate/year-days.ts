import { shanghaiTime } from '@liandong/time';

const DAY_MS = 86_400_000;

/**
 * Instants of a generated year as day numbers from its 1 January, Beijing time. Beijing keeps UTC+8 all year
 * (no daylight saving), so whole days can be added in milliseconds: a million findings cannot afford a
 * time-zone lookup each.
 */
export class YearDays {
  private readonly start: number;

  constructor(readonly year: number) {
    this.start = shanghaiTime(`${year}-01-01`, '00:00').getTime();
  }

  /** `minutes` after 00:00 Beijing time of day `day` (0 = 1 January; past 365 runs into the next year). */
  at(day: number, minutes: number): number {
    return this.start + day * DAY_MS + minutes * 60_000;
  }

  /** The last millisecond of day `day`, Beijing time: where deadlines fall. */
  endOf(day: number): number {
    return this.start + (day + 1) * DAY_MS - 1;
  }

  /** The day number of an instant made by `at`. */
  dayOf(instant: number): number {
    return Math.floor((instant - this.start) / DAY_MS);
  }

  /** ISO text of day `day`'s start, as the five unifications store their dates. */
  iso(day: number): string {
    return new Date(this.at(day, 0)).toISOString();
  }
}
