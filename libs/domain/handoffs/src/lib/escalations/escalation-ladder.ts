/**
 * The escalation ladder (督办层级): its levels and names, which are reached automatically and when, and
 * which tier carries each step. Every way a handoff climbs (the deadline, a person, two unsatisfied
 * evaluations) goes through EscalationsService, which applies these rules.
 */
export const ESCALATION_LEVELS: Readonly<Record<number, string>> = {
  1: '催办',
  2: '督办函',
  3: '挂牌督办',
  4: '约谈',
  5: '专题询问/质询',
  6: '线索移送',
};

/** 催办: reached automatically at the deadline. */
export const AUTOMATIC_DEADLINE_LEVEL = 1;

/** The highest level reached without a person deciding: 3 (挂牌督办). */
export const TOP_AUTOMATIC_LEVEL = 3;

/** 约谈: where two unsatisfied evaluations in a row put a handoff. */
export const TWICE_UNSATISFIED_LEVEL = 4;

/** 线索移送: the step that refers the item to a collaborating body, and so names one. */
export const REFERRAL_LEVEL = 6;

/** The top of the ladder: nothing climbs above it. */
export const TOP_LEVEL = 6;

/** Working days after the deadline (level 2), and after level 2 (level 3); configurable per tenant. */
export interface LadderSettings {
  level2AfterDays: number;
  level3AfterDays: number;
}

export const DEFAULT_LADDER: LadderSettings = { level2AfterDays: 5, level3AfterDays: 10 };

export function escalationName(level: number): string {
  return ESCALATION_LEVELS[level] ?? `第${level}级督办`;
}

/** From 挂牌督办 up, a step is raised to the parent of the handing-over tenant. */
export function raisedToParent(level: number): boolean {
  return level >= TOP_AUTOMATIC_LEVEL;
}

/**
 * The level a handoff should have reached by `now` through automatic steps alone: 1 at the deadline,
 * 2 after `level2AfterDays` more working days, 3 after `level3AfterDays` more. `workingDaysSinceDeadline`
 * counts working calendar dates from the deadline's date up to today's (Asia/Shanghai).
 */
export function automaticLevelDue(
  handoff: { deadline: Date; closed: boolean },
  now: Date,
  workingDaysSinceDeadline = 0,
  ladder: LadderSettings = DEFAULT_LADDER,
): number {
  if (handoff.closed || now.getTime() < handoff.deadline.getTime()) {
    return 0;
  }
  if (workingDaysSinceDeadline >= ladder.level2AfterDays + ladder.level3AfterDays) {
    return TOP_AUTOMATIC_LEVEL;
  }
  if (workingDaysSinceDeadline >= ladder.level2AfterDays) {
    return 2;
  }
  return AUTOMATIC_DEADLINE_LEVEL;
}

/** Working days after the deadline at which an automatic `level` falls due; null above the automatic part. */
export function workingDaysUntilLevel(level: number, ladder: LadderSettings): number | null {
  switch (level) {
    case AUTOMATIC_DEADLINE_LEVEL:
      return 0;
    case 2:
      return ladder.level2AfterDays;
    case TOP_AUTOMATIC_LEVEL:
      return ladder.level2AfterDays + ladder.level3AfterDays;
    default:
      return null;
  }
}

export interface Tier {
  id: string;
  path: string;
}

/**
 * The tier a step is raised to and recorded with (its `escalatedToMe` ledger shows it): the handing-over
 * tenant, or from 挂牌督办 up its parent; a tier above that which takes the step up by hand carries it itself.
 */
export function carryingTier(
  level: number,
  tiers: { handing: Tier; parent: Tier | null; by?: Tier | null },
): Tier {
  const ladder = raisedToParent(level) && tiers.parent ? tiers.parent : tiers.handing;
  const by = tiers.by;
  return by && by.id !== ladder.id && ladder.path.startsWith(`${by.path}.`) ? by : ladder;
}
