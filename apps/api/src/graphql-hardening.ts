import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import type { GraphqlLimits } from '@liandong/config';
import type { Reason, Said } from '@liandong/errors';

export const GRAPHQL_PATH = '/graphql';

/** Operations use a few @include/@skip at most; armor's default. */
const MAX_DIRECTIVES = 50;

/** graphql-js's parse error when `parseOptions.maxTokens` stops it (16.x spells it "more that"). */
const TOKEN_LIMIT_ERROR = /Document contains more tha[nt] \d+ tokens/;

/** The Apollo options that bound what one GraphQL request may ask for. */
export interface GraphqlHardening {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  allowBatchedHttpRequests: false;
}

/**
 * Depth, alias, directive and cost limits as validation rules, and the token limit in the parser, so an
 * oversized operation is refused (400) before any resolver runs, with a message in Chinese and English.
 */
export function hardeningFor(limits: GraphqlLimits): GraphqlHardening {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      ...refuseWith('QUERY_TOO_DEEP', {
        zh: `查询嵌套超过 ${limits.maxDepth} 层`,
        en: `The query is nested more than ${limits.maxDepth} levels deep.`,
      }),
    },
    maxAliases: {
      n: limits.maxAliases,
      ...refuseWith('TOO_MANY_ALIASES', {
        zh: `查询使用的别名超过 ${limits.maxAliases} 个`,
        en: `The query uses more than ${limits.maxAliases} aliases.`,
      }),
    },
    maxDirectives: {
      n: MAX_DIRECTIVES,
      ...refuseWith('TOO_MANY_DIRECTIVES', {
        zh: `查询使用的指令超过 ${MAX_DIRECTIVES} 个`,
        en: `The query uses more than ${MAX_DIRECTIVES} directives.`,
      }),
    },
    costLimit: {
      maxCost: limits.maxCost,
      flattenFragments: true,
      ...refuseWith('QUERY_TOO_COSTLY', {
        zh: `查询过于复杂(上限 ${limits.maxCost}),请减少字段、嵌套或每页条数`,
        en: `The query is too costly (limit ${limits.maxCost}); ask for fewer fields, less nesting or smaller pages.`,
      }),
    },
    // Armor's token limit throws from a plugin hook, which Apollo 5 answers with a 500; graphql-js's own
    // limit (parseOptions below) fails the parse instead: a clean 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    // formatGraphqlError drops every "Did you mean …?", including the enum-value hints armor's mask misses.
    blockFieldSuggestion: { enabled: false },
  });
  return {
    plugins: [tokenLimitMessage(limits.maxTokens)],
    validationRules: armor.protect().validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    // Apollo's default as well; said here so that an upgrade changing it cannot let 1,000 operations share a request.
    allowBatchedHttpRequests: false,
  };
}

/** A refusal of the request itself, worded like the API's other refusals: its reason and both languages. */
function requestRefusal(reason: Reason, said: Said): GraphQLError {
  return new GraphQLError(`${said.zh} / ${said.en}`, { extensions: { reason, zh: said.zh, en: said.en } });
}

/**
 * Armor reports its own English "Syntax Error: …" unless told otherwise; this reports our sentence instead.
 * Apollo gives validation errors the code GRAPHQL_VALIDATION_FAILED.
 */
function refuseWith(reason: Reason, said: Said) {
  return {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(requestRefusal(reason, said))],
  };
}

/** Words graphql-js's token-limit error the way the other limits are worded. */
function tokenLimitMessage(maxTokens: number): ApolloServerPlugin {
  const refusal = requestRefusal('QUERY_TOO_LONG', {
    zh: `查询文本过长(超过 ${maxTokens} 个词法单元),请用变量传递数据`,
    en: `The query text is too long (more than ${maxTokens} tokens); pass data in variables.`,
  });
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors }) => {
          for (const error of errors) {
            if (TOKEN_LIMIT_ERROR.test(error.message)) {
              error.message = refusal.message;
              Object.assign(error.extensions, refusal.extensions);
            }
          }
          return Promise.resolve();
        },
      }),
  };
}
