import { endOfBeijingDay, formatDay, formatMinute } from './format';

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
});
