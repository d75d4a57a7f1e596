import { beijingYear, endOfBeijingDay, formatDay, formatMinute, startOfBeijingDay } from './format';

describe('dates on Beijing time', () => {
  it('shows an instant late on a UTC day as the next Beijing day', () => {
    expect(formatDay('2023-03-04T17:30:00Z')).toBe('2023-03-05');
    expect(formatMinute('2023-03-04T17:30:00Z')).toBe('2023-03-05 01:30');
  });

  it('shows a dash for no date', () => {
    expect(formatDay(null)).toBe('—');
    expect(formatMinute(undefined)).toBe('—');
  });

  it('reads a picked day as the end of that day in Beijing', () => {
    expect(endOfBeijingDay('2023-06-30')).toBe('2023-06-30T15:59:59.000Z');
  });

  it('starts a day at midnight Beijing time', () => {
    expect(startOfBeijingDay('2023-03-01')).toBe('2023-02-28T16:00:00.000Z');
  });

  it('turns the year at Beijing midnight, not the browser’s', () => {
    expect(beijingYear(new Date('2023-12-31T15:59:59Z'))).toBe(2023);
    expect(beijingYear(new Date('2023-12-31T16:00:00Z'))).toBe(2024);
  });
});
