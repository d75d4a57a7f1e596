import { deadline, text, verifyOpinionError } from './form-values';

describe('verifyOpinionError', () => {
  it('asks for an opinion when the item does not pass', () => {
    expect(verifyOpinionError(false, '  ')).toContain('须填写意见');
  });

  it('accepts a failing verification with an opinion, and a passing one without', () => {
    expect(verifyOpinionError(false, '窗口仍无人值守')).toBeNull();
    expect(verifyOpinionError(true, '')).toBeNull();
  });
});

describe('form values', () => {
  it('reads a picked day as the end of that day in Beijing', () => {
    expect(deadline({ until: { format: () => '2026-12-31' } }, 'until')).toBe('2026-12-31T15:59:59.000Z');
  });

  it('trims text and treats a missing field as empty', () => {
    expect(text({ reason: '  人员调整  ' }, 'reason')).toBe('人员调整');
    expect(text({}, 'reason')).toBe('');
  });
});
