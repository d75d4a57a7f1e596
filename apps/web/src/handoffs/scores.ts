/**
 * The scores of a 百分制 evaluation as typed in one box, separated by spaces, commas or new lines
 * (offices paste them from a spreadsheet column). Each must be a number from 0 to 100.
 */
export function parseScores(input: string): { scores: number[] } | { error: string } {
  const parts = input.split(/[\s,,、;;]+/).filter((part) => part !== '');
  if (parts.length === 0) {
    return { error: '请填写各参评人员的评分' };
  }
  const scores = parts.map(Number);
  const bad = parts.find((_, index) => {
    const score = scores[index] ?? NaN;
    return !Number.isFinite(score) || score < 0 || score > 100;
  });
  return bad === undefined ? { scores } : { error: `评分「${bad}」无效,每个评分须为 0–100 的数` };
}
