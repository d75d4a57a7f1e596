import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { fieldErrors } from './field-errors';

function badInput(fields: unknown): CombinedError {
  return new CombinedError({
    graphQLErrors: [
      new GraphQLError('填写有误 / Bad input.', { extensions: { code: 'BAD_USER_INPUT', fields } }),
    ],
  });
}

describe('fieldErrors', () => {
  it('gives each named field with the Chinese half of its message', () => {
    expect(
      fieldErrors(
        badInput([
          { field: 'findings[2].title', message: '标题不能为空 / title is required' },
          { field: 'code', message: '编码须为 2–40 位大写字母' },
        ]),
      ),
    ).toEqual([
      { field: 'findings[2].title', message: '标题不能为空' },
      { field: 'code', message: '编码须为 2–40 位大写字母' },
    ]);
  });

  it('gives nothing for an error that names no fields, and skips malformed entries', () => {
    expect(fieldErrors(undefined)).toEqual([]);
    expect(fieldErrors(badInput(undefined))).toEqual([]);
    expect(fieldErrors(badInput([null, { field: 1 }, { field: 'name', message: '名称过长' }]))).toEqual([
      { field: 'name', message: '名称过长' },
    ]);
  });
});
