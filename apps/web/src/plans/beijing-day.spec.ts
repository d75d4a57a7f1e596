import { beijingDay, dueInstant } from './beijing-day';

describe('Beijing days', () => {
  it('reads an instant as the calendar day in Beijing', () => {
    expect(beijingDay('2023-03-31T16:30:00.000Z')).toBe('2023-04-01');
  });

  it('keeps the unified instant when the same day is picked, so it never reads as later', () => {
    expect(dueInstant('2023-03-31', '2023-03-31T00:00:00.000Z')).toBe('2023-03-31T00:00:00.000Z');
  });

  it('takes the end of the picked day otherwise', () => {
    expect(dueInstant('2023-03-30', '2023-03-31T00:00:00.000Z')).toBe('2023-03-30T15:59:59.000Z');
    expect(dueInstant('2023-03-30')).toBe('2023-03-30T15:59:59.000Z');
  });
});
