import { kindLabel, sortNotifications } from './notification-kinds';

const notice = (id: string, read: boolean, at: string) => ({
  __typename: 'Notification' as const,
  id,
  kind: 'HANDOFF_ISSUED',
  message: id,
  at,
  read,
  handoff: null,
});

describe('sortNotifications', () => {
  it('puts unread notices first, newest first within each group', () => {
    const sorted = sortNotifications([
      notice('old-read', true, '2026-01-01T00:00:00Z'),
      notice('old-unread', false, '2026-01-02T00:00:00Z'),
      notice('new-read', true, '2026-03-01T00:00:00Z'),
      notice('new-unread', false, '2026-02-01T00:00:00Z'),
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['new-unread', 'old-unread', 'new-read', 'old-read']);
  });
});

describe('kindLabel', () => {
  it('names the kinds the API sends in Chinese', () => {
    expect(kindLabel('ESCALATED').label).toBe('督办');
    expect(kindLabel('DEADLINE_REMINDER').label).toBe('到期提醒');
  });

  it('shows an unknown kind as a plain notice instead of its code', () => {
    expect(kindLabel('SOMETHING_NEW')).toEqual({ label: '通知', color: 'default' });
  });
});
