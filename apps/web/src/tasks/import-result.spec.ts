import { importOutcome } from './import-result';

describe('importOutcome', () => {
  it('counts what was stored', () => {
    expect(importOutcome(true, 201, { imported: 12, findingIds: [] })).toEqual({
      kind: 'imported',
      count: 12,
    });
  });

  it('lists every bad cell of a refusal with the console’s text for it', () => {
    const outcome = importOutcome(false, 400, {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_ROWS',
      zh: '2 处错误,未导入任何问题',
      en: '2 problem(s), nothing was imported',
      message: '2 处错误,未导入任何问题 / 2 problem(s), nothing was imported',
      rows: [
        {
          row: 3,
          column: '监督方式',
          cell: 'C3',
          reason: 'METHOD_NOT_IN_PROJECT',
          zh: '不是本项目的监督方式',
          en: 'not a method',
        },
        {
          row: 4,
          column: '问题描述',
          cell: 'D4',
          reason: 'TEXT_TOO_LONG',
          zh: '不能超过 5000 字',
          en: 'too long',
        },
      ],
    });
    expect(outcome).toEqual({
      kind: 'rejected',
      message: '2 处错误,未保存任何数据,请按提示修改',
      problems: [
        { row: 3, column: '监督方式', cell: 'C3', message: '不是本项目的监督方式' },
        { row: 4, column: '问题描述', cell: 'D4', message: '不能超过 5000 字' },
      ],
    });
  });

  it('tells a refusal that names no cell by its reason, else its Chinese', () => {
    expect(
      importOutcome(false, 400, { code: 'BAD_USER_INPUT', reason: 'NOT_AN_XLSX', zh: '请上传 .xlsx 文件' }),
    ).toEqual({ kind: 'rejected', message: '请上传 .xlsx 文件', problems: [] });
    expect(
      importOutcome(false, 403, { code: 'FORBIDDEN', reason: 'FORBIDDEN', zh: '无权执行此操作' }),
    ).toMatchObject({
      message: '无权查看或执行此操作',
    });
  });

  it('says the status when the answer carries no Chinese message', () => {
    expect(importOutcome(false, 502, null)).toEqual({
      kind: 'rejected',
      message: '导入失败(502),请稍后重试',
      problems: [],
    });
    expect(importOutcome(false, 401, { message: 'Unauthorized' })).toMatchObject({
      message: '登录已失效,请重新登录',
    });
  });
});
