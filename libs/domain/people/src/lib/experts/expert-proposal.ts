import { EXPERT_EXCLUSION_TEXTS, ExpertConflictKind, ExpertExclusion, ExpertStatus } from './expert-kinds';

/** What the rules need of an expert. */
export interface PoolExpert {
  id: string;
  name: string;
  fields: readonly string[];
  departmentId: string | null;
  status: ExpertStatus;
  termStartsOn: string;
  termEndsOn: string;
}

/** A declared conflict still standing (not withdrawn). */
export interface StandingConflict {
  expertId: string;
  kind: ExpertConflictKind;
  departmentId: string | null;
  activityId: string | null;
  projectId: string | null;
}

/** The activity experts are checked against: its units under supervision (被监督单位) and its day. */
export interface ProposalActivity {
  id: string;
  projectId: string;
  /** YYYY-MM-DD, Beijing: the day it takes place. */
  day: string;
  subjectDepartmentIds: readonly string[];
}

export interface Exclusion {
  code: ExpertExclusion;
  text: string;
}

export interface ProposedExpert<E extends PoolExpert> {
  expert: E;
  workload: number;
  why: string;
}

export interface ExcludedExpert<E extends PoolExpert> {
  expert: E;
  exclusions: Exclusion[];
}

export interface Proposal<E extends PoolExpert> {
  candidates: Array<ProposedExpert<E>>;
  excluded: Array<ExcludedExpert<E>>;
}

/** The exclusions that bar an invitation; ALREADY_INVITED does not (an invitation is idempotent). */
export const BARRING_EXCLUSIONS: ReadonlySet<ExpertExclusion> = new Set([
  ExpertExclusion.SAME_UNIT,
  ExpertExclusion.RELATION,
  ExpertExclusion.RECUSAL,
  ExpertExclusion.INACTIVE,
  ExpertExclusion.TERM_ENDED,
]);

function exclusion(code: ExpertExclusion): Exclusion {
  return { code, text: EXPERT_EXCLUSION_TEXTS[code] };
}

/**
 * Why an expert may not serve on the activity, most telling first; empty when nothing stands in the way.
 * A conflict counts only when its unit is one of the activity's subjects, or it names the activity or its
 * project.
 */
export function exclusionsOf(
  expert: PoolExpert,
  conflicts: readonly StandingConflict[],
  activity: ProposalActivity,
  alreadyInvited: boolean,
): Exclusion[] {
  const subjects = new Set(activity.subjectDepartmentIds);
  const own = conflicts.filter((conflict) => conflict.expertId === expert.id);
  const found: Exclusion[] = [];
  const sameUnit =
    (expert.departmentId !== null && subjects.has(expert.departmentId)) ||
    own.some(
      (c) =>
        c.kind === ExpertConflictKind.SAME_UNIT && c.departmentId !== null && subjects.has(c.departmentId),
    );
  if (sameUnit) {
    found.push(exclusion(ExpertExclusion.SAME_UNIT));
  }
  if (
    own.some(
      (c) =>
        c.kind === ExpertConflictKind.RELATION && c.departmentId !== null && subjects.has(c.departmentId),
    )
  ) {
    found.push(exclusion(ExpertExclusion.RELATION));
  }
  if (
    own.some(
      (c) =>
        c.kind === ExpertConflictKind.RECUSAL &&
        (c.activityId === activity.id || c.projectId === activity.projectId),
    )
  ) {
    found.push(exclusion(ExpertExclusion.RECUSAL));
  }
  if (expert.status !== ExpertStatus.ACTIVE) {
    found.push(exclusion(ExpertExclusion.INACTIVE));
  }
  if (expert.termEndsOn < activity.day || expert.termStartsOn > activity.day) {
    found.push(exclusion(ExpertExclusion.TERM_ENDED));
  }
  if (alreadyInvited) {
    found.push(exclusion(ExpertExclusion.ALREADY_INVITED));
  }
  return found;
}

/** True when one of the exclusions bars inviting the expert. */
export function barsInvitation(exclusions: readonly Exclusion[]): boolean {
  return exclusions.some((e) => BARRING_EXCLUSIONS.has(e.code));
}

/**
 * Proposes experts of `field` for an activity: those with nothing against them, the least loaded first
 * (then by name, then id), at most `count`; and every expert of the field that is excluded, with why.
 * Experts of other fields are not considered at all.
 */
export function proposeExperts<E extends PoolExpert>(input: {
  experts: readonly E[];
  conflicts: readonly StandingConflict[];
  activity: ProposalActivity;
  field: string;
  count: number;
  /** Assignments per expert id in the activity's year. */
  workload: ReadonlyMap<string, number>;
  invited: ReadonlySet<string>;
}): Proposal<E> {
  const candidates: Array<ProposedExpert<E>> = [];
  const excluded: Array<ExcludedExpert<E>> = [];
  for (const expert of input.experts) {
    if (!expert.fields.includes(input.field)) {
      continue;
    }
    const exclusions = exclusionsOf(expert, input.conflicts, input.activity, input.invited.has(expert.id));
    if (exclusions.length > 0) {
      excluded.push({ expert, exclusions });
      continue;
    }
    const workload = input.workload.get(expert.id) ?? 0;
    candidates.push({
      expert,
      workload,
      why: `领域「${input.field}」匹配,无利益冲突,本年度已参加 ${workload} 次`,
    });
  }
  candidates.sort(
    (a, b) =>
      a.workload - b.workload ||
      a.expert.name.localeCompare(b.expert.name, 'zh-Hans-CN') ||
      (a.expert.id < b.expert.id ? -1 : a.expert.id > b.expert.id ? 1 : 0),
  );
  excluded.sort((a, b) => a.expert.name.localeCompare(b.expert.name, 'zh-Hans-CN'));
  return { candidates: candidates.slice(0, Math.max(0, input.count)), excluded };
}
