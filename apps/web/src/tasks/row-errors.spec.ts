import { problem, refusedWith } from '../common/refusal.fixture';
import { apiRowErrors } from './row-errors';

function invalidRows(rows: unknown[]) {
  return refusedWith({
    code: 'BAD_USER_INPUT',
    reason: 'INVALID_ROWS',
    zh: `${rows.length} 处错误,未保存任何数据`,
    en: `${rows.length} problem(s)`,
    rows,
  });
}

describe('apiRowErrors', () => {
  it('reads every named row with the console’s text for it, departmentId as the department column', () => {
    const error = invalidRows([
      { index: 2, ...problem('title', 'TITLE_REQUIRED', '问题标题不能为空', 'title must not be empty') },
      { index: 0, ...problem('departmentId', 'DEPARTMENT_UNKNOWN', '责任单位不存在', 'department unknown') },
      { index: 1, ...problem('activityId', 'ACTIVITY_UNKNOWN', '监督活动不存在', 'activity unknown') },
      { index: 3, ...problem('description', 'TEXT_TOO_LONG', '不能超过 2000 字', 'too long') },
    ]);
    expect(apiRowErrors(error)).toEqual([
      { index: 2, field: 'title', message: '问题标题不能为空' },
      { index: 0, field: 'department', message: '责任单位不存在' },
      { index: 1, field: null, message: '监督活动不存在' },
      { index: 3, field: 'description', message: '不能超过 2000 字' },
    ]);
  });

  it('is empty for an error that names no rows', () => {
    expect(
      apiRowErrors(refusedWith({ code: 'CONFLICT', reason: 'ASSIGNMENT_CLOSED', zh: '任务已结束' })),
    ).toEqual([]);
    expect(apiRowErrors(undefined)).toEqual([]);
  });
});
