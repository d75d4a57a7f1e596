import { addMonths, LOOK_BACK_MONTHS } from './look-backs.service';

describe('addMonths (the look-back due date)', () => {
  it('is six months by default', () => {
    expect(LOOK_BACK_MONTHS).toBe(6);
    expect(addMonths(new Date('2024-01-15T02:30:00.000Z'), 6).toISOString()).toBe('2024-07-15T02:30:00.000Z');
  });

  it('clamps the day to the end of a shorter month', () => {
    expect(addMonths(new Date('2023-08-31T00:00:00.000Z'), 6).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(addMonths(new Date('2024-08-31T00:00:00.000Z'), 6).toISOString()).toBe('2025-02-28T00:00:00.000Z');
  });

  it('crosses the year', () => {
    expect(addMonths(new Date('2024-12-31T16:00:00.000Z'), 6).toISOString()).toBe('2025-06-30T16:00:00.000Z');
  });
});
