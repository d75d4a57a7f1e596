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

export function escalationName(level: number): string {
  return ESCALATION_LEVELS[level] ?? `第${level}级督办`;
}

/** The level a handoff should have reached by `now` through automatic steps alone. */
export function automaticLevelDue(handoff: { deadline: Date; closed: boolean }, now: Date): number {
  if (handoff.closed || now.getTime() < handoff.deadline.getTime()) {
    return 0;
  }
  return AUTOMATIC_DEADLINE_LEVEL;
}
