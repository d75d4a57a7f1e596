import { importOutcome } from './import-result';

describe('importOutcome', () => {
  it('counts what was stored', () => {
    expect(importOutcome(true, 201, { imported: 12, findingIds: [] })).toEqual({
      kind: 'imported',
      count: 12,
    });
  });

  it('lists every bad cell of a refusal with the Chinese half of its reason', () => {
    const outcome = importOutcome(false, 400, {
      code: 'BAD_USER_INPUT',
      message: '1 处错误,未导入任何问题 / 1 problem(s), nothing was imported',
      rows: [
        { row: 3, column: '监督方式', cell: '飞行检查', message: '不是本项目的监督方式 / not a method' },
      ],
    });
    expect(outcome).toEqual({
      kind: 'rejected',
      message: '1 处错误,未导入任何问题',
      problems: [{ row: 3, column: '监督方式', cell: '飞行检查', message: '不是本项目的监督方式' }],
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
