import { GraphQLNamedType, isEnumType } from 'graphql';
import { shanghaiDay } from '@liandong/time';
import { ValueContext } from './schema-walk';

const DAY = 86_400_000;

/** Dates by the name of the field: a span that starts before it ends, deadlines and extensions ahead. */
const DATE_OFFSETS_IN_DAYS: Record<string, number> = {
  from: -10,
  to: 10,
  startsAt: 1,
  endsAt: 60,
  dueAt: 20,
  deadline: 40,
  until: 90,
};

const INTS: Record<string, number> = {
  year: 2023,
  eligible: 10,
  percentDone: 50,
  satisfied: 1,
  basicallySatisfied: 0,
  unsatisfied: 0,
  workingDays: 10,
  level2AfterDays: 5,
  level3AfterDays: 10,
  first: 20,
};

const FLOATS: Record<string, number> = { target: 90, scores: 80 };

/** Names whose boolean is safer false: `relapsed` would reopen, `unreadOnly` would narrow. */
const FALSE_BOOLEANS = new Set(['relapsed', 'unreadOnly']);

/** DisclosureSubjectKind: a closed handoff, the kind the key guesser takes a disclosure's subject for. */
const PREFERRED_ENUMS: Record<string, string> = {
  Severity: 'NORMAL',
  EvaluationScheme: 'THREE_GRADE',
  DisclosureSubjectKind: 'CLOSURE',
};

/**
 * Enum values by the input and field holding them, where the first value of the type would stop a mutation
 * before it looks at the keys: a COORDINATOR may not grant ADMIN, a new account with a unit is a DEPARTMENT
 * account, and an account moved to a committee is staff.
 */
const PREFERRED_FIELD_ENUMS: Record<string, unknown> = {
  'AccountInput.roles': ['DEPARTMENT'],
  'AccountUpdateInput.roles': ['MEMBER'],
};

/** Optional query arguments that widen the answer: retired units and committees, disabled accounts. */
const WIDENING_BOOLEANS = new Set(['includeRetired', 'includeDisabled', 'includeBelow']);

/**
 * Valid-looking values for everything that is not a key, so that a mutation fails, if it fails, for whom
 * it names rather than for a malformed payload: methods of the project, checklist and indicator codes of
 * the unified plan, a stage name that exists, dates in order, counts in range. Free texts carry the run's
 * tag so a stray write is easy to spot.
 */
export function valueHints(options: {
  tag: string;
  methodCode: string;
  day: string;
  stageName: string;
  now?: Date;
}): ValueContext {
  const now = options.now ?? new Date();
  const strings: Record<string, string> = {
    method: 'COVERT_VISIT',
    methods: 'COVERT_VISIT',
    checklistCode: 'C2',
    category: '服务质效',
    day: options.day,
    deliveredOn: options.day,
    // 线索移送: received and decided today (Beijing), neither ahead nor before the referral was sent, so that
    // recording them fails (if it does) for whom it names.
    receivedOn: shanghaiDay(now),
    decidedOn: shanghaiDay(now),
    username: `fuzz-nobody-${options.tag}`,
    name: options.stageName,
    // 公开: a day that has come, and an address, so that publishing fails (if it does) for whom it names.
    publishedOn: now.toISOString().slice(0, 10),
    url: 'https://rd.example.gov.cn/gk/fuzz.html',
    milestone: options.stageName,
    measuredOn: '2023-06-30',
    // 代表: a term that has begun and has not ended, so that adding or inviting fails (if it does) for whom it names.
    termStartsOn: '2021-10-01',
    termEndsOn: '2099-12-31',
    // 评议: held on a day, failing subjects re-report by a day ahead.
    heldOn: options.day,
    reReportBy: new Date(now.getTime() + 30 * DAY).toISOString().slice(0, 10),
  };
  return {
    hint(holder: string, name: string, type: GraphQLNamedType): unknown {
      if (isEnumType(type)) {
        return (
          PREFERRED_FIELD_ENUMS[`${holder}.${name}`] ??
          PREFERRED_ENUMS[type.name] ??
          type.getValues()[0]?.name
        );
      }
      switch (type.name) {
        case 'Boolean':
          return !FALSE_BOOLEANS.has(name);
        case 'Int':
          return INTS[name] ?? 1;
        case 'Float':
          return FLOATS[name] ?? 1;
        case 'DateTime':
          return new Date(now.getTime() + (DATE_OFFSETS_IN_DAYS[name] ?? 30) * DAY).toISOString();
        case 'String':
          return stringHint(holder, name);
        default:
          return undefined;
      }
    },
    widening(_holder: string, name: string, type: GraphQLNamedType): unknown {
      if (type.name === 'Boolean' && WIDENING_BOOLEANS.has(name)) {
        return true;
      }
      // Progress by every dimension at once: each row names its tenant, unit, committee, project …
      if (name === 'groupBy' && isEnumType(type)) {
        return type.getValues().map((value) => value.name);
      }
      return undefined;
    },
  };

  function stringHint(holder: string, name: string): string {
    if (name === 'code') {
      if (/checklist/i.test(holder)) {
        return 'C1';
      }
      if (/indicator/i.test(holder)) {
        return 'I1';
      }
      return options.methodCode;
    }
    // Never a working password: a probe must not sign anybody in or change a password.
    if (/password|token/i.test(name)) {
      return `wrong-${name}-${options.tag}`;
    }
    return strings[name] ?? `模糊测试 ${name} ${options.tag}`;
  }
}
