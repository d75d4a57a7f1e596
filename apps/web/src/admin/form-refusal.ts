import type { CombinedError } from 'urql';
import { errorMessage } from '../common/error-message';
import { fieldErrors } from '../common/field-errors';

export interface FormProblem<F extends string> {
  name: F;
  errors: string[];
}

/** Refusals that name no field but are about one: shown beside it. */
const FIELD_OF_REASON: Readonly<Record<string, string>> = {
  DUPLICATE_CODE: 'code',
  DUPLICATE_USERNAME: 'username',
  ROLE_NOT_GRANTABLE: 'roles',
};

/**
 * Where a refused create or update shows in its form: every field the API names (`input.code` → `code`)
 * beside that field, a conflict about a field (a taken code) beside it, anything else beside `fallback`.
 */
export function formProblems<F extends string>(
  error: CombinedError | undefined,
  fields: readonly F[],
  fallback: F,
): Array<FormProblem<F>> {
  const isField = (name: string | undefined): name is F =>
    name !== undefined && (fields as readonly string[]).includes(name);
  const byField = new Map<F, string[]>();
  for (const problem of fieldErrors(error)) {
    const name = problem.field.replace(/^input\./, '');
    if (isField(name)) {
      byField.set(name, [...(byField.get(name) ?? []), problem.message]);
    }
  }
  if (byField.size > 0) {
    return [...byField].map(([name, errors]) => ({ name, errors }));
  }
  const reason = error?.graphQLErrors[0]?.extensions['reason'];
  const named = typeof reason === 'string' ? FIELD_OF_REASON[reason] : undefined;
  return [{ name: isField(named) ? named : fallback, errors: [errorMessage(error)] }];
}
