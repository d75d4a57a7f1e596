import { AppException } from '@liandong/errors';
import { ExpertStatus } from './expert-kinds';

/**
 * An expert's standing in the pool: suspended and back, or retired for good. Only ExpertsService writes
 * `expert.status`, and only along this table.
 */
const TRANSITIONS: Record<ExpertStatus, readonly ExpertStatus[]> = {
  [ExpertStatus.ACTIVE]: [ExpertStatus.SUSPENDED, ExpertStatus.RETIRED],
  [ExpertStatus.SUSPENDED]: [ExpertStatus.ACTIVE, ExpertStatus.RETIRED],
  [ExpertStatus.RETIRED]: [],
};

export const INITIAL_EXPERT_STATUS = ExpertStatus.ACTIVE;

export function canTransitionExpert(from: ExpertStatus, to: ExpertStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Refuses a move the table does not allow, with CONFLICT. */
export function assertExpertTransition(from: ExpertStatus, to: ExpertStatus): void {
  if (!canTransitionExpert(from, to)) {
    throw AppException.conflict('EXPERT_TRANSITION_NOT_ALLOWED', {
      zh: `专家状态为 ${from},不能变为 ${to}`,
      en: `A ${from} expert cannot become ${to}.`,
    });
  }
}
