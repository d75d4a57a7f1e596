import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';

/** What an API refusal carries beside its code: a reason and what a person is told, apart. */
export interface RefusalExtensions extends Record<string, unknown> {
  code: string;
  reason?: string;
  zh?: string;
  en?: string;
}

/**
 * A refused request the way the API answers it: `extensions` as given, and the contract's `message` that joins
 * the two languages (which the console never reads).
 */
export function refusedWith(extensions: RefusalExtensions): CombinedError {
  const message = `${extensions.zh ?? ''} / ${extensions.en ?? ''}`;
  return new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });
}

/** A field or row problem the way a refusal lists it. */
export function problem(field: string, reason: string, zh: string, en: string) {
  return { field, reason, zh, en, message: `${zh} / ${en}` };
}
