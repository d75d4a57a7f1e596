import { canAcknowledge, canReport, nextMilestone, tabOf } from './task-groups';

describe('tabOf', () => {
  it('puts an issued assignment under 待签收', () => {
    expect(tabOf({ status: 'ISSUED', outdated: false })).toBe('pending');
  });

  it('puts an outdated assignment back under 待签收 whatever its progress', () => {
    expect(tabOf({ status: 'IN_PROGRESS', outdated: true })).toBe('pending');
  });

  it('keeps acknowledged, in-progress and reported work under 进行中', () => {
    expect(tabOf({ status: 'ACKNOWLEDGED', outdated: false })).toBe('active');
    expect(tabOf({ status: 'IN_PROGRESS', outdated: false })).toBe('active');
    expect(tabOf({ status: 'REPORTED', outdated: false })).toBe('active');
  });

  it('puts a closed assignment under 已完成', () => {
    expect(tabOf({ status: 'CLOSED', outdated: false })).toBe('done');
  });
});

describe('canAcknowledge', () => {
  it('lets a coordinator sign an issued or revised plan', () => {
    expect(canAcknowledge({ status: 'ISSUED', outdated: false }, ['COORDINATOR'])).toBe(true);
    expect(canAcknowledge({ status: 'ACKNOWLEDGED', outdated: true }, ['COORDINATOR'])).toBe(true);
  });

  it('offers nothing to sign once acknowledged on the current version', () => {
    expect(canAcknowledge({ status: 'ACKNOWLEDGED', outdated: false }, ['COORDINATOR'])).toBe(false);
  });

  it('leaves signing to the coordinator', () => {
    expect(canAcknowledge({ status: 'ISSUED', outdated: false }, ['MEMBER', 'VIEWER'])).toBe(false);
  });
});

describe('canReport', () => {
  it('lets coordinators and members report, not viewers', () => {
    expect(canReport(['COORDINATOR'])).toBe(true);
    expect(canReport(['MEMBER'])).toBe(true);
    expect(canReport(['VIEWER'])).toBe(false);
  });
});

describe('nextMilestone', () => {
  it('is the earliest milestone not yet submitted', () => {
    const milestones = [
      { name: '总结', dueAt: '2023-11-30T00:00:00.000Z', submittedAt: null, overdue: false },
      {
        name: '方案报备',
        dueAt: '2023-03-31T00:00:00.000Z',
        submittedAt: '2023-03-20T00:00:00.000Z',
        overdue: false,
      },
      { name: '问题清单', dueAt: '2023-08-31T00:00:00.000Z', submittedAt: null, overdue: true },
    ];
    expect(nextMilestone(milestones)?.name).toBe('问题清单');
  });

  it('is undefined once every milestone is submitted', () => {
    expect(
      nextMilestone([
        {
          name: '总结',
          dueAt: '2023-11-30T00:00:00.000Z',
          submittedAt: '2023-11-01T00:00:00.000Z',
          overdue: false,
        },
      ]),
    ).toBeUndefined();
  });
});
