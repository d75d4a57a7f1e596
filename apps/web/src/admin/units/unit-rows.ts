import type { UnitRowFragment } from '../../graphql/generated/graphql';

/** The units as the table lists them: those in use first, then by code. */
export function sortedUnits(units: readonly UnitRowFragment[]): UnitRowFragment[] {
  return [...units].sort(
    (a, b) => Number(a.retiredAt !== null) - Number(b.retiredAt !== null) || a.code.localeCompare(b.code),
  );
}

/** What the confirmation of 撤销 says: a unit with open handoffs is refused until they are reassigned. */
export function retireWarning(unit: Pick<UnitRowFragment, 'openHandoffs'>): string {
  return unit.openHandoffs > 0
    ? `该单位还有 ${unit.openHandoffs} 件交办事项未办结,须先在“交办”中改派给其他单位,才能撤销。`
    : '撤销后保留其交办事项和历史记录,但不能再向其交办、改派或转办。';
}

/** The count of open handoffs a refused 撤销 names (`extensions.openHandoffs`), or null. */
export function openHandoffsOf(refusal: Readonly<Record<string, unknown>> | undefined): number | null {
  const count = refusal?.['openHandoffs'];
  return refusal?.['reason'] === 'DEPARTMENT_HAS_OPEN_HANDOFFS' && typeof count === 'number' ? count : null;
}
