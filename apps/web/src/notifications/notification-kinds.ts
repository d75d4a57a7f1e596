import type { NotificationListQuery } from '../graphql/generated/graphql';

type Notice = NotificationListQuery['notifications'][number];

/** Chinese names of the kinds the API sends (the schema types `kind` as a plain string). */
const KIND_LABEL: Record<string, { label: string; color: string }> = {
  HANDOFF_ISSUED: { label: '新交办', color: 'blue' },
  DEADLINE_REMINDER: { label: '到期提醒', color: 'orange' },
  ESCALATED: { label: '督办', color: 'red' },
  REPLIED: { label: '整改报告', color: 'cyan' },
  EVALUATION_UNSATISFIED: { label: '测评不满意', color: 'red' },
  LOOK_BACK_RELAPSED: { label: '回头看反弹', color: 'volcano' },
  COMMITTEE_PRESSED: { label: '督促', color: 'magenta' },
};

/** A kind the console does not know yet is still shown, as a neutral 通知. */
export function kindLabel(kind: string): { label: string; color: string } {
  return KIND_LABEL[kind] ?? { label: '通知', color: 'default' };
}

/** Unread first, newest first within each. */
export function sortNotifications(notices: readonly Notice[]): Notice[] {
  return [...notices].sort((a, b) => Number(a.read) - Number(b.read) || b.at.localeCompare(a.at));
}
