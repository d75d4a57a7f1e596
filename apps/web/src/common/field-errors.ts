import type { CombinedError } from 'urql';
import { chineseHalf } from './chinese';

export interface FieldError {
  /** The input's path as the API names it: `name`, `input.deadline`, `findings[2].title`. */
  field: string;
  message: string;
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const entry = value as Record<string, unknown>;
  return typeof entry['field'] === 'string' && typeof entry['message'] === 'string';
}

/**
 * The fields a BAD_USER_INPUT refusal names (extensions.fields), each with the Chinese half of its message,
 * so a form can show every problem beside the input that caused it.
 */
export function fieldErrors(error: CombinedError | undefined): FieldError[] {
  return (error?.graphQLErrors ?? []).flatMap((graphqlError) => {
    const fields: unknown = graphqlError.extensions['fields'];
    return Array.isArray(fields)
      ? fields.filter(isFieldError).map(({ field, message }) => ({ field, message: chineseHalf(message) }))
      : [];
  });
}
