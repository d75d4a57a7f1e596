import {
  combineScore,
  DuplicateSignals,
  duplicateReasons,
  MAX_DUPLICATE_CANDIDATES,
  MIN_TEXT_SIMILARITY,
  rankCandidates,
} from './duplicate-score';

function signals(overrides: Partial<DuplicateSignals> = {}): DuplicateSignals {
  return {
    id: 'a',
    textSimilarity: 0.2,
    sameDepartment: false,
    sameChecklistCode: null,
    sameLocation: false,
    locationSimilarity: 0,
    reportedAt: new Date('2024-05-01T00:00:00.000Z'),
    ...overrides,
  };
}

describe('combineScore', () => {
  it('is the weighted text similarity alone when nothing else is shared', () => {
    expect(combineScore(signals({ textSimilarity: 0.2 }))).toBeCloseTo(0.14, 10);
  });

  it('adds the department, checklist point and location weights', () => {
    const score = combineScore(
      signals({ textSimilarity: 0.2, sameDepartment: true, sameChecklistCode: 'C2', sameLocation: true }),
    );
    expect(score).toBeCloseTo(0.14 + 0.15 + 0.1 + 0.05, 10);
  });

  it('weighs a similar location by its similarity', () => {
    expect(combineScore(signals({ textSimilarity: 0, locationSimilarity: 0.5 }))).toBeCloseTo(0.025, 10);
  });

  it('reaches 1 for identical findings and clamps out-of-range measures', () => {
    const identical = signals({
      textSimilarity: 1.3,
      sameDepartment: true,
      sameChecklistCode: 'C1',
      sameLocation: true,
    });
    expect(combineScore(identical)).toBeCloseTo(1, 10);
    expect(combineScore(signals({ textSimilarity: -1, locationSimilarity: -1 }))).toBe(0);
  });
});

describe('duplicateReasons', () => {
  it('names every shared signal in Chinese, text first', () => {
    expect(
      duplicateReasons(
        signals({ textSimilarity: 0.724, sameDepartment: true, sameChecklistCode: 'C2', sameLocation: true }),
      ),
    ).toEqual(['标题和描述相似度 0.72', '同一责任单位', '同一检查要点 C2', '地点相同']);
  });

  it('names a near location with its similarity, and a distant one not at all', () => {
    expect(duplicateReasons(signals({ locationSimilarity: 0.45 }))).toEqual([
      '标题和描述相似度 0.20',
      '地点相近 0.45',
    ]);
    expect(duplicateReasons(signals({ locationSimilarity: 0.1 }))).toEqual(['标题和描述相似度 0.20']);
  });
});

describe('rankCandidates', () => {
  it('drops candidates whose text is not similar enough, whatever else they share', () => {
    const ranked = rankCandidates([
      signals({
        id: 'same-place-other-problem',
        textSimilarity: MIN_TEXT_SIMILARITY - 0.01,
        sameDepartment: true,
        sameChecklistCode: 'C2',
        sameLocation: true,
      }),
      signals({ id: 'similar-text', textSimilarity: MIN_TEXT_SIMILARITY }),
    ]);
    expect(ranked.map((candidate) => candidate.id)).toEqual(['similar-text']);
  });

  it('puts the best score first and rounds it to two decimals', () => {
    const ranked = rankCandidates([
      signals({ id: 'text-only', textSimilarity: 0.3 }),
      signals({ id: 'text-and-department', textSimilarity: 0.18, sameDepartment: true }),
    ]);
    expect(ranked).toEqual([
      { id: 'text-and-department', score: 0.28, reasons: ['标题和描述相似度 0.18', '同一责任单位'] },
      { id: 'text-only', score: 0.21, reasons: ['标题和描述相似度 0.30'] },
    ]);
  });

  it('breaks ties by the earlier report, then by id', () => {
    const early = new Date('2024-01-01T00:00:00.000Z');
    const late = new Date('2024-02-01T00:00:00.000Z');
    const ranked = rankCandidates([
      signals({ id: 'c', reportedAt: early }),
      signals({ id: 'late', reportedAt: late }),
      signals({ id: 'b', reportedAt: early }),
      signals({ id: 'department', sameDepartment: true, reportedAt: late }),
    ]);
    expect(ranked.map((candidate) => candidate.id)).toEqual(['department', 'b', 'c', 'late']);
  });

  it(`returns at most ${MAX_DUPLICATE_CANDIDATES}`, () => {
    const many = Array.from({ length: 30 }, (_, index) =>
      signals({ id: `f${String(index).padStart(2, '0')}`, textSimilarity: 0.5 - index / 100 }),
    );
    const ranked = rankCandidates(many);
    expect(ranked).toHaveLength(MAX_DUPLICATE_CANDIDATES);
    expect(ranked[0]?.id).toBe('f00');
    expect(ranked.at(-1)?.id).toBe('f19');
  });
});
