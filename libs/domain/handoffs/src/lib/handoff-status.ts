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

/** The handoff state machine (交办 → 签收 → 整改 → 办结回复 → 核查销号). */
const TRANSITIONS: Record<HandoffStatus, readonly HandoffStatus[]> = {
  [HandoffStatus.ISSUED]: [HandoffStatus.SIGNED],
  [HandoffStatus.SIGNED]: [HandoffStatus.RECTIFYING, HandoffStatus.REPLIED],
  [HandoffStatus.RECTIFYING]: [HandoffStatus.RECTIFYING, HandoffStatus.REPLIED],
  [HandoffStatus.REPLIED]: [HandoffStatus.CLOSED, HandoffStatus.RECTIFYING],
  [HandoffStatus.CLOSED]: [],
};

export function canTransitionHandoff(from: HandoffStatus, to: HandoffStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Overdue: not closed out by its deadline. */
export function isOverdue(handoff: { status: HandoffStatus; deadline: Date }, now: Date): boolean {
  return handoff.status !== HandoffStatus.CLOSED && handoff.deadline.getTime() <= now.getTime();
}
