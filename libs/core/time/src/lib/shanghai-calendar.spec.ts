import { addMonths } from './shanghai-calendar';

describe('addMonths on the Asia/Shanghai calendar', () => {
  it('keeps the Beijing day and time of day', () => {
    expect(addMonths(new Date('2024-01-15T02:30:00.000Z'), 6).toISOString()).toBe('2024-07-15T02:30:00.000Z');
  });

  it('clamps the day to the end of a shorter month', () => {
    expect(addMonths(new Date('2023-08-31T00:00:00.000Z'), 6).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(addMonths(new Date('2024-08-31T00:00:00.000Z'), 6).toISOString()).toBe('2025-02-28T00:00:00.000Z');
  });

  it('crosses the year', () => {
    expect(addMonths(new Date('2024-12-31T16:00:00.000Z'), 6).toISOString()).toBe('2025-06-30T16:00:00.000Z');
  });

  it('counts from the Beijing date, not the UTC one', () => {
    // 31 March 01:00 in Beijing is still 30 March in UTC: six months on is 30 September in Beijing, not 1 October.
    expect(addMonths(new Date('2024-03-30T17:00:00.000Z'), 6).toISOString()).toBe('2024-09-29T17:00:00.000Z');
  });
});
