import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { fieldErrorsByName } from './mutation-errors';

function badInput(fields: unknown): CombinedError {
  return new CombinedError({
    graphQLErrors: [
      new GraphQLError('输入有误 / Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields } }),
    ],
  });
}

describe('fieldErrors', () => {
  it('keys each Chinese message by the last part of its field path', () => {
    const error = badInput([
      { field: 'input.measures', message: '请填写整改措施 / measures required' },
      { field: 'until', message: '延期日期须晚于原时限 / must be later' },
    ]);
    expect(fieldErrorsByName(error)).toEqual({ measures: '请填写整改措施', until: '延期日期须晚于原时限' });
  });

  it('returns nothing for errors that name no field', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('当前状态下不能签收 / conflict', { extensions: { code: 'CONFLICT' } }),
      ],
    });
    expect(fieldErrorsByName(error)).toEqual({});
    expect(fieldErrorsByName(undefined)).toEqual({});
  });

  it('skips malformed entries instead of failing', () => {
    expect(
      fieldErrorsByName(badInput([null, { field: 3 }, { field: 'reason', message: '请说明理由' }])),
    ).toEqual({
      reason: '请说明理由',
    });
  });
});
