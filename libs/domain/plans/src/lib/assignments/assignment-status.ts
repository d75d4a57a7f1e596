import { registerEnumType } from '@nestjs/graphql';

export enum AssignmentStatus {
  ISSUED = 'ISSUED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORTED = 'REPORTED',
  CLOSED = 'CLOSED',
}

registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: '任务状态:已下达、已签收、进行中、已报告、已结束',
});

/** Every assignment starts here when a project is published to its tenant (see assignment-transitions). */
export const INITIAL_ASSIGNMENT_STATUS = AssignmentStatus.ISSUED;

/** Statuses in which the tenant works on the assignment: findings may be submitted. */
export const WORKING_ASSIGNMENT_STATUSES: ReadonlySet<AssignmentStatus> = new Set([
  AssignmentStatus.ACKNOWLEDGED,
  AssignmentStatus.IN_PROGRESS,
]);
