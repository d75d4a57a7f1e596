import {
  addMonths,
  endOfShanghaiDay,
  formatShanghai,
  hasShanghaiMonthEnded,
  shanghaiDay,
  shanghaiMonthsEnded,
  shanghaiTime,
  shanghaiWallClock,
  shanghaiYear,
  startOfShanghaiDay,
} from './shanghai-calendar';

const at = (iso: string): Date => new Date(iso);

describe('the Beijing date and year of an instant', () => {
  it('turns the day at 16:00 UTC, Beijing midnight', () => {
    expect(shanghaiDay(at('2024-02-09T15:59:59.999Z'))).toBe('2024-02-09');
    expect(shanghaiDay(at('2024-02-09T16:00:00.000Z'))).toBe('2024-02-10');
    expect(shanghaiDay(at('2024-02-10T00:00:00+08:00'))).toBe('2024-02-10');
    expect(shanghaiDay(at('2024-02-10T23:59:59.999+08:00'))).toBe('2024-02-10');
  });

  it('reaches month ends and leap days a UTC date does not', () => {
    expect(shanghaiDay(at('2024-02-28T16:00:00.000Z'))).toBe('2024-02-29');
    expect(shanghaiDay(at('2023-02-28T16:00:00.000Z'))).toBe('2023-03-01');
    expect(shanghaiDay(at('2024-04-30T16:30:00.000Z'))).toBe('2024-05-01');
  });

  it('turns the year at 16:00 UTC on 31 December', () => {
    expect(shanghaiYear(at('2024-12-31T15:59:59.999Z'))).toBe(2024);
    expect(shanghaiYear(at('2024-12-31T16:00:00.000Z'))).toBe(2025);
    expect(shanghaiDay(at('2024-12-31T16:00:00.000Z'))).toBe('2025-01-01');
  });

  it('refuses an invalid instant', () => {
    expect(() => shanghaiDay(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => shanghaiWallClock(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatShanghai', () => {
  it('writes the Beijing wall clock in the pattern given', () => {
    expect(formatShanghai(at('2024-03-04T15:59:00.000Z'), 'YYYY年M月D日 HH:mm')).toBe('2024年3月4日 23:59');
    expect(formatShanghai(at('2024-03-04T16:00:00.000Z'), 'YYYY年M月D日 HH:mm')).toBe('2024年3月5日 00:00');
    expect(formatShanghai(at('2024-02-29T01:02:03.000Z'), 'YYYY-MM-DD HH:mm:ss')).toBe('2024-02-29 09:02:03');
  });
});

describe('Beijing dates and times as instants', () => {
  it('reads a Beijing date and time', () => {
    expect(shanghaiTime('2023-01-03', '09:00').toISOString()).toBe('2023-01-03T01:00:00.000Z');
    expect(shanghaiTime('2023-12-31', '18:00:30').toISOString()).toBe('2023-12-31T10:00:30.000Z');
    expect(shanghaiTime('2024-03-01', '07:59').toISOString()).toBe('2024-02-29T23:59:00.000Z');
  });

  it('refuses what is not a date or a time of day', () => {
    expect(() => shanghaiTime('2023-02-29', '09:00')).toThrow(RangeError);
    expect(() => shanghaiTime('2023-02-28', '24:00')).toThrow(RangeError);
    expect(() => shanghaiTime('2023-02-28', '9:00')).toThrow(RangeError);
  });

  it('starts a day at Beijing midnight, the UTC day before at 16:00', () => {
    expect(startOfShanghaiDay('2024-03-01').toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(startOfShanghaiDay('2025-01-01').toISOString()).toBe('2024-12-31T16:00:00.000Z');
    expect(startOfShanghaiDay(at('2024-02-29T16:00:00.000Z')).toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(startOfShanghaiDay(at('2024-02-29T15:59:59.999Z')).toISOString()).toBe('2024-02-28T16:00:00.000Z');
  });

  it('ends a day at its last Beijing millisecond, across month ends and leap days', () => {
    expect(endOfShanghaiDay('2024-02-28').toISOString()).toBe('2024-02-28T15:59:59.999Z');
    expect(endOfShanghaiDay('2024-02-29').toISOString()).toBe('2024-02-29T15:59:59.999Z');
    expect(endOfShanghaiDay('2024-03-31').toISOString()).toBe('2024-03-31T15:59:59.999Z');
    expect(endOfShanghaiDay('2023-02-28').toISOString()).toBe('2023-02-28T15:59:59.999Z');
    expect(endOfShanghaiDay('2023-12-31').toISOString()).toBe('2023-12-31T15:59:59.999Z');
    expect(endOfShanghaiDay(at('2024-01-31T16:00:00.000Z')).toISOString()).toBe('2024-02-01T15:59:59.999Z');
  });
});

describe('shanghaiWallClock', () => {
  it('gives a Date whose UTC fields read Beijing time, the way a spreadsheet shows a date cell', () => {
    expect(shanghaiWallClock(at('2024-02-29T16:30:15.250Z')).toISOString()).toBe('2024-03-01T00:30:15.250Z');
    expect(shanghaiWallClock(at('2024-12-31T15:59:59.999Z')).toISOString()).toBe('2024-12-31T23:59:59.999Z');
  });
});

describe('addMonths on the Asia/Shanghai calendar', () => {
  it('keeps the Beijing day and time of day', () => {
    expect(addMonths(at('2024-01-15T02:30:00.000Z'), 6).toISOString()).toBe('2024-07-15T02:30:00.000Z');
  });

  it('clamps the day to the end of a shorter month', () => {
    expect(addMonths(at('2023-08-31T00:00:00.000Z'), 6).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(addMonths(at('2024-08-31T00:00:00.000Z'), 6).toISOString()).toBe('2025-02-28T00:00:00.000Z');
  });

  it('crosses the year', () => {
    expect(addMonths(at('2024-12-31T16:00:00.000Z'), 6).toISOString()).toBe('2025-06-30T16:00:00.000Z');
  });

  it('counts from the Beijing date, not the UTC one', () => {
    // 31 March 01:00 in Beijing is still 30 March in UTC: six months on is 30 September in Beijing, not 1 October.
    expect(addMonths(at('2024-03-30T17:00:00.000Z'), 6).toISOString()).toBe('2024-09-29T17:00:00.000Z');
  });
});

describe('the months of a year that are over, on the Asia/Shanghai calendar', () => {
  it('none before the year and in its January; all twelve once it has ended', () => {
    expect(shanghaiMonthsEnded(2024, at('2023-12-31T15:59:59.999Z'))).toBe(0);
    expect(shanghaiMonthsEnded(2024, at('2024-01-31T15:59:59.999Z'))).toBe(0);
    expect(shanghaiMonthsEnded(2023, at('2024-06-01T00:00:00.000Z'))).toBe(12);
  });

  it('a month ends at midnight Beijing time, not UTC', () => {
    // 2024-06-30T16:00Z is already 1 July in Beijing: June is over there, while UTC still reads 30 June.
    expect(hasShanghaiMonthEnded(2024, 6, at('2024-06-30T15:59:59.999Z'))).toBe(false);
    expect(hasShanghaiMonthEnded(2024, 6, at('2024-06-30T16:00:00.000Z'))).toBe(true);
    expect(hasShanghaiMonthEnded(2024, 7, at('2024-06-30T16:00:00.000Z'))).toBe(false);
    // New Year's Eve 16:00Z is already the next year in Beijing: December is over.
    expect(hasShanghaiMonthEnded(2024, 12, at('2024-12-31T16:00:00.000Z'))).toBe(true);
  });
});
