import { blockingCount, issuesBySection, type Issue } from './conformance';

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
});
