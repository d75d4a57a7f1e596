import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** A date on the calendar, 'YYYY-MM-DD': no time of day, no zone. */
export type CalendarDay = string;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const EPOCH = dayjs.utc('1970-01-01');

/** Whether `day` is a real 'YYYY-MM-DD' date (2024-02-29 is, 2023-02-29 is not). */
export function isCalendarDay(day: string): boolean {
  return CALENDAR_DAY.test(day) && dayjs.utc(day).format('YYYY-MM-DD') === day;
}

/** Days since 1970-01-01 (negative before it): dates to count and step over as whole numbers. */
export function calendarDayNumber(day: CalendarDay): number {
  if (!isCalendarDay(day)) {
    throw new RangeError(`not a calendar day: ${day}`);
  }
  return dayjs.utc(day).diff(EPOCH, 'day');
}

/** The date `dayNumber` days after 1970-01-01. */
export function calendarDayOf(dayNumber: number): CalendarDay {
  if (!Number.isSafeInteger(dayNumber)) {
    throw new RangeError(`not a day number: ${dayNumber}`);
  }
  return EPOCH.add(dayNumber, 'day').format('YYYY-MM-DD');
}

/** `n` calendar days after `day` (before it when n < 0). */
export function addCalendarDays(day: CalendarDay, n: number): CalendarDay {
  return calendarDayOf(calendarDayNumber(day) + n);
}
