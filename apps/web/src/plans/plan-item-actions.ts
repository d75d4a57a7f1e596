import type { AnnualPlanStatus, PlanItemStatus, Role } from '../graphql/generated/enums';

/** What can be done to an annual-plan item from the plan page; each is one button. */
export type PlanItemAction = 'start' | 'complete' | 'adjust' | 'schedule' | 'superviseOwn';

export interface PlanItemActor {
  roles: readonly Role[];
  tenant: { id: string };
  /** The committee the person works in; the 统筹办 (coordinates) acts for the whole office. */
  committee?: { id: string; coordinates: boolean } | null;
}

export interface PlanItemState {
  status: PlanItemStatus;
  leadCommitteeId: string | null;
  plan: { status: AnnualPlanStatus; issuerId: string };
}

/**
 * Who moves an item, as the API decides: only on an adopted plan of the person's own office; staff of a
 * committee (the 统筹办 aside) move only the items their committee leads, whatever their role; everyone else
 * needs the office's COORDINATOR or ADMIN role.
 */
export function canMovePlanItem(actor: PlanItemActor, item: PlanItemState): boolean {
  if (item.plan.status !== 'ADOPTED' || item.plan.issuerId !== actor.tenant.id) {
    return false;
  }
  const committee = actor.committee;
  if (committee && !committee.coordinates) {
    return committee.id === item.leadCommitteeId;
  }
  return actor.roles.includes('COORDINATOR') || actor.roles.includes('ADMIN');
}

/**
 * The buttons an item offers: 启动 a plan item not started, 完成 a started one, 调整 or 安排 either, and
 * 本级监督 (the office's own activities and findings on it) for the office's coordinator on any item of its own
 * adopted plan that has not been adjusted away.
 */
export function planItemActions(actor: PlanItemActor, item: PlanItemState): PlanItemAction[] {
  const actions: PlanItemAction[] = [];
  const open = item.status === 'NOT_STARTED' || item.status === 'STARTED';
  if (canMovePlanItem(actor, item) && open) {
    actions.push(item.status === 'NOT_STARTED' ? 'start' : 'complete', 'adjust', 'schedule');
  }
  const ownAdopted = item.plan.status === 'ADOPTED' && item.plan.issuerId === actor.tenant.id;
  if (ownAdopted && actor.roles.includes('COORDINATOR') && item.status !== 'ADJUSTED') {
    actions.push('superviseOwn');
  }
  return actions;
}

/** 计划月份 / 会议 as one cell: "6 月 · 市十六届人大常委会第五次会议", or a dash when neither is set. */
export function scheduleText(item: { plannedMonth: number | null; session: string | null }): string {
  const parts = [item.plannedMonth ? `${item.plannedMonth} 月` : null, item.session].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : '—';
}
