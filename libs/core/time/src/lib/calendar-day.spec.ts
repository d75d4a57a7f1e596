import { addCalendarDays, calendarDayNumber, calendarDayOf, isCalendarDay } from './calendar-day';

describe('calendar days', () => {
  it('knows real dates from look-alikes, leap days included', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2000-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('1900-02-29')).toBe(false);
    expect(isCalendarDay('2024-04-31')).toBe(false);
    expect(isCalendarDay('2024-13-01')).toBe(false);
    expect(isCalendarDay('2024-2-9')).toBe(false);
    expect(isCalendarDay('2024-02-09T00:00')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
  });

  it('numbers days from 1970-01-01, before it too, and back', () => {
    expect(calendarDayNumber('1970-01-01')).toBe(0);
    expect(calendarDayNumber('1969-12-31')).toBe(-1);
    expect(calendarDayNumber('2024-03-01') - calendarDayNumber('2024-02-28')).toBe(2);
    expect(calendarDayNumber('2023-03-01') - calendarDayNumber('2023-02-28')).toBe(1);
    expect(calendarDayOf(calendarDayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(calendarDayOf(-1)).toBe('1969-12-31');
    expect(() => calendarDayNumber('2023-02-29')).toThrow(RangeError);
    expect(() => calendarDayOf(1.5)).toThrow(RangeError);
  });

  it('steps over month ends, leap days and the year', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addCalendarDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addCalendarDays('2024-06-15', 0)).toBe('2024-06-15');
  });
});
