import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind as AstKind,
  OperationTypeNode,
  parse,
} from 'graphql';
import { GraphqlClient } from '@liandong/testing';

/** The kinds of keys the fuzz knows how to fill with another tenant's values. */
export const KINDS = [
  'tenant',
  'tenantCode',
  'department',
  'committee',
  'user',
  'project',
  'annualPlan',
  'planItem',
  'assignment',
  'localPlan',
  'activity',
  'finding',
  'evidence',
  'handoff',
  'extensionRequest',
  'evaluation',
  'escalation',
  'notification',
  'session',
  'sessionReport',
  'reviewOpinion',
  'disclosure',
  'generatedDocument',
  'reportDelivery',
  'appraisal',
  'appraisalSubject',
  'appraisalGroup',
  'collaboratingBody',
  'referral',
  'expert',
  'expertConflict',
  'expertAssignment',
  'deputy',
  'deputyParticipation',
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Name fragments that tell an argument's kind, longest first: `scopeTenantId` → tenant, `planItemId` →
 * planItem, `requestId` → extensionRequest, `accountId` → user (an account is a user signing in). An
 * argument named just `id` takes the kind its field names (`acknowledgeAssignment`, `retireCommittee`) or,
 * failing that, its return type (`resetPassword` answers an IssuedPassword: the account's).
 */
const KIND_WORDS: Array<[string, Kind]> = (
  [
    ['extensionrequest', 'extensionRequest'],
    ['reviewopinion', 'reviewOpinion'],
    ['disclosure', 'disclosure'],
    ['session', 'session'],
    ['report', 'sessionReport'],
    ['notification', 'notification'],
    ['annualplan', 'annualPlan'],
    ['jointproject', 'project'],
    ['issuedpassword', 'user'],
    ['department', 'department'],
    ['assignment', 'assignment'],
    ['committee', 'committee'],
    ['evaluation', 'evaluation'],
    ['localplan', 'localPlan'],
    ['duplicate', 'finding'],
    ['canonical', 'finding'],
    ['activities', 'activity'],
    ['planitem', 'planItem'],
    ['activity', 'activity'],
    ['evidence', 'evidence'],
    ['project', 'project'],
    ['finding', 'finding'],
    ['handoff', 'handoff'],
    ['request', 'extensionRequest'],
    ['account', 'user'],
    ['tenant', 'tenant'],
    ['sha256', 'evidence'],
    ['user', 'user'],
    ['document', 'generatedDocument'],
    ['delivery', 'reportDelivery'],
    ['appraisal', 'appraisal'],
    ['collaboratingbody', 'collaboratingBody'],
    ['body', 'collaboratingBody'],
    ['escalation', 'escalation'],
    ['referral', 'referral'],
    ['expertassignment', 'expertAssignment'],
    ['expertconflict', 'expertConflict'],
    ['expert', 'expert'],
    ['participation', 'deputyParticipation'],
    ['deputy', 'deputy'],
  ] as Array<[string, Kind]>
).sort((a, b) => b[0].length - a[0].length);

/**
 * Bare key names that tell their kind only with the operation or input holding them: an appraisal's
 * subject and voter group (`recordAppraisalVotes(subjectId, groupId)`), and a disclosure's subject, which
 * the hints send as a closed handoff (DisclosureSubjectKind CLOSURE).
 */
const KINDS_IN_CONTEXT: Record<string, Partial<Record<Kind, Kind>>> = {
  subject: { appraisal: 'appraisalSubject', disclosure: 'handoff' },
  group: { appraisal: 'appraisalGroup' },
};

function kindInName(name: string): Kind | null {
  const lower = name.toLowerCase();
  return KIND_WORDS.find(([word]) => lower.includes(word))?.[1] ?? null;
}

/** A place in an operation's variables that carries a key: an ID, or a string naming a tenant or a file. */
export interface Slot {
  /** unique within the operation, e.g. `input.findingIds` or `findings[0].activityId` */
  key: string;
  /** null: not guessable from the names; the fuzz tries a sample of every kind */
  kind: Kind | null;
  list: boolean;
  required: boolean;
}

const SLOT = Symbol('slot');
type SlotRef = { [SLOT]: Slot };
type Template = null | string | number | boolean | SlotRef | Template[] | { [key: string]: Template };

function isSlotRef(value: unknown): value is SlotRef {
  return typeof value === 'object' && value !== null && SLOT in value;
}

/** One root field of the served schema, ready to be called with any filling of its slots. */
export interface OperationPlan {
  type: 'query' | 'mutation';
  field: string;
  slots: Slot[];
  /** Arguments as variable definitions, e.g. `$id: ID!` → `{ name: 'id', type: 'ID!' }`. */
  variables: Array<{ name: string; type: string }>;
  /** Builds the variables for one filling of the slots (an omitted optional slot drops its argument). */
  fill(values: Map<string, string[] | undefined>): Record<string, unknown>;
  /** The selection set at a depth (0: a leaf field has none). */
  selection(depth: number): string;
}

export interface ValueContext {
  /** A value for a field or argument that is no key, by its name and the input type holding it. */
  hint(holder: string, name: string, type: GraphQLNamedType): unknown;
  /**
   * A value for an optional argument of a query that widens what it answers (`includeRetired: true`, every
   * `groupBy` dimension), so that more of the answer is scanned; undefined: leave the argument out.
   */
  widening?(holder: string, name: string, type: GraphQLNamedType): unknown;
}

/** The schema as served: introspection over HTTP, as any client would see it. */
export async function servedSchema(client: GraphqlClient): Promise<GraphQLSchema> {
  const result = await client.request<IntrospectionQuery>(getIntrospectionQuery());
  if (!result.data || result.errors?.length) {
    throw new Error(`introspection refused: ${JSON.stringify(result.errors)}`);
  }
  return buildClientSchema(result.data);
}

/** The root fields of the contract's operation documents, e.g. `query handoff`, `mutation signHandoff`. */
export function contractRootFields(operationsDir: string): Set<string> {
  const fields = new Set<string>();
  for (const group of readdirSync(operationsDir)) {
    for (const file of readdirSync(join(operationsDir, group)).filter((f) => f.endsWith('.graphql'))) {
      const document = parse(readFileSync(join(operationsDir, group, file), 'utf8'));
      for (const definition of document.definitions) {
        if (definition.kind !== AstKind.OPERATION_DEFINITION) {
          continue;
        }
        for (const selection of definition.selectionSet.selections) {
          if (selection.kind === AstKind.FIELD) {
            const type = definition.operation === OperationTypeNode.MUTATION ? 'mutation' : 'query';
            fields.add(`${type} ${selection.name.value}`);
          }
        }
      }
    }
  }
  return fields;
}

/** Every Query and Mutation field of the schema, each with its slots, variables and selections. */
export function planOperations(schema: GraphQLSchema, values: ValueContext): OperationPlan[] {
  const plans: OperationPlan[] = [];
  for (const [type, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      plans.push(planOperation(type, field, values));
    }
  }
  return plans;
}

function planOperation(
  type: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  values: ValueContext,
): OperationPlan {
  const slots: Slot[] = [];
  const returnKind = kindInName(getNamedType(field.type).name);
  const fieldKind = kindInName(field.name) ?? returnKind;
  const args: Array<[GraphQLArgument, Template | undefined]> = field.args.map((arg) => [
    arg,
    templateFor(arg.type, {
      key: arg.name,
      name: arg.name,
      holder: field.name,
      contextKind: fieldKind,
      required: isNonNullType(arg.type),
      // Optional arguments of a query narrow what it answers: sent only when they carry a key. A mutation
      // gets a complete payload, so that validation does not stop it before the access check would.
      complete: type === 'mutation',
      slots,
      values,
      seen: new Set(),
    }),
  ]);
  const output = getNamedType(field.type);
  return {
    type,
    field: field.name,
    slots,
    variables: field.args.map((arg) => ({ name: arg.name, type: String(arg.type) })),
    fill(filling) {
      const variables: Record<string, unknown> = {};
      for (const [arg, template] of args) {
        const value = template === undefined ? undefined : instantiate(template, filling);
        if (value !== undefined) {
          variables[arg.name] = value;
        }
      }
      return variables;
    },
    selection(depth) {
      return isObjectType(output) ? selectionOf(output, depth, values) : '';
    },
  };
}

interface TemplateContext {
  key: string;
  name: string;
  holder: string;
  contextKind: Kind | null;
  required: boolean;
  complete: boolean;
  slots: Slot[];
  values: ValueContext;
  seen: Set<string>;
}

/** The value of an argument or input field; undefined when it is left out. */
function templateFor(type: GraphQLInputType, context: TemplateContext): Template | undefined {
  const nullable = getNullableType(type);
  const list = isListType(nullable);
  const named = getNamedType(type);
  const keyKind = slotKind(named, context);
  if (keyKind !== undefined) {
    const slot: Slot = { key: context.key, kind: keyKind, list, required: context.required };
    context.slots.push(slot);
    return { [SLOT]: slot };
  }
  if (!context.required && !context.complete && !carriesKeys(named, new Set())) {
    const wider = context.values.widening?.(context.holder, context.name, named) as Template | undefined;
    return wider === undefined || !list || Array.isArray(wider) ? wider : [wider];
  }
  let value: Template | undefined;
  if (isInputObjectType(named)) {
    value = inputObject(named, { ...context, key: list ? `${context.key}[0]` : context.key });
  } else {
    value = context.values.hint(context.holder, context.name, named) as Template | undefined;
  }
  if (value === undefined) {
    return undefined;
  }
  return list && !Array.isArray(value) ? [value] : value;
}

/** undefined: not a key; otherwise the kind of key (null when the names do not tell). */
function slotKind(named: GraphQLNamedType, context: TemplateContext): Kind | null | undefined {
  if (named.name === 'ID') {
    const bare = context.name.replace(/Ids?$/, '');
    if (bare === 'id' || bare === '') {
      return kindInName(context.holder) ?? context.contextKind;
    }
    if (bare === 'parent') {
      return context.contextKind;
    }
    const inContext = context.contextKind ? KINDS_IN_CONTEXT[bare]?.[context.contextKind] : undefined;
    return inContext ?? kindInName(bare) ?? null;
  }
  if (named.name === 'String') {
    if (/^(evidence|sha256s?)$/.test(context.name)) {
      return 'evidence';
    }
    if (/^(code|tenantCode)$/.test(context.name) && /tenant/i.test(context.holder)) {
      return 'tenantCode';
    }
  }
  return undefined;
}

function carriesKeys(named: GraphQLNamedType, seen: Set<string>): boolean {
  if (named.name === 'ID') {
    return true;
  }
  if (!isInputObjectType(named) || seen.has(named.name)) {
    return false;
  }
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => carriesKeys(getNamedType(field.type), seen));
}

function inputObject(type: GraphQLInputObjectType, context: TemplateContext): Template | undefined {
  if (context.seen.has(type.name)) {
    return undefined;
  }
  const seen = new Set([...context.seen, type.name]);
  const object: { [key: string]: Template } = {};
  for (const field of Object.values(type.getFields())) {
    const value = templateFor(field.type, {
      ...context,
      key: `${context.key}.${field.name}`,
      name: field.name,
      holder: type.name,
      contextKind: kindInName(type.name) ?? context.contextKind,
      required: isNonNullType(field.type),
      seen,
    });
    if (value !== undefined) {
      object[field.name] = value;
    }
  }
  return object;
}

function instantiate(template: Template, filling: Map<string, string[] | undefined>): unknown {
  if (isSlotRef(template)) {
    const slot = template[SLOT];
    const values = filling.get(slot.key);
    if (values === undefined) {
      return undefined;
    }
    return slot.list ? values : values[0];
  }
  if (Array.isArray(template)) {
    return template.map((item) => instantiate(item, filling)).filter((item) => item !== undefined);
  }
  if (template !== null && typeof template === 'object') {
    const object: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(template)) {
      const value = instantiate(item, filling);
      if (value !== undefined) {
        object[key] = value;
      }
    }
    return object;
  }
  return template;
}

