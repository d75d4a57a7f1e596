import { registerEnumType } from '@nestjs/graphql';

export enum HandoffStatus {
  ISSUED = 'ISSUED',
  SIGNED = 'SIGNED',
  RECTIFYING = 'RECTIFYING',
  REPLIED = 'REPLIED',
  CLOSED = 'CLOSED',
}

registerEnumType(HandoffStatus, {
  name: 'HandoffStatus',
  description: '已交办、已签收、整改中、已回复、已销号',
});

/** Overdue: not closed out by its deadline. */
export function isOverdue(handoff: { status: HandoffStatus; deadline: Date }, now: Date): boolean {
  return handoff.status !== HandoffStatus.CLOSED && handoff.deadline.getTime() <= now.getTime();
}
