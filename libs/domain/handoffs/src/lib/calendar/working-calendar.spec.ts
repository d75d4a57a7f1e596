import { WorkingCalendar } from './working-calendar';

const at = (iso: string) => new Date(iso);
const calendar = new WorkingCalendar();

describe('WorkingCalendar', () => {
  describe('National Day 2023: off 2023-09-29 (Fri, also 中秋) to 2023-10-06; Sat 10-07 and Sun 10-08 worked (调休)', () => {
    it('knows the holidays and the 调休 working weekend', () => {
      expect(calendar.isWorkingDay('2023-09-28')).toBe(true);
      for (const day of ['2023-09-29', '2023-09-30', '2023-10-01', '2023-10-02', '2023-10-06']) {
        expect(calendar.isWorkingDay(day)).toBe(false);
      }
      expect(calendar.isWorkingDay('2023-10-07')).toBe(true);
      expect(calendar.isWorkingDay('2023-10-08')).toBe(true);
      expect(calendar.isWorkingDay('2023-10-09')).toBe(true);
    });

    it('counts Thu 09-28, Sat 10-07 and Sun 10-08 between 09-28 and 10-09', () => {
      expect(
        calendar.workingDaysBetween(at('2023-09-28T00:00:00+08:00'), at('2023-10-09T00:00:00+08:00')),
      ).toBe(3);
    });

    it('counts 11 working days from Mon 09-25 to Sat 10-14', () => {
      expect(
        calendar.workingDaysBetween(at('2023-09-25T09:00:00+08:00'), at('2023-10-14T09:00:00+08:00')),
      ).toBe(11);
    });

    it('adds one working day from Thu 09-28 to the end of Sat 10-07', () => {
      expect(calendar.addWorkingDays(at('2023-09-28T10:00:00+08:00'), 1).toISOString()).toBe(
        '2023-10-07T15:59:59.999Z',
      );
      expect(calendar.addWorkingDays(at('2023-09-28T10:00:00+08:00'), 3)).toEqual(
        at('2023-10-09T23:59:59.999+08:00'),
      );
    });

    it('puts the reminder three working days before a Mon 10-09 deadline at the start of Thu 09-28', () => {
      expect(calendar.subtractWorkingDays(at('2023-10-09T23:59:59.999+08:00'), 3)).toEqual(
        at('2023-09-28T00:00:00+08:00'),
      );
    });
  });

  describe('Spring Festival 2024: off 2024-02-10 to 02-17; Sun 02-04 and Sun 02-18 worked; 除夕 02-09 is a working day', () => {
    it('knows the holidays and the 调休 Sundays', () => {
      expect(calendar.isWorkingDay('2024-02-03')).toBe(false);
      expect(calendar.isWorkingDay('2024-02-04')).toBe(true);
      expect(calendar.isWorkingDay('2024-02-09')).toBe(true);
      expect(calendar.isWorkingDay('2024-02-10')).toBe(false);
      expect(calendar.isWorkingDay('2024-02-16')).toBe(false);
      expect(calendar.isWorkingDay('2024-02-17')).toBe(false);
      expect(calendar.isWorkingDay('2024-02-18')).toBe(true);
    });

    it('counts 10 working days from Thu 02-01 to Tue 02-20', () => {
      expect(
        calendar.workingDaysBetween(at('2024-02-01T00:00:00+08:00'), at('2024-02-20T00:00:00+08:00')),
      ).toBe(10);
    });

    it('adds one working day from 除夕 to the end of Sun 02-18', () => {
      expect(calendar.addWorkingDays(at('2024-02-09T17:00:00+08:00'), 1)).toEqual(
        at('2024-02-18T23:59:59.999+08:00'),
      );
    });
  });

  describe('Spring Festival 2025: off 2025-01-28 (除夕) to 02-04; Sun 01-26 and Sat 02-08 worked', () => {
    it('knows the holidays and the 调休 weekend days', () => {
      expect(calendar.isWorkingDay('2025-01-25')).toBe(false);
      expect(calendar.isWorkingDay('2025-01-26')).toBe(true);
      expect(calendar.isWorkingDay('2025-01-27')).toBe(true);
      expect(calendar.isWorkingDay('2025-01-28')).toBe(false);
      expect(calendar.isWorkingDay('2025-02-04')).toBe(false);
      expect(calendar.isWorkingDay('2025-02-05')).toBe(true);
      expect(calendar.isWorkingDay('2025-02-08')).toBe(true);
      expect(calendar.isWorkingDay('2025-02-09')).toBe(false);
    });

    it('counts 7 working days from Fri 01-24 to Mon 02-10', () => {
      expect(
        calendar.workingDaysBetween(at('2025-01-24T00:00:00+08:00'), at('2025-02-10T00:00:00+08:00')),
      ).toBe(7);
    });

    it('adds one working day from Mon 01-27 to the end of Wed 02-05, two to Thu 02-06', () => {
      expect(calendar.addWorkingDays(at('2025-01-27T12:00:00+08:00'), 1)).toEqual(
        at('2025-02-05T23:59:59.999+08:00'),
      );
      expect(calendar.addWorkingDays(at('2025-01-27T12:00:00+08:00'), 2)).toEqual(
        at('2025-02-06T23:59:59.999+08:00'),
      );
    });

    it('puts the reminder three working days before a Wed 02-05 deadline at the start of Fri 01-24', () => {
      expect(calendar.subtractWorkingDays(at('2025-02-05T23:59:59.999+08:00'), 3)).toEqual(
        at('2025-01-24T00:00:00+08:00'),
      );
    });
  });

  describe('dates are taken in Asia/Shanghai', () => {
    // 2024-02-08T16:30Z is Thu 02-08 in UTC but already 00:30 on Fri 02-09 (除夕) in Shanghai.
    const lateUtc = at('2024-02-08T16:30:00Z');

    it('adds from the Shanghai date: the next working day after 02-09 is 02-18', () => {
      expect(calendar.addWorkingDays(lateUtc, 1)).toEqual(at('2024-02-18T23:59:59.999+08:00'));
    });

    it('counts from the Shanghai date: 02-08 is not included', () => {
      expect(calendar.workingDaysBetween(lateUtc, at('2024-02-10T00:00:00+08:00'))).toBe(1);
      expect(calendar.workingDaysBetween(at('2024-02-08T15:59:59Z'), at('2024-02-10T00:00:00+08:00'))).toBe(
        2,
      );
    });

    it('counts nothing when to is on the same Shanghai date as from, or earlier', () => {
      expect(
        calendar.workingDaysBetween(at('2024-03-04T01:00:00+08:00'), at('2024-03-04T23:00:00+08:00')),
      ).toBe(0);
      expect(
        calendar.workingDaysBetween(at('2024-03-08T00:00:00+08:00'), at('2024-03-04T00:00:00+08:00')),
      ).toBe(0);
    });

    it('takes n = 0 as the end of the same Shanghai date', () => {
      expect(calendar.addWorkingDays(lateUtc, 0)).toEqual(at('2024-02-09T23:59:59.999+08:00'));
    });
  });

  describe('ordinary weeks', () => {
    it('counts Monday to Friday over several weeks', () => {
      // 2031-03-03 is a Monday; four weeks and two days later is Wednesday 2031-04-02.
      expect(
        calendar.workingDaysBetween(at('2031-03-03T08:00:00+08:00'), at('2031-04-02T08:00:00+08:00')),
      ).toBe(22);
    });

    it('adds across a weekend', () => {
      expect(calendar.addWorkingDays(at('2031-03-07T08:00:00+08:00'), 1)).toEqual(
        at('2031-03-10T23:59:59.999+08:00'),
      );
    });
  });

  describe('overrides win over the published arrangement', () => {
    it('makes a weekday a holiday and a Saturday a working day', () => {
      const overridden = new WorkingCalendar(
        new Map([
          ['2031-06-09', false],
          ['2031-06-14', true],
        ]),
      );
      expect(calendar.isWorkingDay('2031-06-09')).toBe(true);
      expect(overridden.isWorkingDay('2031-06-09')).toBe(false);
      expect(overridden.isWorkingDay('2031-06-14')).toBe(true);
      const from = at('2031-06-09T00:00:00+08:00');
      const to = at('2031-06-16T00:00:00+08:00');
      expect(calendar.workingDaysBetween(from, to)).toBe(5);
      expect(overridden.workingDaysBetween(from, to)).toBe(5);
      expect(overridden.workingDaysBetween(from, at('2031-06-14T00:00:00+08:00'))).toBe(4);
      expect(overridden.addWorkingDays(at('2031-06-06T12:00:00+08:00'), 1)).toEqual(
        at('2031-06-10T23:59:59.999+08:00'),
      );
    });

    it('undoes a 调休 working Saturday', () => {
      const overridden = new WorkingCalendar(new Map([['2023-10-07', false]]));
      expect(overridden.isWorkingDay('2023-10-07')).toBe(false);
      expect(
        overridden.workingDaysBetween(at('2023-09-28T00:00:00+08:00'), at('2023-10-09T00:00:00+08:00')),
      ).toBe(2);
      expect(overridden.addWorkingDays(at('2023-09-28T10:00:00+08:00'), 1)).toEqual(
        at('2023-10-08T23:59:59.999+08:00'),
      );
    });

    it('refuses an override that is not a calendar day', () => {
      expect(() => new WorkingCalendar(new Map([['2031-02-30', true]]))).toThrow(RangeError);
    });
  });

  describe('input', () => {
    it('accepts only real YYYY-MM-DD dates', () => {
      expect(() => calendar.isWorkingDay('tomorrow')).toThrow(RangeError);
      expect(() => calendar.isWorkingDay('2023-02-29')).toThrow(RangeError);
      expect(() => calendar.isWorkingDay('2023-10-07T00:00:00Z')).toThrow(RangeError);
    });

    it('refuses an invalid instant', () => {
      expect(() =>
        calendar.workingDaysBetween(new Date(Number.NaN), at('2024-03-04T00:00:00+08:00')),
      ).toThrow(RangeError);
    });

    it('refuses a negative or fractional number of working days', () => {
      expect(() => calendar.addWorkingDays(at('2024-03-04T00:00:00+08:00'), -1)).toThrow(RangeError);
      expect(() => calendar.subtractWorkingDays(at('2024-03-04T00:00:00+08:00'), 1.5)).toThrow(RangeError);
    });
  });
});
