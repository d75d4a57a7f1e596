import { FindingVerificationResult } from './verification-method';
import {
  FindingResult,
  latestResults,
  resultProblems,
  VerificationOutcome,
  verificationOutcome,
} from './verification-rules';

const { PASSED, PARTLY, FAILED } = FindingVerificationResult;

function result(findingId: string, value: FindingVerificationResult, opinion?: string): FindingResult {
  return { findingId, result: value, opinion: opinion ?? null };
}

describe('latestResults', () => {
  it('keeps each finding’s latest result, a later round overriding an earlier one', () => {
    const latest = latestResults([[result('a', PASSED), result('b', FAILED)], [result('b', PASSED)]]);
    expect(Object.fromEntries(latest)).toEqual({ a: PASSED, b: PASSED });
  });
});

describe('verificationOutcome', () => {
  it('closes when every finding of the round passes and none is left', () => {
    expect(
      verificationOutcome({
        findingIds: ['a', 'b'],
        earlier: [],
        round: [result('a', PASSED), result('b', PASSED)],
      }),
    ).toBe(VerificationOutcome.CLOSE);
  });

  it('returns the handoff when one finding fails, though another passes', () => {
    expect(
      verificationOutcome({
        findingIds: ['a', 'b'],
        earlier: [],
        round: [result('a', PASSED), result('b', FAILED)],
      }),
    ).toBe(VerificationOutcome.RETURN);
  });

  it('returns the handoff when a finding is only partly rectified', () => {
    expect(verificationOutcome({ findingIds: ['a'], earlier: [], round: [result('a', PARTLY)] })).toBe(
      VerificationOutcome.RETURN,
    );
  });

  it('closes finding by finding: a finding that passed before need not be verified again', () => {
    expect(
      verificationOutcome({
        findingIds: ['a', 'b'],
        earlier: [[result('a', PASSED), result('b', FAILED)]],
        round: [result('b', PASSED)],
      }),
    ).toBe(VerificationOutcome.CLOSE);
  });

  it('keeps the reply to be verified while a finding has no result yet', () => {
    expect(verificationOutcome({ findingIds: ['a', 'b'], earlier: [], round: [result('a', PASSED)] })).toBe(
      VerificationOutcome.KEEP,
    );
  });

  it('does not close on an earlier failure that this round did not revisit', () => {
    expect(
      verificationOutcome({
        findingIds: ['a', 'b'],
        earlier: [[result('b', FAILED)]],
        round: [result('a', PASSED)],
      }),
    ).toBe(VerificationOutcome.KEEP);
  });

  it('verifies an item without findings as a whole', () => {
    expect(verificationOutcome({ findingIds: [], earlier: [], round: [], passed: true })).toBe(
      VerificationOutcome.CLOSE,
    );
    expect(verificationOutcome({ findingIds: [], earlier: [], round: [], passed: false })).toBe(
      VerificationOutcome.RETURN,
    );
  });
});

describe('resultProblems', () => {
  it('accepts results for the handoff’s own findings', () => {
    expect(resultProblems(['a', 'b'], [result('a', PASSED), result('b', FAILED, '仍有占道')], null)).toEqual(
      [],
    );
  });

  it('refuses an empty round', () => {
    expect(resultProblems(['a'], [], null)).toEqual([
      expect.objectContaining({ field: 'input.results', reason: 'RESULTS_REQUIRED' }),
    ]);
  });

  it('names a finding that is not of the handoff by its position', () => {
    expect(resultProblems(['a'], [result('a', PASSED), result('x', PASSED)], null)).toEqual([
      expect.objectContaining({ field: 'input.results.1.findingId', reason: 'FINDING_NOT_OF_HANDOFF' }),
    ]);
  });

  it('refuses two results for one finding', () => {
    expect(resultProblems(['a'], [result('a', PASSED), result('a', FAILED, '未到位')], null)).toEqual([
      expect.objectContaining({ field: 'input.results.1.findingId', reason: 'DUPLICATE_FINDING' }),
    ]);
  });

  it('asks why a finding did not pass, unless the verification’s opinion says it', () => {
    expect(resultProblems(['a'], [result('a', PARTLY)], null)).toEqual([
      expect.objectContaining({ field: 'input.results.0.opinion', reason: 'REASON_REQUIRED' }),
    ]);
    expect(resultProblems(['a'], [result('a', PARTLY)], '整改不彻底')).toEqual([]);
  });
});
