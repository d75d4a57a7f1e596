import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { apiRowErrors } from './row-errors';

function refusal(extensions: Record<string, unknown>): CombinedError {
  return new CombinedError({
    graphQLErrors: [new GraphQLError('2 处错误,未保存任何数据 / 2 problem(s)', { extensions })],
  });
}

describe('apiRowErrors', () => {
  it('reads every named row with the Chinese half of its message, departmentId as the department column', () => {
    const error = refusal({
      code: 'BAD_USER_INPUT',
      rows: [
        { index: 2, field: 'title', message: '问题标题不能为空 / title must not be empty' },
        { index: 0, field: 'departmentId', message: '责任单位不存在 / department unknown' },
        { index: 1, field: 'activityId', message: '监督活动不存在 / activity unknown' },
      ],
    });
    expect(apiRowErrors(error)).toEqual([
      { index: 2, field: 'title', message: '问题标题不能为空' },
      { index: 0, field: 'department', message: '责任单位不存在' },
      { index: 1, field: null, message: '监督活动不存在' },
    ]);
  });

  it('is empty for an error that names no rows', () => {
    expect(apiRowErrors(refusal({ code: 'CONFLICT' }))).toEqual([]);
    expect(apiRowErrors(undefined)).toEqual([]);
  });
});
