import type { CombinedError } from 'urql';

export interface FieldError {
  field: string;
  message: string;
}

/** The Chinese half of an API sentence written as "中文 / English"; the whole text when it has no such half. */
export function chineseHalf(message: string): string {
  return message.split(/\s?\/\s/)[0]?.trim() || message;
}

function isFieldProblem(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const problem = value as Record<string, unknown>;
  return typeof problem['field'] === 'string' && typeof problem['message'] === 'string';
}

/**
 * The fields a BAD_USER_INPUT refusal names (`extensions.fields`), with their Chinese messages, so a form can
 * show each one beside its input. Field names are the API's paths (e.g. `input.deadline`).
 */
export function fieldErrors(error: CombinedError | undefined): FieldError[] {
  if (!error) {
    return [];
  }
  return error.graphQLErrors.flatMap((graphqlError) => {
    const fields: unknown = graphqlError.extensions['fields'];
    return Array.isArray(fields)
      ? fields.filter(isFieldProblem).map(({ field, message }) => ({ field, message: chineseHalf(message) }))
      : [];
  });
}
