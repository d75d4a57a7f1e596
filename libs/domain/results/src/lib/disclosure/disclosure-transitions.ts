import { AppException } from '@liandong/errors';
import { DisclosureStatus } from './disclosure-kinds';

/**
 * The disclosure state machine. A proposal may be redacted by hand any number of times before a second person
 * approves it; an approved item is published once, with its URL and date. Rejection ends a proposal; a
 * published (or approved) item can be withdrawn, which takes it off the public page. Only the service's
 * `move` writes `disclosure.status`, and only along this table.
 */
const TRANSITIONS: Record<DisclosureStatus, readonly DisclosureStatus[]> = {
  [DisclosureStatus.PROPOSED]: [
    DisclosureStatus.REDACTED,
    DisclosureStatus.APPROVED,
    DisclosureStatus.REJECTED,
  ],
  // REDACTED → REDACTED: another pass by hand
  [DisclosureStatus.REDACTED]: [
    DisclosureStatus.REDACTED,
    DisclosureStatus.APPROVED,
    DisclosureStatus.REJECTED,
  ],
  [DisclosureStatus.APPROVED]: [DisclosureStatus.PUBLISHED, DisclosureStatus.WITHDRAWN],
  [DisclosureStatus.PUBLISHED]: [DisclosureStatus.WITHDRAWN],
  [DisclosureStatus.REJECTED]: [],
  [DisclosureStatus.WITHDRAWN]: [],
};

export const INITIAL_DISCLOSURE_STATUS = DisclosureStatus.PROPOSED;

export function canTransitionDisclosure(from: DisclosureStatus, to: DisclosureStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Refuses a move the table does not allow, with CONFLICT. */
export function assertDisclosureTransition(from: DisclosureStatus, to: DisclosureStatus): void {
  if (!canTransitionDisclosure(from, to)) {
    throw AppException.conflict('DISCLOSURE_TRANSITION_NOT_ALLOWED', {
      zh: `公开事项状态为 ${from},不能变为 ${to}`,
      en: `A ${from} disclosure cannot become ${to}.`,
    });
  }
}
