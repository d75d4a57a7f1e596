import { fieldErrors } from './field-errors';
import { problem, refusedWith } from './refusal.fixture';

function invalidInput(fields: unknown[]) {
  return refusedWith({
    code: 'BAD_USER_INPUT',
    reason: 'INVALID_INPUT',
    zh: '输入有误',
    en: 'Invalid input',
    fields,
  });
}

describe('fieldErrors', () => {
  it('gives each named field the console’s text: its reason worded, else the API’s Chinese', () => {
    const error = invalidInput([
      problem(
        'input.deadline',
        'DEADLINE_IN_PAST',
        '整改时限须晚于当前时间',
        'the deadline must be in the future',
      ),
      problem('input.reason', 'REASON_REQUIRED', '退办须说明理由', 'a transfer needs a reason'),
    ]);
    expect(fieldErrors(error)).toEqual([
      { field: 'input.deadline', message: '整改时限须晚于当前时间' },
      { field: 'input.reason', message: '退办须说明理由' },
    ]);
  });

  it('says the field is wrong when a problem has no Chinese, without reading its message', () => {
    expect(
      fieldErrors(invalidInput([{ field: 'name', reason: 'NEW_RULE', message: '名称有误 / bad name' }])),
    ).toEqual([{ field: 'name', message: '填写有误' }]);
  });

  it('ignores refusals that name no field, and malformed entries', () => {
    expect(fieldErrors(refusedWith({ code: 'CONFLICT', reason: 'HANDOFF_CLOSED', zh: '已办结' }))).toEqual(
      [],
    );
    expect(fieldErrors(invalidInput([{ field: 1 }, 'x', null]))).toEqual([]);
    expect(fieldErrors(undefined)).toEqual([]);
  });
});
