import type { AssignmentStatus, Role } from '../graphql/generated/enums';

export type TaskTab = 'pending' | 'active' | 'done';

interface AssignmentState {
  status: AssignmentStatus;
  /** The plan was revised since it was acknowledged: it must be acknowledged again. */
  outdated: boolean;
}

/** 待签收 holds what needs a signature, a revised plan included; 已完成 what is closed; the rest is in hand. */
export function tabOf(assignment: AssignmentState): TaskTab {
  if (assignment.status === 'ISSUED' || assignment.outdated) {
    return 'pending';
  }
  return assignment.status === 'CLOSED' ? 'done' : 'active';
}

/** The coordinator acts for the tenant: signing for a plan (again, once revised) is theirs. */
export function canAcknowledge(assignment: AssignmentState, roles: readonly Role[]): boolean {
  return roles.includes('COORDINATOR') && tabOf(assignment) === 'pending';
}

/** Coordinators and staff members record activities and findings; viewers only read. */
export function canReport(roles: readonly Role[]): boolean {
  return roles.includes('COORDINATOR') || roles.includes('MEMBER');
}

/** Findings and milestones go in only on an acknowledged assignment that is not closed. */
export function isWorking(status: AssignmentStatus): boolean {
  return status === 'ACKNOWLEDGED' || status === 'IN_PROGRESS' || status === 'REPORTED';
}

interface MilestoneState {
  name: string;
  dueAt: string;
  submittedAt: string | null;
  overdue: boolean;
}

/** The earliest milestone not yet submitted: the next time limit the tenant works to. */
export function nextMilestone<M extends MilestoneState>(milestones: readonly M[]): M | undefined {
  return milestones
    .filter((milestone) => !milestone.submittedAt)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
}
