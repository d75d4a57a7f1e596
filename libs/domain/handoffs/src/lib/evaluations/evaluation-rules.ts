import { AppException, FieldProblem } from '@liandong/errors';
import { EvaluationResult, EvaluationScheme } from './evaluation.entity';

/** The most people one evaluation may count (the eligible voters, 应参评人数). */
export const MAX_ELIGIBLE = 10_000;

/** SCORE_100 passes at this average score or above. */
export const PASS_SCORE = 60;

/** Votes as the client sends them. */
export interface VotesCommand {
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  /** SCORE_100 only: one score (0–100) per voter. */
  scores?: readonly number[] | null;
}

/** Votes that passed `checkVotes`, with the average score SCORE_100 derives. */
export interface CheckedVotes {
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  averageScore: number | null;
}

/** The results that send an item back for more rectification. */
export const FAILING_RESULTS: readonly EvaluationResult[] = [
  EvaluationResult.UNSATISFIED,
  EvaluationResult.FAILED,
];

export function isFailing(result: EvaluationResult | null | undefined): boolean {
  return result !== null && result !== undefined && FAILING_RESULTS.includes(result);
}

/** “More than half of the eligible”: exactly half is not more than half. */
function moreThanHalf(votes: number, eligible: number): boolean {
  return votes * 2 > eligible;
}

/**
 * The result of an evaluation (满意度测评), from votes already checked by `checkVotes`:
 * - THREE_GRADE: SATISFIED when satisfied votes exceed half of the eligible; BASICALLY_SATISFIED when
 *   satisfied + basically satisfied exceed half; else UNSATISFIED.
 * - BINARY: PASSED when satisfied votes exceed half of the eligible; else FAILED.
 * - SCORE_100: PASSED when the average score is at least 60; else (or with no scores) FAILED.
 * Non-voters count against: the threshold is half of the eligible, not of the votes cast.
 */
export function evaluate(
  scheme: EvaluationScheme,
  eligible: number,
  votes: Pick<CheckedVotes, 'satisfied' | 'basicallySatisfied' | 'averageScore'>,
): EvaluationResult {
  switch (scheme) {
    case EvaluationScheme.THREE_GRADE:
      if (moreThanHalf(votes.satisfied, eligible)) {
        return EvaluationResult.SATISFIED;
      }
      return moreThanHalf(votes.satisfied + votes.basicallySatisfied, eligible)
        ? EvaluationResult.BASICALLY_SATISFIED
        : EvaluationResult.UNSATISFIED;
    case EvaluationScheme.BINARY:
      return moreThanHalf(votes.satisfied, eligible) ? EvaluationResult.PASSED : EvaluationResult.FAILED;
    case EvaluationScheme.SCORE_100:
      return votes.averageScore !== null && votes.averageScore >= PASS_SCORE
        ? EvaluationResult.PASSED
        : EvaluationResult.FAILED;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * The problems of a set of votes, none when they are valid:
 * - the three counts are non-negative integers and together never exceed the eligible count;
 * - BINARY has no 基本满意 column: `basicallySatisfied` must be 0 (a non-zero count is a mistake we name
 *   rather than silently drop);
 * - SCORE_100 needs `scores`: at least one, each 0–100, no more than the eligible count; the counts may
 *   be sent as well (e.g. 0) and are stored as given;
 * - the other schemes take no scores (an empty list is the same as none).
 */
export function voteProblems(
  scheme: EvaluationScheme,
  eligible: number,
  votes: VotesCommand,
  prefix = 'votes',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const counts = ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const;
  for (const field of counts) {
    if (!isCount(votes[field])) {
      problems.push({
        field: `${prefix}.${field}`,
        reason: 'VOTE_COUNT_INVALID',
        zh: '票数须为非负整数',
        en: 'must be a whole number ≥ 0',
      });
    }
  }
  if (problems.length === 0) {
    const cast = votes.satisfied + votes.basicallySatisfied + votes.unsatisfied;
    if (cast > eligible) {
      problems.push({
        field: prefix,
        reason: 'VOTES_EXCEED_ELIGIBLE',
        zh: `票数合计 ${cast} 超过应参评人数 ${eligible}`,
        en: `${cast} votes exceed the ${eligible} eligible`,
      });
    }
  }
  if (scheme === EvaluationScheme.BINARY && votes.basicallySatisfied !== 0) {
    problems.push({
      field: `${prefix}.basicallySatisfied`,
      reason: 'BINARY_HAS_NO_MIDDLE_GRADE',
      zh: '满意/不满意两档测评没有“基本满意”,须为 0',
      en: 'a BINARY evaluation has no basically-satisfied votes',
    });
  }
  const scores = votes.scores ?? [];
  if (scheme === EvaluationScheme.SCORE_100) {
    if (scores.length === 0) {
      problems.push({
        field: `${prefix}.scores`,
        reason: 'SCORES_REQUIRED',
        zh: '百分制测评须填写评分',
        en: 'a SCORE_100 evaluation needs the scores',
      });
    }
    if (scores.length > eligible) {
      problems.push({
        field: `${prefix}.scores`,
        reason: 'SCORES_EXCEED_ELIGIBLE',
        zh: `评分 ${scores.length} 份超过应参评人数 ${eligible}`,
        en: `${scores.length} scores exceed the ${eligible} eligible`,
      });
    }
    scores.forEach((score, index) => {
      if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
        problems.push({
          field: `${prefix}.scores.${index}`,
          reason: 'SCORE_OUT_OF_RANGE',
          zh: '评分须为 0–100',
          en: 'a score is 0–100',
        });
      }
    });
  } else if (scores.length > 0) {
    problems.push({
      field: `${prefix}.scores`,
      reason: 'SCORES_NOT_TAKEN',
      zh: '只有百分制测评填写评分',
      en: 'only a SCORE_100 evaluation takes scores',
    });
  }
  return problems;
}

/** Checks the votes (BAD_USER_INPUT naming every problem) and derives SCORE_100's average score. */
export function checkVotes(
  scheme: EvaluationScheme,
  eligible: number,
  votes: VotesCommand,
  prefix = 'votes',
): CheckedVotes {
  const problems = voteProblems(scheme, eligible, votes, prefix);
  if (problems.length > 0) {
    throw AppException.badFields(problems);
  }
  const scores = votes.scores ?? [];
  return {
    satisfied: votes.satisfied,
    basicallySatisfied: votes.basicallySatisfied,
    unsatisfied: votes.unsatisfied,
    averageScore:
      scheme === EvaluationScheme.SCORE_100
        ? // Rounded to 1e-6 so that float noise cannot move an average of exactly 60 below the line.
          Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 1e6) / 1e6
        : null,
  };
}
