import { DisclosureStatus } from './disclosure-kinds';
import { assertDisclosureTransition, canTransitionDisclosure } from './disclosure-transitions';

const { PROPOSED, REDACTED, APPROVED, PUBLISHED, REJECTED, WITHDRAWN } = DisclosureStatus;

describe('disclosure transitions', () => {
  it('go proposed → redacted → approved → published', () => {
    expect(canTransitionDisclosure(PROPOSED, REDACTED)).toBe(true);
    expect(canTransitionDisclosure(REDACTED, REDACTED)).toBe(true);
    expect(canTransitionDisclosure(REDACTED, APPROVED)).toBe(true);
    expect(canTransitionDisclosure(PROPOSED, APPROVED)).toBe(true);
    expect(canTransitionDisclosure(APPROVED, PUBLISHED)).toBe(true);
  });

  it('never publish what was not approved', () => {
    expect(canTransitionDisclosure(PROPOSED, PUBLISHED)).toBe(false);
    expect(canTransitionDisclosure(REDACTED, PUBLISHED)).toBe(false);
    expect(canTransitionDisclosure(REJECTED, PUBLISHED)).toBe(false);
    expect(canTransitionDisclosure(WITHDRAWN, PUBLISHED)).toBe(false);
  });

  it('no redaction after approval: the approved text is the published text', () => {
    expect(canTransitionDisclosure(APPROVED, REDACTED)).toBe(false);
    expect(canTransitionDisclosure(PUBLISHED, REDACTED)).toBe(false);
  });

  it('withdraw approved or published items; rejected and withdrawn ones are final', () => {
    expect(canTransitionDisclosure(PUBLISHED, WITHDRAWN)).toBe(true);
    expect(canTransitionDisclosure(APPROVED, WITHDRAWN)).toBe(true);
    expect(canTransitionDisclosure(PROPOSED, WITHDRAWN)).toBe(false);
    for (const to of Object.values(DisclosureStatus)) {
      expect(canTransitionDisclosure(REJECTED, to)).toBe(false);
      expect(canTransitionDisclosure(WITHDRAWN, to)).toBe(false);
    }
  });

  it('refuses a move off the table with CONFLICT', () => {
    expect(() => assertDisclosureTransition(PUBLISHED, APPROVED)).toThrow(
      expect.objectContaining({ reason: 'DISCLOSURE_TRANSITION_NOT_ALLOWED' }),
    );
  });
});
