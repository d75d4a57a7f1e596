import { AppException } from '@liandong/errors';
import { ParticipationStatus } from './participation-kinds';

/**
 * The participation table: an invited deputy attended or was absent; a wrong record may be corrected once
 * either way. Only ParticipationService writes `deputy_participation.status`, and only along this table.
 */
const TRANSITIONS: Record<ParticipationStatus, readonly ParticipationStatus[]> = {
  [ParticipationStatus.INVITED]: [ParticipationStatus.ATTENDED, ParticipationStatus.ABSENT],
  [ParticipationStatus.ATTENDED]: [ParticipationStatus.ABSENT],
  [ParticipationStatus.ABSENT]: [ParticipationStatus.ATTENDED],
};

export const INITIAL_PARTICIPATION_STATUS = ParticipationStatus.INVITED;

export function canTransitionParticipation(from: ParticipationStatus, to: ParticipationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Refuses a move the table does not allow, with CONFLICT. */
export function assertParticipationTransition(from: ParticipationStatus, to: ParticipationStatus): void {
  if (!canTransitionParticipation(from, to)) {
    throw AppException.conflict('PARTICIPATION_TRANSITION_NOT_ALLOWED', {
      zh: `出席情况已是 ${from},不能再记为 ${to}`,
      en: `A ${from} participation cannot become ${to}.`,
    });
  }
}
