import { FieldProblem } from '@liandong/errors';
import { FindingVerificationResult } from './verification-method';

/** The most verifiers one verification names. */
export const MAX_VERIFIERS = 50;

/** One finding's result in a round of verification. */
export interface FindingResult {
  findingId: string;
  result: FindingVerificationResult;
  opinion?: string | null;
}

/**
 * What a round of verification does to the handoff:
 * - CLOSE: every finding's latest result is PASSED (销号);
 * - RETURN: a finding of this round is FAILED or PARTLY, so the department rectifies again, as a failed
 *   yes/no verification sends it back;
 * - KEEP: all passed so far, but some findings await their result; the reply stays to be verified.
 */
export enum VerificationOutcome {
  CLOSE = 'CLOSE',
  RETURN = 'RETURN',
  KEEP = 'KEEP',
}

/** Each finding's latest result, from the rounds oldest first: a later round overrides an earlier one. */
export function latestResults(
  rounds: ReadonlyArray<readonly FindingResult[]>,
): Map<string, FindingVerificationResult> {
  const latest = new Map<string, FindingVerificationResult>();
  for (const round of rounds) {
    for (const { findingId, result } of round) {
      latest.set(findingId, result);
    }
  }
  return latest;
}

/**
 * The outcome of a round over the handoff's findings, given the results of earlier rounds. An item with no
 * findings (审议意见, 决议) is verified as a whole: `passed` says whether it passed.
 */
export function verificationOutcome(params: {
  findingIds: readonly string[];
  earlier: ReadonlyArray<readonly FindingResult[]>;
  round: readonly FindingResult[];
  passed?: boolean;
}): VerificationOutcome {
  const { findingIds, earlier, round, passed } = params;
  if (passed === false || round.some((one) => one.result !== FindingVerificationResult.PASSED)) {
    return VerificationOutcome.RETURN;
  }
  const latest = latestResults([...earlier, round]);
  return findingIds.every((id) => latest.get(id) === FindingVerificationResult.PASSED)
    ? VerificationOutcome.CLOSE
    : VerificationOutcome.KEEP;
}

/**
 * The problems of a round's results, none when valid: each names a finding of the handoff, once; a finding
 * not passed says why, in its own opinion or the verification's. Fields are named as the client sent them
 * (`input.results.1.findingId`).
 */
export function resultProblems(
  handoffFindingIds: readonly string[],
  results: readonly FindingResult[],
  overallOpinion: string | null,
  prefix = 'input',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (results.length === 0) {
    problems.push({
      field: `${prefix}.results`,
      reason: 'RESULTS_REQUIRED',
      zh: '请至少给出一个问题的核查结果',
      en: 'give the result of at least one finding',
    });
  }
  const own = new Set(handoffFindingIds);
  const seen = new Set<string>();
  results.forEach((one, index) => {
    const field = `${prefix}.results.${index}`;
    if (!own.has(one.findingId)) {
      problems.push({
        field: `${field}.findingId`,
        reason: 'FINDING_NOT_OF_HANDOFF',
        zh: '该问题不属于本交办事项',
        en: 'not a finding of this handoff',
      });
    } else if (seen.has(one.findingId)) {
      problems.push({
        field: `${field}.findingId`,
        reason: 'DUPLICATE_FINDING',
        zh: '同一问题只能给出一个结果',
        en: 'one result per finding',
      });
    }
    seen.add(one.findingId);
    if (one.result !== FindingVerificationResult.PASSED && !one.opinion && !overallOpinion) {
      problems.push({
        field: `${field}.opinion`,
        reason: 'REASON_REQUIRED',
        zh: '未通过或部分通过的问题须填写核查意见',
        en: 'an opinion is required for a finding that did not pass',
      });
    }
  });
  return problems;
}
