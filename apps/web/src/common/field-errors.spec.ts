import { CombinedError } from 'urql';
import { fieldErrors } from './field-errors';

function refusal(code: string, extensions: Record<string, unknown> = {}): CombinedError {
  return new CombinedError({
    graphQLErrors: [{ message: '输入有误 / Invalid input', extensions: { code, ...extensions } }],
  });
}

describe('fieldErrors', () => {
  it('gives each named field its Chinese message', () => {
    const error = refusal('BAD_USER_INPUT', {
      fields: [
        { field: 'input.deadline', message: '整改时限须晚于当前时间 / the deadline must be in the future' },
        {
          field: 'input.departmentId',
          message: '只能交办给本级承办单位(下级的单位由下级人大交办)/ hand over only…',
        },
      ],
    });
    expect(fieldErrors(error)).toEqual([
      { field: 'input.deadline', message: '整改时限须晚于当前时间' },
      { field: 'input.departmentId', message: '只能交办给本级承办单位(下级的单位由下级人大交办)' },
    ]);
  });

  it('ignores refusals that name no field, and malformed entries', () => {
    expect(fieldErrors(refusal('CONFLICT'))).toEqual([]);
    expect(fieldErrors(refusal('BAD_USER_INPUT', { fields: [{ field: 1 }, 'x'] }))).toEqual([]);
    expect(fieldErrors(undefined)).toEqual([]);
  });
});
