import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The calendar every date rule of the platform counts on: Beijing time, whatever the server's zone. */
export const SHANGHAI = 'Asia/Shanghai';

/**
 * `months` calendar months after `from` on the Asia/Shanghai calendar, at the same Beijing time of day; a day
 * the shorter month lacks becomes its last (31 August + 6 months = 29 February).
 */
export function addMonths(from: Date, months: number): Date {
  return dayjs(from).tz(SHANGHAI).add(months, 'month').toDate();
}
