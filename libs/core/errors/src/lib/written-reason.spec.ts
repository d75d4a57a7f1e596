import { AppException } from './app.exception';
import { MAX_WRITTEN_REASON, optionalReason, requireReason } from './written-reason';

const RETURNING = { zh: '退回', en: 'returning' };

function refusal(act: () => unknown): AppException {
  try {
    act();
  } catch (error) {
    if (error instanceof AppException) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('written reasons', () => {
  it('are trimmed', () => {
    expect(requireReason('  材料不全  ', 'reason', RETURNING)).toBe('材料不全');
    expect(optionalReason('  ', 'note')).toBeNull();
  });

  it('are required where a decision needs one, naming the field and the decision', () => {
    const error = refusal(() => requireReason('   ', 'reason', RETURNING));
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason', reason: 'REASON_REQUIRED', zh: '退回须说明理由' }],
    });
  });

  it('may be exactly the longest allowed, and not one character more', () => {
    const longest = '理'.repeat(MAX_WRITTEN_REASON);
    expect(requireReason(longest, 'reason', RETURNING)).toBe(longest);
    const error = refusal(() => optionalReason(`${longest}由`, 'note'));
    expect(error.extensions['fields']).toEqual([
      expect.objectContaining({ field: 'note', reason: 'TEXT_TOO_LONG' }),
    ]);
  });
});
