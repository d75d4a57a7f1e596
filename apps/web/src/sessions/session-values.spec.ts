import { monthsAfter, opinionProgress, toOpinionInput, toSessionInput } from './session-values';

describe('monthsAfter', () => {
  it('counts months on the Beijing calendar', () => {
    // 2024-03-14 20:00 UTC is already the 15th in Beijing.
    expect(monthsAfter(new Date('2024-03-14T20:00:00Z'), 2)).toBe('2024-05-15');
  });

  it('keeps to the last day of a shorter month and crosses the year', () => {
    expect(monthsAfter(new Date('2023-12-31T04:00:00Z'), 2)).toBe('2024-02-29');
    expect(monthsAfter(new Date('2023-11-30T04:00:00Z'), 3)).toBe('2024-02-29');
    expect(monthsAfter(new Date('2022-12-31T04:00:00Z'), 2)).toBe('2023-02-28');
  });
});

describe('toSessionInput', () => {
  it('sends the day it sat as the start of that day in Beijing, and only the reports named', () => {
    expect(
      toSessionInput({
        kind: 'STANDING_COMMITTEE',
        number: 5,
        heldOn: '2024-06-20',
        title: ' ',
        reports: [{ title: ' 关于优化营商环境工作情况的报告 ', departmentId: 'd1' }, { title: '' }],
      }),
    ).toEqual({
      kind: 'STANDING_COMMITTEE',
      number: 5,
      heldOn: '2024-06-19T16:00:00.000Z',
      reports: [{ title: '关于优化营商环境工作情况的报告', departmentId: 'd1' }],
    });
  });
});

describe('toOpinionInput', () => {
  it('sends the items written, the deadline as the end of its day, and leaves out what is not chosen', () => {
    expect(
      toOpinionInput('s1', {
        kind: 'REVIEW_OPINION',
        departmentId: 'd1',
        title: ' 关于优化营商环境工作情况报告的审议意见 ',
        items: [{ text: '进一步压缩企业开办时间' }, { text: ' ' }, { text: '清理涉企收费' }],
        deadline: '2024-08-20',
        letterNo: '',
      }),
    ).toEqual({
      sessionId: 's1',
      kind: 'REVIEW_OPINION',
      departmentId: 'd1',
      title: '关于优化营商环境工作情况报告的审议意见',
      items: ['进一步压缩企业开办时间', '清理涉企收费'],
      deadline: '2024-08-20T15:59:59.000Z',
    });
  });
});

describe('opinionProgress', () => {
  it('counts the closed and the overdue items', () => {
    expect(
      opinionProgress([
        { status: 'CLOSED', overdue: false },
        { status: 'SIGNED', overdue: true },
        { status: 'ISSUED', overdue: false },
      ]),
    ).toEqual({ closed: 1, total: 3, overdue: 1 });
  });
});
