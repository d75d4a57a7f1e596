/**
 * The unified indicators (统一效果) the data computes, by well-known code. A project's indicator with one of
 * these codes is never typed: its actual is counted over the findings, handoffs and evaluations of the node's
 * subtree. Any other code is entered by each tier, with its source and date.
 */
export enum ComputedIndicator {
  /** 交办率: handed-over findings / findings needing handover (accepted, not yet or already handed over). */
  HANDOVER_RATE = 'HANDOVER_RATE',
  /** 整改完成率: closed (rectified and checked) findings / handed-over findings. */
  RECTIFY_RATE = 'RECTIFY_RATE',
  /** 按期办结率: closed findings whose handoff closed on or before its deadline / closed findings. */
  ON_TIME_RATE = 'ON_TIME_RATE',
  /** 逾期率: open handed-over findings whose handoff is past its deadline / open handed-over findings. */
  OVERDUE_RATE = 'OVERDUE_RATE',
  /** 满意率: evaluated handoffs whose latest voted result is not failing / evaluated handoffs. */
  SATISFACTION_RATE = 'SATISFACTION_RATE',
}

const COMPUTED_CODES: ReadonlySet<string> = new Set(Object.values(ComputedIndicator));

export function isComputedIndicator(code: string): code is ComputedIndicator {
  return COMPUTED_CODES.has(code);
}

/** Indicators where a lower actual is better: met when the actual is at or below the target. */
const LOWER_IS_BETTER: ReadonlySet<string> = new Set([ComputedIndicator.OVERDUE_RATE]);

/** The counts the computed indicators are made of, over one subtree (they add up across subtrees). */
export interface IndicatorCounts {
  /** Findings accepted or beyond (ACCEPTED, HANDED_OVER, RECTIFYING, CLOSED). */
  needingHandover: number;
  /** HANDED_OVER, RECTIFYING or CLOSED. */
  handedOver: number;
  closed: number;
  /** Closed findings whose handoff closed on or before its deadline. */
  closedOnTime: number;
  /** Handed over, not closed. */
  open: number;
  /** Open findings whose handoff is not closed and whose deadline has passed. */
  overdue: number;
  /** Handoffs with a voted evaluation. */
  evaluated: number;
  /** Of those, the handoffs whose latest voted result is SATISFIED, BASICALLY_SATISFIED or PASSED. */
  satisfied: number;
}

export const NO_COUNTS: IndicatorCounts = {
  needingHandover: 0,
  handedOver: 0,
  closed: 0,
  closedOnTime: 0,
  open: 0,
  overdue: 0,
  evaluated: 0,
  satisfied: 0,
};

export function addCounts(a: IndicatorCounts, b: IndicatorCounts): IndicatorCounts {
  return {
    needingHandover: a.needingHandover + b.needingHandover,
    handedOver: a.handedOver + b.handedOver,
    closed: a.closed + b.closed,
    closedOnTime: a.closedOnTime + b.closedOnTime,
    open: a.open + b.open,
    overdue: a.overdue + b.overdue,
    evaluated: a.evaluated + b.evaluated,
    satisfied: a.satisfied + b.satisfied,
  };
}

/** A share as a percentage rounded to two decimals; null when nothing is counted yet. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
}

/** The percentage a computed indicator takes from the counts of a subtree. */
export function computedActual(code: ComputedIndicator, counts: IndicatorCounts): number | null {
  switch (code) {
    case ComputedIndicator.HANDOVER_RATE:
      return percentage(counts.handedOver, counts.needingHandover);
    case ComputedIndicator.RECTIFY_RATE:
      return percentage(counts.closed, counts.handedOver);
    case ComputedIndicator.ON_TIME_RATE:
      return percentage(counts.closedOnTime, counts.closed);
    case ComputedIndicator.OVERDUE_RATE:
      return percentage(counts.overdue, counts.open);
    case ComputedIndicator.SATISFACTION_RATE:
      return percentage(counts.satisfied, counts.evaluated);
  }
}

/** Met: at or above the target, or at or below it where lower is better; null while there is no actual. */
export function isMet(code: string, target: number, actual: number | null): boolean | null {
  if (actual === null) {
    return null;
  }
  return LOWER_IS_BETTER.has(code) ? actual <= target : actual >= target;
}

export function lowerIsBetter(code: string): boolean {
  return LOWER_IS_BETTER.has(code);
}

/** A tier's latest entered value, at its tenant path. */
export interface EnteredAt {
  tenantPath: string;
  value: number;
}

/**
 * The rolled-up actual of an entered indicator at `nodePath`: the node's own latest value when it entered one;
 * else the mean of the rolled-up actuals of its children that have one (each child counts once, however many
 * tiers lie below it); null when no tier of the subtree entered a value. Values outside the subtree are ignored.
 */
export function rollUpEntered(nodePath: string, values: readonly EnteredAt[]): number | null {
  const own = values.find((entered) => entered.tenantPath === nodePath);
  if (own) {
    return own.value;
  }
  const depth = nodePath.split('.').length;
  const children = new Set<string>();
  for (const entered of values) {
    const labels = entered.tenantPath.split('.');
    if (labels.length > depth && entered.tenantPath.startsWith(`${nodePath}.`)) {
      children.add(labels.slice(0, depth + 1).join('.'));
    }
  }
  const actuals = [...children]
    .map((child) => rollUpEntered(child, values))
    .filter((actual): actual is number => actual !== null);
  if (actuals.length === 0) {
    return null;
  }
  return Math.round((actuals.reduce((sum, actual) => sum + actual, 0) / actuals.length) * 100) / 100;
}
