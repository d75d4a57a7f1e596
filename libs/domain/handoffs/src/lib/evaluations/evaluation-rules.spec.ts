import { AppException, ErrorCode } from '@liandong/errors';
import { EvaluationResult, EvaluationScheme } from './evaluation.entity';
import { checkVotes, evaluate, isFailing, voteProblems, VotesCommand } from './evaluation-rules';

const { THREE_GRADE, BINARY, SCORE_100 } = EvaluationScheme;

function votes(satisfied: number, basicallySatisfied = 0, unsatisfied = 0): VotesCommand {
  return { satisfied, basicallySatisfied, unsatisfied };
}

function resultOf(scheme: EvaluationScheme, eligible: number, command: VotesCommand): EvaluationResult {
  return evaluate(scheme, eligible, checkVotes(scheme, eligible, command));
}

function refusal(run: () => unknown): AppException {
  try {
    run();
  } catch (error) {
    return error as AppException;
  }
  throw new Error('expected a refusal');
}

describe('evaluate', () => {
  describe('THREE_GRADE', () => {
    it('is SATISFIED when satisfied votes exceed half of the eligible', () => {
      expect(resultOf(THREE_GRADE, 10, votes(6, 0, 4))).toBe(EvaluationResult.SATISFIED);
    });

    it('is not SATISFIED with satisfied votes of exactly half; basically satisfied tips it over', () => {
      expect(resultOf(THREE_GRADE, 10, votes(5, 1, 4))).toBe(EvaluationResult.BASICALLY_SATISFIED);
    });

    it('is BASICALLY_SATISFIED when satisfied + basically satisfied exceed half', () => {
      expect(resultOf(THREE_GRADE, 10, votes(2, 4, 4))).toBe(EvaluationResult.BASICALLY_SATISFIED);
    });

    it('is UNSATISFIED when satisfied + basically satisfied are exactly half', () => {
      expect(resultOf(THREE_GRADE, 10, votes(3, 2, 5))).toBe(EvaluationResult.UNSATISFIED);
    });

    it('counts the eligible, not the votes cast: abstentions count against', () => {
      // All 4 votes cast are satisfied, yet 4 of 9 eligible is not more than half.
      expect(resultOf(THREE_GRADE, 9, votes(4))).toBe(EvaluationResult.UNSATISFIED);
      expect(resultOf(THREE_GRADE, 9, votes(5))).toBe(EvaluationResult.SATISFIED);
    });
  });

  describe('BINARY', () => {
    it('PASSES when satisfied votes exceed half of the eligible', () => {
      expect(resultOf(BINARY, 7, votes(4, 0, 3))).toBe(EvaluationResult.PASSED);
    });

    it('FAILS with satisfied votes of exactly half', () => {
      expect(resultOf(BINARY, 8, votes(4, 0, 4))).toBe(EvaluationResult.FAILED);
    });
  });

  describe('SCORE_100', () => {
    it('PASSES when the average score is at least 60, exactly 60 included', () => {
      expect(resultOf(SCORE_100, 5, { ...votes(0), scores: [60, 60, 60] })).toBe(EvaluationResult.PASSED);
      expect(resultOf(SCORE_100, 5, { ...votes(0), scores: [59.9, 60.1] })).toBe(EvaluationResult.PASSED);
    });

    it('FAILS below an average of 60', () => {
      expect(resultOf(SCORE_100, 5, { ...votes(0), scores: [100, 19] })).toBe(EvaluationResult.FAILED);
    });

    it('FAILS with no average at all', () => {
      expect(evaluate(SCORE_100, 5, { satisfied: 5, basicallySatisfied: 0, averageScore: null })).toBe(
        EvaluationResult.FAILED,
      );
    });
  });

  it('knows which results send an item back', () => {
    expect(isFailing(EvaluationResult.UNSATISFIED)).toBe(true);
    expect(isFailing(EvaluationResult.FAILED)).toBe(true);
    expect(isFailing(EvaluationResult.BASICALLY_SATISFIED)).toBe(false);
    expect(isFailing(EvaluationResult.PASSED)).toBe(false);
    expect(isFailing(null)).toBe(false);
  });
});

describe('checkVotes', () => {
  it('accepts votes up to the eligible count, exactly the eligible count included', () => {
    expect(checkVotes(THREE_GRADE, 10, votes(5, 3, 2))).toEqual({
      satisfied: 5,
      basicallySatisfied: 3,
      unsatisfied: 2,
      averageScore: null,
    });
  });

  it('refuses votes over the eligible count with BAD_USER_INPUT', () => {
    const error = refusal(() => checkVotes(THREE_GRADE, 10, votes(5, 3, 3)));
    expect(error).toBeInstanceOf(AppException);
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions['fields']).toEqual([
      expect.objectContaining({ field: 'votes', reason: 'VOTES_EXCEED_ELIGIBLE' }),
    ]);
  });

  it('refuses negative and fractional counts, naming each field', () => {
    const problems = voteProblems(THREE_GRADE, 10, {
      satisfied: -1,
      basicallySatisfied: 1.5,
      unsatisfied: 0,
    });
    expect(problems.map((p) => [p.field, p.reason])).toEqual([
      ['votes.satisfied', 'VOTE_COUNT_INVALID'],
      ['votes.basicallySatisfied', 'VOTE_COUNT_INVALID'],
    ]);
  });

  it('requires basicallySatisfied to be 0 in a BINARY evaluation', () => {
    expect(voteProblems(BINARY, 10, votes(5, 1, 2)).map((p) => p.field)).toEqual([
      'votes.basicallySatisfied',
    ]);
  });

  it('requires scores for SCORE_100 and derives their average', () => {
    expect(voteProblems(SCORE_100, 10, votes(0)).map((p) => p.field)).toEqual(['votes.scores']);
    expect(checkVotes(SCORE_100, 4, { ...votes(0), scores: [50, 70, 90] }).averageScore).toBe(70);
  });

  it('refuses scores outside 0–100 and more scores than eligible voters', () => {
    expect(voteProblems(SCORE_100, 3, { ...votes(0), scores: [101, -1, 50] }).map((p) => p.field)).toEqual([
      'votes.scores.0',
      'votes.scores.1',
    ]);
    expect(voteProblems(SCORE_100, 2, { ...votes(0), scores: [60, 60, 60] }).map((p) => p.field)).toEqual([
      'votes.scores',
    ]);
  });

  it('takes no scores in the other schemes; an empty list is the same as none', () => {
    expect(voteProblems(THREE_GRADE, 5, { ...votes(3), scores: [80] }).map((p) => p.field)).toEqual([
      'votes.scores',
    ]);
    expect(voteProblems(BINARY, 5, { ...votes(3), scores: [] })).toEqual([]);
  });
});
