import { problem, refusedWith } from '../common/refusal.fixture';
import { fieldErrorsByName } from './mutation-errors';

function badInput(fields: unknown) {
  return refusedWith({
    code: 'BAD_USER_INPUT',
    reason: 'INVALID_INPUT',
    zh: '输入有误',
    en: 'Invalid input',
    fields,
  });
}

describe('fieldErrors', () => {
  it('keys each Chinese message by the last part of its field path', () => {
    const error = badInput([
      problem('input.measures', 'MEASURES_REQUIRED', '请填写整改措施', 'measures required'),
      problem('until', 'EXTENSION_NOT_LATER', '延期日期须晚于原时限', 'must be later'),
    ]);
    expect(fieldErrorsByName(error)).toEqual({ measures: '请填写整改措施', until: '延期日期须晚于原时限' });
  });

  it('returns nothing for errors that name no field', () => {
    const error = refusedWith({ code: 'CONFLICT', reason: 'HANDOFF_NOT_SIGNABLE', zh: '当前状态下不能签收' });
    expect(fieldErrorsByName(error)).toEqual({});
    expect(fieldErrorsByName(undefined)).toEqual({});
  });

  it('skips malformed entries instead of failing', () => {
    expect(
      fieldErrorsByName(
        badInput([null, { field: 3 }, { field: 'reason', reason: 'REASON_REQUIRED', zh: '请说明理由' }]),
      ),
    ).toEqual({
      reason: '请说明理由',
    });
  });
});