/**
 * Types that only wrap a list (connections, edges, page info) add no depth of their own, so that
 * `findings { edges { node { handoff { … } } } }` reaches as far as `handoff(id) { findings { … } }`.
 */
function isWrapper(type: GraphQLObjectType): boolean {
  return /(Connection|Edge|PageInfo)$/.test(type.name);
}

/**
 * Every scalar field, and object fields down to `depth` levels: nested fields that reach across
 * (`tenant`, `project`, `findings`, `handoff`, `parent`, `children` …) are followed like any other.
 * Fields whose required arguments are not plain values are left out.
 */
function selectionOf(type: GraphQLObjectType, depth: number, values: ValueContext): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const args = literalArgs(field, values);
    if (args === null) {
      continue;
    }
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(`${field.name}${args}`);
    } else if (isObjectType(named)) {
      const nextDepth = isWrapper(named) ? depth : depth - 1;
      if (nextDepth >= 0 && (isWrapper(named) || depth > 0)) {
        const inner = selectionOf(named, nextDepth, values);
        if (inner) {
          parts.push(`${field.name}${args} ${inner}`);
        }
      }
    } else if (isInterfaceType(named)) {
      parts.push(`${field.name}${args} { __typename }`);
    }
  }
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : '';
}

/** `(fromVersion: 1, toVersion: 1)` for a nested field's required arguments; null when one is not a value. */
function literalArgs(field: GraphQLField<unknown, unknown>, values: ValueContext): string | null {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const literals: string[] = [];
  for (const arg of required) {
    const named = getNamedType(arg.type);
    if (!(isScalarType(named) || isEnumType(named)) || named.name === 'ID') {
      return null;
    }
    const value = values.hint(field.name, arg.name, named);
    if (value === undefined) {
      return null;
    }
    literals.push(
      `${arg.name}: ${isEnumType(named) && typeof value === 'string' ? value : JSON.stringify(value)}`,
    );
  }
  return literals.length > 0 ? `(${literals.join(', ')})` : '';
}
