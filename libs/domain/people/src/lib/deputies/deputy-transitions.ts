import { AppException } from '@liandong/errors';
import { DeputyStatus } from './deputy-kinds';

/**
 * The deputy status table: a deputy on the roster may leave it (终止代表资格); that is final. Only
 * DeputiesService writes `deputy.status`, and only along this table.
 */
const TRANSITIONS: Record<DeputyStatus, readonly DeputyStatus[]> = {
  [DeputyStatus.ACTIVE]: [DeputyStatus.LEFT],
  [DeputyStatus.LEFT]: [],
};

export const INITIAL_DEPUTY_STATUS = DeputyStatus.ACTIVE;

export function canTransitionDeputy(from: DeputyStatus, to: DeputyStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Refuses a move the table does not allow, with CONFLICT. */
export function assertDeputyTransition(from: DeputyStatus, to: DeputyStatus): void {
  if (!canTransitionDeputy(from, to)) {
    throw AppException.conflict('DEPUTY_TRANSITION_NOT_ALLOWED', {
      zh: `代表状态为 ${from},不能变为 ${to}`,
      en: `A ${from} deputy cannot become ${to}.`,
    });
  }
}
