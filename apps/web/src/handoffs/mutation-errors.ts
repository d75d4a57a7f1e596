import type { CombinedError } from 'urql';

/**
 * The API's field errors (`extensions.fields: [{ field, message }]` on BAD_USER_INPUT) as Chinese messages
 * keyed by the input's own field name ("input.measures" → "measures"), so a form can show each beside its
 * field.
 */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const graphqlError of error?.graphQLErrors ?? []) {
    const fields = graphqlError.extensions['fields'];
    if (!Array.isArray(fields)) {
      continue;
    }
    for (const item of fields as unknown[]) {
      if (typeof item !== 'object' || item === null) {
        continue;
      }
      const { field, message } = item as { field?: unknown; message?: unknown };
      if (typeof field === 'string' && typeof message === 'string') {
        const name = field.split('.').pop() ?? field;
        result[name] = message.split(' / ')[0]?.trim() || message;
      }
    }
  }
  return result;
}
