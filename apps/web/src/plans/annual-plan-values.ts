import type { AnnualPlanInput } from '../graphql/generated/graphql';
import type { FieldProblem } from './unifications-values';

export interface AnnualPlanValues {
  title: string;
  items: Array<{ title: string; isKey: boolean; isJoint: boolean }>;
}

/** An annual plan needs a title and at least one named item. */
export function annualPlanProblems(values: AnnualPlanValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!values.title?.trim()) {
    problems.push({ name: ['title'], message: '请填写计划名称' });
  }
  if (values.items.length === 0) {
    problems.push({ name: ['title'], message: '请至少列出一个监督项目' });
  }
  values.items.forEach((item, index) => {
    if (!item.title?.trim()) {
      problems.push({ name: ['items', index, 'title'], message: '请填写项目名称' });
    }
  });
  return problems;
}

export function toAnnualPlanInput(year: number, values: AnnualPlanValues): AnnualPlanInput {
  return {
    year,
    title: values.title.trim(),
    items: values.items.map((item) => ({
      title: item.title.trim(),
      isKey: item.isKey,
      isJoint: item.isJoint,
    })),
  };
}
