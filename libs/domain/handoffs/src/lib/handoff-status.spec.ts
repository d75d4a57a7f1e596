import { HandoffStatus, isOverdue } from './handoff-status';

const NOW = new Date('2023-09-01T08:00:00.000Z');

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
