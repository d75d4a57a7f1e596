import { z } from 'zod';
import { AppException, Said } from '@liandong/errors';
import { isCalendarDay } from '@liandong/time';
import { EvaluationResult, EvaluationScheme } from '../evaluations/evaluation.entity';
import { evaluate, isFailing, MAX_ELIGIBLE } from '../evaluations/evaluation-rules';
import { AppraisalGroupKind, AppraisalKind, AppraisalStatus, AppraisalSubjectKind } from './appraisal.entity';

export const APPRAISAL: Said = { zh: '评议', en: 'Appraisal' };
export const APPRAISAL_SUBJECT: Said = { zh: '评议对象', en: 'Appraisal subject' };

export const MAX_SUBJECTS = 100;
export const MAX_GROUPS = 10;

/** An appraisal is prepared, voted on group by group, then decided; nothing goes back. */
const TRANSITIONS: Record<AppraisalStatus, readonly AppraisalStatus[]> = {
  [AppraisalStatus.DRAFT]: [AppraisalStatus.VOTING],
  [AppraisalStatus.VOTING]: [AppraisalStatus.DECIDED],
  [AppraisalStatus.DECIDED]: [],
};

export function canTransitionAppraisal(from: AppraisalStatus, to: AppraisalStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertAppraisalTransition(from: AppraisalStatus, to: AppraisalStatus): void {
  if (!canTransitionAppraisal(from, to)) {
    throw AppException.conflict('APPRAISAL_TRANSITION_NOT_ALLOWED', {
      zh: `评议状态为 ${from},不能变为 ${to}`,
      en: `A ${from} appraisal cannot become ${to}.`,
    });
  }
}

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what}不能为空 / must not be empty` })
    .max(max, { message: `${what}不能超过 ${max} 字 / at most ${max} characters` });

export const calendarDay = z
  .string()
  .refine(isCalendarDay, { message: '日期须为 YYYY-MM-DD / a day as YYYY-MM-DD' });

export const appraisalSchema = z.object({
  title: text(200, '评议名称'),
  kind: z.enum(AppraisalKind, { message: '未知的评议类别 / unknown kind' }),
  scheme: z.enum(EvaluationScheme, { message: '未知的测评方式 / unknown scheme' }),
  heldOn: calendarDay,
  projectId: z.string().nullish(),
  sessionId: z.string().nullish(),
  subjects: z
    .array(
      z
        .object({
          kind: z.enum(AppraisalSubjectKind, { message: '未知的评议对象类别 / unknown kind' }),
          name: text(100, '名称'),
          post: text(200, '职务').nullish(),
          departmentId: z.string(),
        })
        .refine((subject) => subject.kind !== AppraisalSubjectKind.PERSON || !!subject.post, {
          message: '评议个人须填写职务 / a person needs a post',
          path: ['post'],
        }),
    )
    .min(1, { message: '至少一个评议对象 / at least one subject' })
    .max(MAX_SUBJECTS, { message: `最多 ${MAX_SUBJECTS} 个评议对象 / at most ${MAX_SUBJECTS}` }),
  groups: z
    .array(
      z.object({
        name: text(100, '投票群体名称'),
        kind: z.enum(AppraisalGroupKind, { message: '未知的投票群体类别 / unknown kind' }),
        eligible: z
          .number()
          .int({ message: '应参评人数须为整数 / a whole number' })
          .min(1, { message: `应参评人数须为 1–${MAX_ELIGIBLE} / 1–${MAX_ELIGIBLE}` })
          .max(MAX_ELIGIBLE, { message: `应参评人数须为 1–${MAX_ELIGIBLE} / 1–${MAX_ELIGIBLE}` }),
      }),
    )
    .min(1, { message: '至少一个投票群体 / at least one voter group' })
    .max(MAX_GROUPS, { message: `最多 ${MAX_GROUPS} 个投票群体 / at most ${MAX_GROUPS}` }),
});

export const reReportSchema = text(10_000, '整改再报告');

/** One group's recorded votes on one subject. */
export interface GroupVotes {
  eligible: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  scoreCount: number;
  averageScore: number | null;
}

/** A subject's votes over every group, its overall result and its place in the ranking. */
export interface SubjectOutcome {
  eligible: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  averageScore: number | null;
  /** null until every group has voted on the subject. */
  result: EvaluationResult | null;
  failing: boolean;
  rank: number | null;
}

/**
 * The overall result of a subject, once every group has voted: the groups' votes added up against all
 * their eligible together, by the scheme's own rule (`evaluate`); SCORE_100 averages all the scores.
 */
export function overall(
  scheme: EvaluationScheme,
  groups: number,
  votes: readonly GroupVotes[],
): SubjectOutcome {
  const sum = (pick: (v: GroupVotes) => number) => votes.reduce((total, v) => total + pick(v), 0);
  const scoreCount = sum((v) => v.scoreCount);
  const averageScore =
    scheme === EvaluationScheme.SCORE_100 && scoreCount > 0
      ? Math.round((sum((v) => (v.averageScore ?? 0) * v.scoreCount) / scoreCount) * 1e6) / 1e6
      : null;
  const totals = {
    eligible: sum((v) => v.eligible),
    satisfied: sum((v) => v.satisfied),
    basicallySatisfied: sum((v) => v.basicallySatisfied),
    unsatisfied: sum((v) => v.unsatisfied),
    averageScore,
  };
  const complete = votes.length === groups && groups > 0;
  const result = complete ? evaluate(scheme, totals.eligible, totals) : null;
  return { ...totals, result, failing: isFailing(result), rank: null };
}

/** What orders the ranking: the average score, or the satisfied share then the satisfied-or-basically share. */
function rankKey(scheme: EvaluationScheme, outcome: SubjectOutcome): [number, number] {
  if (scheme === EvaluationScheme.SCORE_100) {
    return [outcome.averageScore ?? -1, 0];
  }
  return [
    outcome.satisfied / outcome.eligible,
    (outcome.satisfied + outcome.basicallySatisfied) / outcome.eligible,
  ];
}

/**
 * Ranks the subjects with a result, best first (1, 2, 2, 4 on ties); subjects not yet fully voted on
 * have no rank. Returns the outcomes with `rank` set, in the order given.
 */
export function rank(scheme: EvaluationScheme, outcomes: readonly SubjectOutcome[]): SubjectOutcome[] {
  const keyed = outcomes
    .map((outcome, index) => ({ index, key: outcome.result === null ? null : rankKey(scheme, outcome) }))
    .filter((entry): entry is { index: number; key: [number, number] } => entry.key !== null);
  const ranks = new Map<number, number>();
  for (const entry of keyed) {
    const better = keyed.filter(
      (other) =>
        other.key[0] > entry.key[0] || (other.key[0] === entry.key[0] && other.key[1] > entry.key[1]),
    ).length;
    ranks.set(entry.index, better + 1);
  }
  return outcomes.map((outcome, index) => ({ ...outcome, rank: ranks.get(index) ?? null }));
}
