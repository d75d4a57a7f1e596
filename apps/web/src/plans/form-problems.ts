import type { FormInstance } from 'antd';
import type { FieldProblem } from './unifications-values';

/** Shows each problem under its field, replacing whatever the last attempt showed. */
export function showFieldProblems(form: FormInstance, problems: FieldProblem[]): void {
  const stale = form
    .getFieldsError()
    .filter((field) => field.errors.length > 0)
    .map((field) => ({ name: field.name, errors: [] }));
  form.setFields([
    ...stale,
    ...problems.map((problem) => ({ name: problem.name, errors: [problem.message] })),
  ]);
}
