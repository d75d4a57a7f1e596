import { dayProblem, deliverySchema, feedbackSchema } from './delivery-rules';

describe('dayProblem', () => {
  const bounds = { notBefore: '2026-03-10', notAfter: '2026-03-20' };

  it('accepts the first and the last allowed day', () => {
    expect(dayProblem('2026-03-10', bounds)).toBeNull();
    expect(dayProblem('2026-03-20', bounds)).toBeNull();
  });

  it('refuses a day before the allowed span', () => {
    expect(dayProblem('2026-03-09', bounds)).toBe('BEFORE_ALLOWED');
  });

  it('refuses a day after the allowed span', () => {
    expect(dayProblem('2026-03-21', bounds)).toBe('IN_THE_FUTURE');
  });
});

describe('deliverySchema', () => {
  it('trims the recipient and takes a real date', () => {
    expect(
      deliverySchema.parse({
        recipient: ' 中共洛阳市委 ',
        recipientKind: 'PARTY_COMMITTEE',
        deliveredOn: '2024-02-29',
      }),
    ).toEqual({ recipient: '中共洛阳市委', recipientKind: 'PARTY_COMMITTEE', deliveredOn: '2024-02-29' });
  });

  it('refuses an empty recipient and a date that does not exist', () => {
    const result = deliverySchema.safeParse({
      recipient: ' ',
      recipientKind: 'DEPUTIES',
      deliveredOn: '2023-02-29',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'deliveredOn',
      'recipient',
    ]);
  });
});

describe('feedbackSchema', () => {
  it('refuses feedback longer than 5000 characters', () => {
    expect(feedbackSchema.safeParse({ feedback: '意'.repeat(5_001), receivedOn: '2026-03-10' }).success).toBe(
      false,
    );
    expect(feedbackSchema.safeParse({ feedback: '意'.repeat(5_000), receivedOn: '2026-03-10' }).success).toBe(
      true,
    );
  });
});
