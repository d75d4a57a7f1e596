import type { CombinedError } from 'urql';
import { fieldErrors } from '../common/field-errors';

/**
 * The API's field errors as Chinese messages keyed by the input's own field name ("input.measures" →
 * "measures"), so a dialog can show each beside its field.
 */
export function fieldErrorsByName(error: CombinedError | undefined): Record<string, string> {
  return Object.fromEntries(
    fieldErrors(error).map(({ field, message }) => [field.split('.').pop() ?? field, message]),
  );
}
