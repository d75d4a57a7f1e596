/**
 * How two findings of one project are judged to describe the same problem. The database measures the
 * text (see duplicates.repository.ts); this file weighs the measures and words the reasons.
 *
 * The weights and thresholds were chosen on the realistic Chinese findings of the system test
 * (test/support/duplicate-findings.ts): paraphrased duplicates score 0.17–0.28 on text, different
 * problems on the same topic rarely above 0.15. The text dominates so that a different problem at the same
 * place, under the same checklist point and for the same department does not outrank the real duplicate.
 */
export const DUPLICATE_WEIGHTS = {
  text: 0.7,
  sameDepartment: 0.15,
  sameChecklist: 0.1,
  location: 0.05,
} as const;

/** Below this text similarity a finding is no candidate, whatever else it shares. */
export const MIN_TEXT_SIMILARITY = 0.12;

/**
 * Recurrence is a flag nobody ranks or reads side by side, so it asks for more than a candidate list does.
 * Paraphrased duplicates measure ≥ 0.17 in the test set; different problems mostly stay below 0.15.
 */
export const RECURRENCE_MIN_TEXT_SIMILARITY = 0.15;

export const MAX_DUPLICATE_CANDIDATES = 20;

/** A location similarity at or above this is worth naming as a reason. */
const NEAR_LOCATION = 0.3;

/** What the database measured between the finding asked about and one other finding. */
export interface DuplicateSignals {
  id: string;
  /** pg_trgm similarity of title and description, 0–1. */
  textSimilarity: number;
  sameDepartment: boolean;
  /** The shared checklist code, or null when they differ or either has none. */
  sameChecklistCode: string | null;
  /** Equal after trimming and case. */
  sameLocation: boolean;
  /** pg_trgm similarity of the locations, 0 when either has none. */
  locationSimilarity: number;
  reportedAt: Date;
}

export interface RankedCandidate {
  id: string;
  score: number;
  reasons: string[];
}

function clamp01(value: number): number {
  return Math.max(0, Math.min(1, value));
}

/** The weighted sum, 0–1, unrounded. */
export function combineScore(signals: DuplicateSignals): number {
  const location = signals.sameLocation ? 1 : clamp01(signals.locationSimilarity);
  return (
    DUPLICATE_WEIGHTS.text * clamp01(signals.textSimilarity) +
    (signals.sameDepartment ? DUPLICATE_WEIGHTS.sameDepartment : 0) +
    (signals.sameChecklistCode !== null ? DUPLICATE_WEIGHTS.sameChecklist : 0) +
    DUPLICATE_WEIGHTS.location * location
  );
}

/** What a reviewer reads next to the score, in the order the signals weigh. */
export function duplicateReasons(signals: DuplicateSignals): string[] {
  const reasons = [`标题和描述相似度 ${clamp01(signals.textSimilarity).toFixed(2)}`];
  if (signals.sameDepartment) {
    reasons.push('同一责任单位');
  }
  if (signals.sameChecklistCode !== null) {
    reasons.push(`同一检查要点 ${signals.sameChecklistCode}`);
  }
  const location = clamp01(signals.locationSimilarity);
  if (signals.sameLocation) {
    reasons.push('地点相同');
  } else if (location >= NEAR_LOCATION) {
    reasons.push(`地点相近 ${location.toFixed(2)}`);
  }
  return reasons;
}

/**
 * The candidates worth showing: enough similar text, best score first (then the earlier report, then id,
 * so the order is stable), at most `limit`. Scores are shown to two decimals.
 */
export function rankCandidates(
  signals: readonly DuplicateSignals[],
  limit = MAX_DUPLICATE_CANDIDATES,
): RankedCandidate[] {
  return signals
    .filter((candidate) => candidate.textSimilarity >= MIN_TEXT_SIMILARITY)
    .map((candidate) => ({ candidate, score: combineScore(candidate) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.candidate.reportedAt.getTime() - b.candidate.reportedAt.getTime() ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
    .slice(0, limit)
    .map(({ candidate, score }) => ({
      id: candidate.id,
      score: Math.round(score * 100) / 100,
      reasons: duplicateReasons(candidate),
    }));
}
