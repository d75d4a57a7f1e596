import type { CombinedError } from 'urql';

export interface FieldError {
  /** The input's path as the API names it: `name`, `input.deadline`, `findings[2].title`. */
  field: string;
  message: string;
}

/**
 * The fields a BAD_USER_INPUT error names (extensions.fields), each with the Chinese half of its message,
 * so a form can show every problem beside the input that caused it.
 */
export function fieldErrors(error: CombinedError | undefined): FieldError[] {
  const first = error?.graphQLErrors[0];
  const fields = first?.extensions['fields'];
  if (!Array.isArray(fields)) {
    return [];
  }
  return fields.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) {
      return [];
    }
    const { field, message } = entry as Record<string, unknown>;
    if (typeof field !== 'string' || typeof message !== 'string') {
      return [];
    }
    return [{ field, message: message.split(' / ')[0]?.trim() || message }];
  });
}
