import { EvaluationResult, EvaluationScheme } from '../evaluations/evaluation.entity';
import { AppraisalStatus } from './appraisal.entity';
import { canTransitionAppraisal, GroupVotes, overall, rank } from './appraisal-rules';

function group(
  eligible: number,
  satisfied: number,
  basicallySatisfied = 0,
  scores: number[] = [],
): GroupVotes {
  return {
    eligible,
    satisfied,
    basicallySatisfied,
    unsatisfied: 0,
    scoreCount: scores.length,
    averageScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
  };
}

describe('appraisal transitions', () => {
  it('goes DRAFT → VOTING → DECIDED and never back', () => {
    expect(canTransitionAppraisal(AppraisalStatus.DRAFT, AppraisalStatus.VOTING)).toBe(true);
    expect(canTransitionAppraisal(AppraisalStatus.VOTING, AppraisalStatus.DECIDED)).toBe(true);
    expect(canTransitionAppraisal(AppraisalStatus.DRAFT, AppraisalStatus.DECIDED)).toBe(false);
    expect(canTransitionAppraisal(AppraisalStatus.DECIDED, AppraisalStatus.VOTING)).toBe(false);
    expect(canTransitionAppraisal(AppraisalStatus.VOTING, AppraisalStatus.DRAFT)).toBe(false);
  });
});

describe('overall', () => {
  it('has no result until every group has voted', () => {
    expect(overall(EvaluationScheme.THREE_GRADE, 2, [group(30, 30)])).toMatchObject({
      result: null,
      failing: false,
    });
  });

  it('adds the groups up against all their eligible, by the scheme’s rule', () => {
    // 16 of 30 and 24 of 50 satisfied: 40 of 80 is exactly half, not more.
    const half = overall(EvaluationScheme.THREE_GRADE, 2, [group(30, 16), group(50, 24, 1)]);
    expect(half).toMatchObject({ eligible: 80, satisfied: 40, result: EvaluationResult.BASICALLY_SATISFIED });
    expect(overall(EvaluationScheme.THREE_GRADE, 2, [group(30, 16), group(50, 25)]).result).toBe(
      EvaluationResult.SATISFIED,
    );
    const failed = overall(EvaluationScheme.BINARY, 2, [group(30, 15), group(50, 25)]);
    expect(failed).toMatchObject({ result: EvaluationResult.FAILED, failing: true });
  });

  it('averages SCORE_100 over all the scores, not the groups’ averages', () => {
    // Group averages 90 (one score) and 50 (three): by score 60, which passes; by group 70.
    const scored = overall(EvaluationScheme.SCORE_100, 2, [
      group(5, 0, 0, [90]),
      group(5, 0, 0, [50, 50, 50]),
    ]);
    expect(scored).toMatchObject({ averageScore: 60, result: EvaluationResult.PASSED });
  });
});

describe('rank', () => {
  it('ranks by the satisfied share, then satisfied or basically; ties share; unvoted have none', () => {
    const outcomes = [
      overall(EvaluationScheme.THREE_GRADE, 1, [group(10, 5, 3)]),
      overall(EvaluationScheme.THREE_GRADE, 1, [group(10, 8)]),
      overall(EvaluationScheme.THREE_GRADE, 1, [group(10, 5, 3)]),
      overall(EvaluationScheme.THREE_GRADE, 1, [group(10, 5, 1)]),
      overall(EvaluationScheme.THREE_GRADE, 2, [group(10, 10)]),
    ];
    expect(rank(EvaluationScheme.THREE_GRADE, outcomes).map((o) => o.rank)).toEqual([2, 1, 2, 4, null]);
  });

  it('ranks SCORE_100 by the average score', () => {
    const outcomes = [
      overall(EvaluationScheme.SCORE_100, 1, [group(5, 0, 0, [70])]),
      overall(EvaluationScheme.SCORE_100, 1, [group(5, 0, 0, [95])]),
    ];
    expect(rank(EvaluationScheme.SCORE_100, outcomes).map((o) => o.rank)).toEqual([2, 1]);
  });
});
