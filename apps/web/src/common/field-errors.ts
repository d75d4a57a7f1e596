import type { CombinedError } from 'urql';
import { problemText } from './refusal-text';

export interface FieldError {
  /** The input's path as the API names it: `name`, `input.deadline`, `findings[2].title`. */
  field: string;
  /** What the console shows beside the field. */
  message: string;
}

/**
 * The fields a BAD_USER_INPUT refusal names (extensions.fields), each with the console's text for it, so a
 * form can show every problem beside the input that caused it.
 */
export function fieldErrors(error: CombinedError | undefined): FieldError[] {
  return (error?.graphQLErrors ?? []).flatMap((graphqlError) => {
    const fields: unknown = graphqlError.extensions['fields'];
    if (!Array.isArray(fields)) {
      return [];
    }
    return fields.flatMap((entry: unknown): FieldError[] => {
      if (typeof entry !== 'object' || entry === null) {
        return [];
      }
      const problem = entry as Record<string, unknown>;
      const field = problem['field'];
      return typeof field === 'string' ? [{ field, message: problemText(problem) }] : [];
    });
  });
}
