import { blockingCount, issueText, issuesBySection, type Issue } from './conformance';

const warning: Issue = {
  section: 'METHODS',
  severity: 'WARNING',
  path: 'methods.X',
  message: '未知方式 / unknown',
};
const missingMethod: Issue = {
  section: 'METHODS',
  severity: 'BLOCKING',
  path: 'methods.A',
  message: '缺少 / missing',
};
const leader: Issue = {
  section: 'LEADERSHIP',
  severity: 'BLOCKING',
  path: 'leadership.leader',
  message: '未填写 / empty',
};

describe('conformance issues', () => {
  it('group under their section with blocking ones first', () => {
    expect(issuesBySection([warning, leader, missingMethod])).toEqual({
      METHODS: [missingMethod, warning],
      LEADERSHIP: [leader],
    });
  });

  it('count only the blocking ones', () => {
    expect(blockingCount([warning, leader, missingMethod])).toBe(2);
  });

  it('read in Chinese, the half of the report’s sentence before the slash', () => {
    expect(issueText(missingMethod)).toBe('缺少');
    expect(issueText({ ...leader, message: '只能填写本级单位(下级由下级填写)/ own units only' })).toBe(
      '只能填写本级单位(下级由下级填写)',
    );
    expect(issueText({ ...leader, message: '满意/基本满意/不满意' })).toBe('满意/基本满意/不满意');
  });
});
