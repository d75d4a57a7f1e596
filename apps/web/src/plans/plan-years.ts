/**
 * The years the picker offers: every year holding an annual plan or a joint project, the current year and
 * the next (plans are written in the autumn for the coming year), newest first. It opens on the latest year
 * with data, so a city sees its work at once; with no data yet, on the current year.
 */
export function planYears(
  yearsWithData: number[],
  currentYear: number,
): { years: number[]; initial: number } {
  const years = [...new Set([...yearsWithData, currentYear, currentYear + 1])].sort((a, b) => b - a);
  const initial = yearsWithData.length > 0 ? Math.max(...yearsWithData) : currentYear;
  return { years, initial };
}
