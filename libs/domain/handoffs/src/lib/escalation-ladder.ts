/** The escalation ladder (督办层级): level → name. Level 1 is automatic at the deadline. */
export const ESCALATION_LEVELS: Readonly<Record<number, string>> = {
  1: '催办',
  2: '督办函',
  3: '挂牌督办',
  4: '约谈',
  5: '专题询问/质询',
  6: '线索移送',
};

export const AUTOMATIC_DEADLINE_LEVEL = 1;

/** The highest level reached without a person deciding: 3 (挂牌督办), raised to the parent tenant. */
export const TOP_AUTOMATIC_LEVEL = 3;

/** Working days after the deadline (level 2), and after level 2 (level 3); configurable per tenant. */
export interface LadderSettings {
  level2AfterDays: number;
  level3AfterDays: number;
}

export const DEFAULT_LADDER: LadderSettings = { level2AfterDays: 5, level3AfterDays: 10 };

export function escalationName(level: number): string {
  return ESCALATION_LEVELS[level] ?? `第${level}级督办`;
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
    return 3;
  }
  if (workingDaysSinceDeadline >= ladder.level2AfterDays) {
    return 2;
  }
  return AUTOMATIC_DEADLINE_LEVEL;
}
