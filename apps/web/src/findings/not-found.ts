import type { CombinedError } from 'urql';

/** Codes with which the API answers an id that does not exist, is malformed, or lies outside the caller's view. */
const NOT_FOUND_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

/**
 * Whether the answer to a lookup by id means "there is nothing here for you", rather than a failure. Only a
 * refusal of the lookup itself counts (its path is the query field alone): a refusal deeper down, of one
 * nested field, is a failure to show, not a missing record.
 */
export function isNotFound(found: unknown, error: CombinedError | undefined): boolean {
  if (!error) {
    return found === null;
  }
  return error.graphQLErrors.some(
    (e) => NOT_FOUND_CODES.has(String(e.extensions['code'])) && (e.path?.length ?? 1) <= 1,
  );
}
