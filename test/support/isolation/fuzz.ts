import { randomUUID } from 'node:crypto';
import { GraphqlClient, GraphqlResponse } from '@liandong/testing';
import { pause } from '../poll';
import { changedTables, RowDigest } from './digest';
import { Leak, leaksInData, leaksInErrors, sentValues } from './leaks';
import { Kind, KINDS, OperationPlan, Slot } from './schema-walk';
import { Caller, Standing, World } from './world';

/** Refusals the contract allows for something outside the caller's view or rights. */
export const ALLOWED_CODES = new Set([
  'NOT_FOUND',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

/** Codes that mean the request reached a decision about who may see or do it. */
const ACCESS_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']);

/** Messages of a refusal by a size limit of the GraphQL layer (depth, aliases, cost, tokens). */
const LIMIT_WORDS = /depth|deep|nest|alias|cost|complex|token|too (many|long|large)|limit|exceed/i;

/** How many values of one kind each slot tries in turn. */
const PER_KIND = 4;
/** Object levels below the root field: root { a { b { c { scalars } } } } is a depth of 4 in all. */
const DEPTH = 3;

export interface Variant {
  label: string;
  filling: Map<string, string[] | undefined>;
}

export interface Failure {
  operation: string;
  caller: string;
  variant: string;
  problem: string;
  detail: unknown;
}

interface OperationStats {
  probes: number;
  codes: Map<string, number>;
  /** where answers that came with data also carried errors, e.g. `notifications.handoff NOT_FOUND` */
  partial: Set<string>;
}

export interface FuzzReport {
  operations: number;
  probes: number;
  requests: number;
  shrunk: number;
  snapshots: number;
  /** GET /files/:sha256 of foreign evidence */
  downloads: number;
  byCode: Record<string, number>;
  /** mutations taking keys that no probe got as far as an access decision on (validation or state came first) */
  neverReachedAccess: string[];
  failures: number;
  /** operation → refusal code (or OK) → probes */
  perOperation: Record<string, Record<string, number>>;
  /** operation → fields that failed inside an answer otherwise given */
  partialAnswers: Record<string, string[]>;
  busySeconds: { requests: number; snapshots: number };
}

/**
 * Runs every planned operation as one caller with other tenants' keys, checks each answer for leaks and
 * for its error codes, and compares snapshots of the protected rows around every mutation.
 */
export class IsolationFuzzer {
  readonly failures: Failure[] = [];
  private readonly perOperation = new Map<string, OperationStats>();
  private readonly labels = new Map<string, string>();
  private requests = 0;
  private shrunk = 0;
  private snapshots = 0;
  private requestMs = 0;
  private snapshotMs = 0;
  private downloads = 0;

  constructor(
    private readonly world: World,
    private readonly plans: OperationPlan[],
    private readonly digest: RowDigest,
  ) {
    for (const entity of world.entities.values()) {
      this.labels.set(entity.value, entity.key);
    }
  }

  /** The variants of an operation for a caller: each slot with each foreign value of its kind, and mixes. */
  variants(plan: OperationPlan, caller: Caller): Variant[] {
    const targets: Standing[] = plan.type === 'mutation' ? ['foreign', 'readOnly'] : ['foreign'];
    const foreign = new Map(plan.slots.map((slot) => [slot.key, this.candidates(caller, slot, targets)]));
    const own = new Map(plan.slots.map((slot) => [slot.key, this.ownValues(caller, slot)]));
    const variants: Variant[] = [];
    const add = (label: string, entries: Array<[Slot, string[] | undefined]>) => {
      const filling = new Map(entries.map(([slot, values]) => [slot.key, values]));
      for (const [slot, values] of entries) {
        if (slot.required && values === undefined) {
          filling.set(slot.key, [randomUUID()]);
        }
      }
      variants.push({ label, filling });
    };
    if (plan.slots.length === 0) {
      add('no keys', []);
      return variants;
    }
    const rounds = Math.max(1, ...plan.slots.map((slot) => foreign.get(slot.key)!.length));
    for (let round = 0; round < rounds; round += 1) {
      add(
        'foreign',
        plan.slots.map((slot) => {
          const values = foreign.get(slot.key)!;
          const value = values[round % Math.max(values.length, 1)] ?? own.get(slot.key)![0];
          return [slot, value === undefined ? undefined : [value]];
        }),
      );
    }
    for (const target of plan.slots) {
      const value = foreign.get(target.key)![0];
      if (value === undefined) {
        continue;
      }
      const mine = own.get(target.key)![0];
      if (plan.slots.length > 1) {
        add(
          `only ${target.key} foreign`,
          plan.slots.map((slot) => {
            const ownValue = own.get(slot.key)![0];
            return [slot, slot === target ? [value] : ownValue === undefined ? undefined : [ownValue]];
          }),
        );
      }
      if (target.list && mine !== undefined) {
        add(
          `${target.key} mixes own and foreign`,
          plan.slots.map((slot) => {
            const ownValue = own.get(slot.key)![0];
            return [slot, slot === target ? [mine, value] : ownValue === undefined ? undefined : [ownValue]];
          }),
        );
      }
    }
    if (plan.slots.some((slot) => !slot.required)) {
      add(
        'optional keys left out',
        plan.slots.map((slot) => {
          const value = foreign.get(slot.key)![0] ?? own.get(slot.key)![0];
          return [slot, slot.required && value !== undefined ? [value] : undefined];
        }),
      );
    }
    const seen = new Set<string>();
    return variants.filter((variant) => {
      const key = JSON.stringify([...variant.filling.entries()]);
      return seen.has(key) ? false : (seen.add(key), true);
    });
  }

  /** Runs every operation as `caller`. */
  async runCaller(
    caller: Caller,
    signIn: () => Promise<GraphqlClient>,
    options: { once: Set<string> },
  ): Promise<void> {
    let client = await signIn();
    const forbidden = this.world.forbidden(caller);
    const protectedRows = this.world.protectedFrom(caller);
    let before = await this.snapshot(protectedRows);
    for (const plan of this.plans) {
      const operation = `${plan.type} ${plan.field}`;
      // Operations that take credentials (sign-in, renewal, password change) answer the same for every
      // caller, and failed attempts are counted against the client's address: run them once.
      if (plan.variables.some((v) => /password|token/i.test(v.name))) {
        if (options.once.has(operation)) {
          continue;
        }
        options.once.add(operation);
      }
      const variants = this.variants(plan, caller);
      for (const variant of variants) {
        const codes = await this.probe(plan, caller, client, [variant], forbidden);
        if (codes.includes('UNAUTHENTICATED')) {
          client = await this.liveSession(client, signIn);
        }
      }
      if (plan.type === 'mutation') {
        const after = await this.snapshot(protectedRows);
        const changed = changedTables(before, after);
        if (changed.length > 0) {
          this.fail(
            operation,
            caller,
            variants.map((v) => v.label).join(' | '),
            'changed rows it may not touch',
            {
              tables: changed,
              variables: variants.map((variant) => this.describe(plan.fill(variant.filling))),
            },
          );
        }
        before = after;
        // A mutation may end the caller's session (signing out): sign in again for what follows.
        client = await this.liveSession(client, signIn);
      }
      // The same field under several aliases: the caller's own key next to foreign ones, in one request.
      if (plan.type === 'query' && plan.slots.length > 0) {
        const own = this.ownVariant(plan, caller);
        const aliased = [...(own ? [own] : []), ...variants.slice(0, 3)];
        if (aliased.length > 1) {
          await this.probe(plan, caller, client, aliased, forbidden);
        }
      }
    }
  }

  /** Every slot with the caller's own value (optional ones left out when it has none); null if it cannot. */
  private ownVariant(plan: OperationPlan, caller: Caller): Variant | null {
    const filling = new Map<string, string[] | undefined>();
    for (const slot of plan.slots) {
      const [value] = this.ownValues(caller, slot);
      if (value === undefined && slot.required) {
        return null;
      }
      filling.set(slot.key, value === undefined ? undefined : [value]);
    }
    return { label: 'own', filling };
  }

  private async liveSession(
    client: GraphqlClient,
    signIn: () => Promise<GraphqlClient>,
  ): Promise<GraphqlClient> {
    const me = await client.request('{ me { id } }');
    const ended = me.errors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
    return ended ? signIn() : client;
  }

  private candidates(caller: Caller, slot: Slot, standings: Standing[]): string[] {
    if (slot.kind) {
      return this.world
        .pool(caller, slot.kind, standings)
        .slice(0, PER_KIND)
        .map((e) => e.value);
    }
    // The name does not tell the kind: one value of every kind.
    return KINDS.filter((kind) => kind !== 'tenantCode' && kind !== 'evidence')
      .map((kind) => this.world.pool(caller, kind, standings)[0]?.value)
      .filter((value): value is string => value !== undefined);
  }

  private ownValues(caller: Caller, slot: Slot): string[] {
    const kind: Kind | null = slot.kind;
    if (!kind) {
      return [];
    }
    const own = this.world.pool(caller, kind, ['own']);
    return (own.length > 0 ? own : this.world.pool(caller, kind, ['readOnly'])).map((e) => e.value);
  }

  private async probe(
    plan: OperationPlan,
    caller: Caller,
    client: GraphqlClient,
    variants: Variant[],
    forbidden: ReturnType<World['forbidden']>,
  ): Promise<string[]> {
    const operation = `${plan.type} ${plan.field}`;
    const label = variants.map((v) => v.label).join(' + ');
    let aliases = variants;
    let depth = DEPTH;
    for (let attempt = 0; ; attempt += 1) {
      const { query, variables } = document(plan, aliases, depth);
      const result = await this.send(client, query, variables);
      const stats = this.stats(operation);
      stats.probes += 1;
      const refusal = limitRefusal(result);
      if (refusal !== null) {
        this.shrunk += 1;
        if (depth > 0) {
          depth -= 1;
        } else if (aliases.length > 1) {
          aliases = aliases.slice(0, Math.max(1, Math.floor(aliases.length / 2)));
          depth = DEPTH;
        } else {
          this.fail(operation, caller, label, 'refused by a size limit even at its smallest', refusal);
          return [];
        }
        continue;
      }
      const invalid = (result.errors ?? []).find(
        (e) =>
          !e.path &&
          (['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'].includes(codeOf(e)) ||
            /^Variable "\$/.test(e.message)),
      );
      if (invalid) {
        this.fail(operation, caller, label, 'the generated operation is not valid', {
          message: invalid.message,
          query,
        });
        return [];
      }
      this.check(operation, caller, label, result, variables, forbidden);
      return (result.errors ?? []).map(codeOf);
    }
  }

  private async send(
    client: GraphqlClient,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphqlResponse<Record<string, unknown>>> {
    for (let attempt = 0; ; attempt += 1) {
      this.requests += 1;
      const sent = Date.now();
      const result = await client.request(query, variables);
      this.requestMs += Date.now() - sent;
      const throttled =
        result.status === 429 || result.errors?.some((e) => e.extensions?.['code'] === 'TOO_MANY_REQUESTS');
      if (!throttled || attempt >= 3) {
        return result;
      }
      const after = Number(result.errors?.[0]?.extensions?.['retryAfterSeconds'] ?? 1);
      await pause(Math.min(after, 5) * 1000);
    }
  }

  private check(
    operation: string,
    caller: Caller,
    variant: string,
    result: GraphqlResponse<Record<string, unknown>>,
    variables: Record<string, unknown>,
    forbidden: ReturnType<World['forbidden']>,
  ): void {
    const stats = this.stats(operation);
    const codes = (result.errors ?? []).map(codeOf);
    for (const code of codes.length > 0 ? codes : ['OK']) {
      stats.codes.set(code, (stats.codes.get(code) ?? 0) + 1);
    }
    const described = () => this.describe(variables);
    if (result.data) {
      for (const error of result.errors ?? []) {
        const path = (error.path ?? []).filter((part) => typeof part === 'string' && !/^a\d+$/.test(part));
        stats.partial.add(`${path.join('.')} ${codeOf(error)}`);
      }
    }
    if (result.status >= 500) {
      this.fail(operation, caller, variant, `HTTP ${result.status}`, {
        errors: result.errors,
        variables: described(),
      });
    }
    const bad = codes.filter((code) => !ALLOWED_CODES.has(code));
    if (bad.length > 0) {
      this.fail(operation, caller, variant, `error codes ${bad.join(', ')}`, {
        errors: result.errors,
        variables: described(),
      });
    }
    const leaks: Leak[] = [
      ...leaksInData(result.data, forbidden),
      ...leaksInErrors(result.errors, forbidden, sentValues(variables)),
    ];
    if (leaks.length > 0) {
      this.fail(operation, caller, variant, 'foreign data in the answer', {
        leaks: leaks.slice(0, 5),
        variables: described(),
      });
    }
  }

  private async snapshot(what: ReturnType<World['protectedFrom']>) {
    this.snapshots += 1;
    const started = Date.now();
    const snapshot = await this.digest.snapshot(what);
    this.snapshotMs += Date.now() - started;
    return snapshot;
  }

  private stats(operation: string): OperationStats {
    let stats = this.perOperation.get(operation);
    if (!stats) {
      stats = { probes: 0, codes: new Map(), partial: new Set() };
      this.perOperation.set(operation, stats);
    }
    return stats;
  }

  private fail(operation: string, caller: Caller, variant: string, problem: string, detail: unknown): void {
    this.failures.push({
      operation,
      caller: `${caller.label} (${caller.username})`,
      variant,
      problem,
      detail,
    });
  }

  /** Variables with every known value named by its entity, for a readable failure. */
  private describe(variables: unknown): unknown {
    return JSON.parse(
      JSON.stringify(variables, (_key, value: unknown) =>
        typeof value === 'string' && this.labels.has(value) ? `${this.labels.get(value)}:${value}` : value,
      ),
    );
  }

  report(): FuzzReport {
    const byCode: Record<string, number> = {};
    const neverReachedAccess: string[] = [];
    for (const [operation, stats] of this.perOperation) {
      for (const [code, count] of stats.codes) {
        byCode[code] = (byCode[code] ?? 0) + count;
      }
      const takesKeys = this.plans.some((p) => `${p.type} ${p.field}` === operation && p.slots.length > 0);
      if (
        operation.startsWith('mutation') &&
        takesKeys &&
        ![...stats.codes.keys()].some((code) => ACCESS_CODES.has(code))
      ) {
        neverReachedAccess.push(`${operation} ${JSON.stringify(Object.fromEntries(stats.codes))}`);
      }
    }
    return {
      operations: this.perOperation.size,
      probes: [...this.perOperation.values()].reduce((sum, s) => sum + s.probes, 0),
      requests: this.requests,
      shrunk: this.shrunk,
      snapshots: this.snapshots,
      downloads: this.downloads,
      byCode,
      neverReachedAccess,
      failures: this.failures.length,
      busySeconds: { requests: this.requestMs / 1000, snapshots: this.snapshotMs / 1000 },
      partialAnswers: Object.fromEntries(
        [...this.perOperation]
          .filter(([, stats]) => stats.partial.size > 0)
          .map(([operation, stats]) => [operation, [...stats.partial]]),
      ),
      perOperation: Object.fromEntries(
        [...this.perOperation].map(([operation, stats]) => [operation, Object.fromEntries(stats.codes)]),
      ),
    };
  }

  coveredOperations(): Set<string> {
    return new Set(this.perOperation.keys());
  }

  /**
   * Every query as `caller` with its own keys: the answers a tenant legitimately gets about its own work,
   * for checking that the scan would notice them in somebody else's hands.
   */
  async ownAnswers(caller: Caller, client: GraphqlClient): Promise<unknown[]> {
    const answers: unknown[] = [];
    for (const plan of this.plans.filter((p) => p.type === 'query')) {
      const variant = this.ownVariant(plan, caller);
      if (!variant) {
        continue;
      }
      for (let depth = DEPTH; depth >= 0; depth -= 1) {
        const { query, variables } = document(plan, [variant], depth);
        const result = await this.send(client, query, variables);
        if (limitRefusal(result) === null) {
          answers.push(result.data);
          break;
        }
      }
    }
    return answers;
  }

  /** Downloads of other tenants' evidence files over plain HTTP: every one must be refused as not found. */
  async probeDownloads(caller: Caller, client: GraphqlClient, baseUrl: string): Promise<void> {
    for (const file of this.world.pool(caller, 'evidence', ['foreign'])) {
      this.downloads += 1;
      const response = await fetch(`${baseUrl}/files/${file.value}`, { headers: client.authorization() });
      const body = await response.text();
      // The refusal may repeat the sha256 asked for, never the file's name or content.
      const named = file.markers.some((marker) => marker !== file.value && body.includes(marker));
      if (response.status !== 404 || named) {
        this.fail('GET /files/:sha256', caller, file.key, `HTTP ${response.status}`, body.slice(0, 200));
      }
    }
  }
}

/** One request: the field once per variant (under aliases when there are several), variables prefixed. */
export function document(
  plan: OperationPlan,
  variants: Variant[],
  depth: number,
): { query: string; variables: Record<string, unknown> } {
  const aliased = variants.length > 1;
  const definitions: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  variants.forEach((variant, index) => {
    const prefix = aliased ? `a${index}_` : '';
    definitions.push(...plan.variables.map((v) => `$${prefix}${v.name}: ${v.type}`));
    for (const [name, value] of Object.entries(plan.fill(variant.filling))) {
      variables[`${prefix}${name}`] = value;
    }
    const args = plan.variables.map((v) => `${v.name}: $${prefix}${v.name}`);
    fields.push(
      `${aliased ? `a${index}: ` : ''}${plan.field}${args.length > 0 ? `(${args.join(', ')})` : ''} ${plan.selection(depth)}`,
    );
  });
  const signature = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
  return { query: `${plan.type} Fuzz_${plan.field}${signature} { ${fields.join(' ')} }`, variables };
}

function codeOf(error: { extensions?: Record<string, unknown> }): string {
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : 'NO_CODE';
}

/** The refusal, when a request was turned away whole by a size limit rather than answered. */
function limitRefusal(result: GraphqlResponse<unknown>): unknown {
  const errors = result.errors ?? [];
  if (errors.length === 0 || (result.data !== undefined && result.data !== null)) {
    return null;
  }
  const limit = errors.find((e) => !e.path && LIMIT_WORDS.test(e.message));
  return limit ? { status: result.status, message: limit.message, code: limit.extensions?.['code'] } : null;
}
