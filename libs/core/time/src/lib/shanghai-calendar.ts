import dayjs, { Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { addCalendarDays, CalendarDay, isCalendarDay } from './calendar-day';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The calendar every date rule of the platform counts on: Beijing time, whatever the server's zone. */
export const SHANGHAI = 'Asia/Shanghai';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/**
 * Beijing's offset from UTC at an instant, read from the time-zone database. dayjs's `tz()` builds a new
 * formatter on every call (about 0.2 ms), too slow for an export of 100,000 rows; one kept formatter asking
 * only for the offset answers in microseconds.
 */
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: SHANGHAI, timeZoneName: 'longOffset' });

function offsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  const match = /([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  if (!match) {
    return 0;
  }
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * Beijing's wall clock at an instant, as a dayjs in UTC mode: its fields are Beijing's and its arithmetic
 * is the calendar's, and the server's own zone (and its daylight saving) plays no part.
 */
function beijingWall(instant: Date): Dayjs {
  const time = instant.getTime();
  if (Number.isNaN(time)) {
    throw new RangeError('not a valid instant');
  }
  return dayjs.utc(time + offsetMinutes(instant) * 60_000);
}

/** The instant at which Beijing's wall clock shows the fields of `wall`. */
function fromBeijingWall(wall: Dayjs): Date {
  return dayjs.tz(wall.format('YYYY-MM-DDTHH:mm:ss.SSS'), SHANGHAI).toDate();
}

/** The Beijing date ('YYYY-MM-DD') of an instant: 2024-02-09T16:00Z is already 2024-02-10. */
export function shanghaiDay(instant: Date): CalendarDay {
  return beijingWall(instant).format('YYYY-MM-DD');
}

/** The Beijing year of an instant: 2024-12-31T16:00Z is already 2025. */
export function shanghaiYear(instant: Date): number {
  return beijingWall(instant).year();
}

/** An instant as Beijing's wall clock shows it, in dayjs's format tokens (`YYYY年M月D日 HH:mm`; no zone tokens). */
export function formatShanghai(instant: Date, pattern: string): string {
  return beijingWall(instant).format(pattern);
}

/**
 * The instant at which Beijing's wall clock shows `time` ('HH:mm' or 'HH:mm:ss') on `day`: what a Beijing
 * date and time written by a person (a plan's milestone, a demo's office hour) mean.
 */
export function shanghaiTime(day: CalendarDay, time: string): Date {
  if (!isCalendarDay(day) || !TIME_OF_DAY.test(time)) {
    throw new RangeError(`not a Beijing date and time: ${day} ${time}`);
  }
  return dayjs.tz(`${day} ${time}`, SHANGHAI).toDate();
}

/** 00:00 Beijing time of a date, or of the Beijing date of an instant. */
export function startOfShanghaiDay(day: CalendarDay | Date): Date {
  return shanghaiTime(typeof day === 'string' ? day : shanghaiDay(day), '00:00');
}

/** The last millisecond (23:59:59.999 Beijing time) of a date, or of the Beijing date of an instant. */
export function endOfShanghaiDay(day: CalendarDay | Date): Date {
  const next = addCalendarDays(typeof day === 'string' ? day : shanghaiDay(day), 1);
  return new Date(startOfShanghaiDay(next).getTime() - 1);
}

/**
 * A Date whose UTC fields read Beijing's wall clock at `instant`. Only for a medium without time zones: a
 * spreadsheet shows a date cell's UTC fields, so this is how it shows the time a person in Beijing read.
 */
export function shanghaiWallClock(instant: Date): Date {
  return beijingWall(instant).toDate();
}

/**
 * `months` calendar months after `from` on the Asia/Shanghai calendar, at the same Beijing time of day; a day
 * the shorter month lacks becomes its last (31 August + 6 months = 29 February).
 */
export function addMonths(from: Date, months: number): Date {
  return fromBeijingWall(beijingWall(from).add(months, 'month'));
}

/**
 * How many months of `year` are over at `instant` on the Beijing calendar: 0 before the year or in its January,
 * 12 once it has ended. Month `m` (1–12) of `year` has ended exactly when `m <= shanghaiMonthsEnded(year, at)`.
 */
export function shanghaiMonthsEnded(year: number, instant: Date): number {
  const wall = beijingWall(instant);
  if (wall.year() !== year) {
    return wall.year() > year ? 12 : 0;
  }
  return wall.month();
}

/** Whether month `month` (1–12) of `year` has ended at `instant`, on the Beijing calendar. */
export function hasShanghaiMonthEnded(year: number, month: number, instant: Date): boolean {
  return month <= shanghaiMonthsEnded(year, instant);
}
