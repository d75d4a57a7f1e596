import { automaticLevelDue, escalationName } from './escalation-ladder';
import { canTransitionHandoff, HandoffStatus, isOverdue } from './handoff-status';

const NOW = new Date('2023-09-01T08:00:00.000Z');

describe('handoff state machine', () => {
  it.each([
    [HandoffStatus.ISSUED, HandoffStatus.SIGNED, true],
    [HandoffStatus.ISSUED, HandoffStatus.RECTIFYING, false],
    [HandoffStatus.SIGNED, HandoffStatus.RECTIFYING, true],
    [HandoffStatus.SIGNED, HandoffStatus.REPLIED, true],
    [HandoffStatus.RECTIFYING, HandoffStatus.REPLIED, true],
    [HandoffStatus.REPLIED, HandoffStatus.CLOSED, true],
    [HandoffStatus.REPLIED, HandoffStatus.RECTIFYING, true],
    [HandoffStatus.RECTIFYING, HandoffStatus.CLOSED, false],
    [HandoffStatus.CLOSED, HandoffStatus.RECTIFYING, false],
    [HandoffStatus.SIGNED, HandoffStatus.SIGNED, false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransitionHandoff(from, to)).toBe(allowed);
  });
});

describe('overdue', () => {
  it('is overdue once the deadline has passed and it is not closed', () => {
    expect(
      isOverdue({ status: HandoffStatus.RECTIFYING, deadline: new Date('2023-08-31T00:00:00Z') }, NOW),
    ).toBe(true);
    expect(
      isOverdue({ status: HandoffStatus.REPLIED, deadline: new Date('2023-08-31T00:00:00Z') }, NOW),
    ).toBe(true);
  });

  it('is not overdue before the deadline or once closed', () => {
    expect(isOverdue({ status: HandoffStatus.ISSUED, deadline: new Date('2023-09-02T00:00:00Z') }, NOW)).toBe(
      false,
    );
    expect(isOverdue({ status: HandoffStatus.CLOSED, deadline: new Date('2023-08-01T00:00:00Z') }, NOW)).toBe(
      false,
    );
  });
});

describe('escalation ladder', () => {
  it('reaches level 1 automatically at the deadline, not before, never when closed', () => {
    expect(automaticLevelDue({ deadline: NOW, closed: false }, NOW)).toBe(1);
    expect(automaticLevelDue({ deadline: new Date(NOW.getTime() + 1), closed: false }, NOW)).toBe(0);
    expect(automaticLevelDue({ deadline: new Date('2023-01-01T00:00:00Z'), closed: true }, NOW)).toBe(0);
  });

  it('climbs to 督办函 and 挂牌督办 after further working days, on the default or a tenant’s own ladder', () => {
    const overdue = { deadline: new Date('2023-08-01T00:00:00Z'), closed: false };
    expect(automaticLevelDue(overdue, NOW, 4)).toBe(1);
    expect(automaticLevelDue(overdue, NOW, 5)).toBe(2);
    expect(automaticLevelDue(overdue, NOW, 14)).toBe(2);
    expect(automaticLevelDue(overdue, NOW, 15)).toBe(3);
    expect(automaticLevelDue(overdue, NOW, 40)).toBe(3);
    expect(automaticLevelDue(overdue, NOW, 2, { level2AfterDays: 2, level3AfterDays: 3 })).toBe(2);
    expect(automaticLevelDue(overdue, NOW, 5, { level2AfterDays: 2, level3AfterDays: 3 })).toBe(3);
  });

  it('names the levels as the offices do', () => {
    expect(escalationName(1)).toBe('催办');
    expect(escalationName(3)).toBe('挂牌督办');
    expect(escalationName(9)).toBe('第9级督办');
  });
});
