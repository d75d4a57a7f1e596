import { randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import { GraphqlClient, GraphqlResponse } from '@liandong/testing';
import { pause } from '../poll';
import { changedTables, RowDigest } from './digest';
import { Leak, leaksInData, leaksInErrors, sentValues } from './leaks';
import { Kind, KINDS, OperationPlan, Slot } from './schema-walk';
import { ActScope, Caller, Entity, Standing, World } from './world';

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

/**
 * Mutations that act in the caller's own tenant only, never in its subtree: the administration of units,
 * committees and accounts (the city may not rename a county's unit nor reset a county's password), and
 * handing over to a unit (or naming one to answer for an appraisal's subject). They are tried with the subtree's units too, and a change to any row of the
 * subtree's tenants is a failure.
 */
const OWN_TENANT_ONLY =
  /^(create|update|retire|reinstate|disable|enable)(Department|Committee|Account)$|^(resetPassword|endSessions|pressCommittee|setLeadCommittee|handOffFindings|reassignHandoff|createAppraisal)$/;

export function actScope(plan: OperationPlan): ActScope {
  return plan.type === 'mutation' && OWN_TENANT_ONLY.test(plan.field) ? 'tenant' : 'subtree';
}

/**
 * Root fields anyone may read without signing in (公开): what they answer was published on purpose, and
 * which congress published it (its name and division code) is public too; the rest of the answer is held to
 * what the caller may not see like any other.
 */
const PUBLIC_QUERIES = new Set(['query publicDisclosures']);
const PUBLISHER_FIELDS = new Set(['tenantName', 'tenantCode', 'tenantLevel']);

/** A public answer without the publishing congress's name and code, to be scanned for anything else. */
export function withoutPublisher(data: unknown): unknown {
  if (Array.isArray(data)) {
    return data.map(withoutPublisher);
  }
  if (data && typeof data === 'object') {
    return Object.fromEntries(
      Object.entries(data)
        .filter(([key]) => !PUBLISHER_FIELDS.has(key))
        .map(([key, value]) => [key, withoutPublisher(value)]),
    );
  }
  return data;
}

/**
 * Mutations by which a tier writes a record of its own about what it may only read (the result report of its
 * node on a project published to it): tried with foreign keys only, since the record rightly names the project.
 */
const RECORDS_WHAT_IT_READS = /^generateProjectReport$/;

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
  /** the organisation's Excel templates fetched and imports sent */
  sheets: number;
  /** plain-HTTP route → status → requests (downloads, templates, imports) */
  routes: Record<string, Record<string, number>>;
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
  private sheets = 0;
  private readonly routes = new Map<string, Map<string, number>>();

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
    const targets: Standing[] =
      plan.type === 'mutation' && !RECORDS_WHAT_IT_READS.test(plan.field)
        ? ['foreign', 'readOnly']
        : ['foreign'];
    const scope = actScope(plan);
    const foreign = new Map(
      plan.slots.map((slot) => [slot.key, this.candidates(caller, slot, targets, scope)]),
    );
    const own = new Map(plan.slots.map((slot) => [slot.key, this.ownValues(caller, slot, scope)]));
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
    // One foreign key with the other optional ones left out: a unit and a committee together are no valid
    // placement of an account, so that only one of them alone gets as far as the access check (a mutation
    // tries each of its foreign values so; a query, which refuses nothing by its combination, the first).
    if (plan.slots.filter((slot) => !slot.required).length > 1) {
      for (const target of plan.slots.filter((slot) => !slot.required)) {
        const values = foreign.get(target.key)!;
        for (const value of plan.type === 'mutation' ? values : values.slice(0, 1)) {
          add(
            `${target.key} alone`,
            plan.slots.map((slot) => {
              const ownValue = own.get(slot.key)![0];
              if (slot === target) {
                return [slot, [value]];
              }
              return [slot, slot.required && ownValue !== undefined ? [ownValue] : undefined];
            }),
          );
        }
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
    // A mutation acting in the caller's own tenant only must leave its subtree alone as well.
    const protectedInTenant = this.world.protectedFrom(caller, 'tenant');
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
      const inTenant = actScope(plan) === 'tenant';
      if (inTenant) {
        before = await this.snapshot(protectedInTenant);
      }
      for (const variant of variants) {
        const codes = await this.probe(plan, caller, client, [variant], forbidden);
        if (codes.includes('UNAUTHENTICATED')) {
          client = await this.liveSession(client, signIn);
        }
      }
      if (plan.type === 'mutation') {
        const after = await this.snapshot(inTenant ? protectedInTenant : protectedRows);
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
        before = inTenant ? await this.snapshot(protectedRows) : after;
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

  private candidates(caller: Caller, slot: Slot, standings: Standing[], scope: ActScope): string[] {
    if (slot.kind) {
      return this.world
        .pool(caller, slot.kind, standings, scope)
        .slice(0, PER_KIND)
        .map((e) => e.value);
    }
    // The name does not tell the kind: one value of every kind.
    return KINDS.filter((kind) => kind !== 'tenantCode' && kind !== 'evidence')
      .map((kind) => this.world.pool(caller, kind, standings, scope)[0]?.value)
      .filter((value): value is string => value !== undefined);
  }

  /**
   * The caller's own values of a slot's kind (else those it may see). Accounts that somebody signs in with
   * come last: a probe that names one of the caller's own accounts beside a foreign key takes one that no
   * caller needs, should the probe get through.
   */
  private ownValues(caller: Caller, slot: Slot, scope: ActScope = 'subtree'): string[] {
    const kind: Kind | null = slot.kind;
    if (!kind) {
      return [];
    }
    const own = this.world.pool(caller, kind, ['own'], scope);
    const values = own.length > 0 ? own : this.world.pool(caller, kind, ['readOnly'], scope);
    const signsIn = (entity: (typeof values)[number]) => (this.world.isCallerAccount(entity) ? 1 : 0);
    return [...values].sort((a, b) => signsIn(a) - signsIn(b)).map((e) => e.value);
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
    const data = PUBLIC_QUERIES.has(operation) ? withoutPublisher(result.data) : result.data;
    const leaks: Leak[] = [
      ...leaksInData(data, forbidden),
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

  private answered(route: string, status: number): void {
    const codes = this.routes.get(route) ?? new Map<string, number>();
    codes.set(String(status), (codes.get(String(status)) ?? 0) + 1);
    this.routes.set(route, codes);
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
      sheets: this.sheets,
      routes: Object.fromEntries(
        [...this.routes].map(([route, codes]) => [route, Object.fromEntries(codes)]),
      ),
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

  /**
   * The organisation's Excel templates and imports over plain HTTP. A template's 说明 sheet lists the
   * caller's own tenant's units and committees: no code of another tenant's (its parent's and its
   * children's neither), nothing it may not see. An import naming another tenant's units and committees by
   * their codes is refused, tells nothing of them and changes nothing; and a unit code that only another
   * tenant uses is no duplicate (that would tell that it exists). The deputies template (代表名册) is given
   * to those who may import it and holds nothing of anybody's; a roster import naming other rosters' deputies (by the
   * name, level and term that make a person on a roster) is the caller's own roster's: a coordinator's goes
   * through, anybody else's is refused, and no other roster's deputy is refreshed or named.
   */
  async probeSheets(caller: Caller, client: GraphqlClient, baseUrl: string): Promise<void> {
    const forbidden = this.world.forbidden(caller);
    const others = this.othersPlanted(caller);
    for (const template of ['departments', 'accounts', 'deputies']) {
      this.sheets += 1;
      const what = `GET /templates/${template}.xlsx`;
      const response = await fetch(`${baseUrl}/templates/${template}.xlsx`, {
        headers: client.authorization(),
      });
      this.answered(what, response.status);
      if (response.status !== 200) {
        const body = await response.text();
        const leaks = leaksInErrors(body, forbidden, new Set());
        if (![401, 403, 404].includes(response.status) || leaks.length > 0) {
          this.fail(what, caller, template, `HTTP ${response.status}`, { body: body.slice(0, 300), leaks });
        }
        continue;
      }
      const problems = await this.templateProblems(caller, await response.arrayBuffer());
      if (problems.leaks.length > 0 || problems.codes.length > 0) {
        this.fail(what, caller, template, 'another tenant’s units or committees in the template', {
          leaks: problems.leaks.slice(0, 5),
          codes: problems.codes,
        });
      }
    }

    const protectedRows = this.world.protectedFrom(caller, 'tenant');
    const before = await this.snapshot(protectedRows);
    const units = others.filter((e) => e.kind === 'department');
    const committees = others.filter((e) => e.kind === 'committee');
    const username = (i: number) => `fz-import-${this.world.run}-${i}`;
    await this.probeImport(caller, client, baseUrl, 'accounts', forbidden, [
      ['用户名', '姓名', '角色', '承办单位编码', '委室编码'],
      ...units.map((unit, i) => [username(i), '模糊测试导入', '承办单位', unit.code!, '']),
      ...committees.map((c, i) => [username(units.length + i), '模糊测试导入', '工作人员', '', c.code!]),
    ]);
    await this.probeImport(caller, client, baseUrl, 'departments', forbidden, [
      ['编码', '名称', '类型'],
      ...others.map((e) => [e.code!, '模糊测试导入单位', '政府部门']),
      // A bad row, so that nothing is imported should the codes above be (rightly) free in the caller's tenant.
      ['X', '', ''],
    ]);
    const namesakes = [...this.world.entities.values()].filter(
      (e) => e.kind === 'deputy' && e.name !== undefined && e.owner !== caller.tenant,
    );
    await this.probeImport(
      caller,
      client,
      baseUrl,
      'deputies',
      forbidden,
      [
        ['姓名', '代表层级', '选区', '届次', '任期起', '任期止', '工作单位及职务'],
        ...namesakes.map((deputy) => [
          deputy.name!,
          '县',
          `模糊测试选区 ${this.world.run}`,
          '第十八届',
          '2021-10-01',
          '2099-12-31',
          `模糊测试导入 ${this.world.run}`,
        ]),
      ],
      caller.role === 'COORDINATOR' ? [201] : [403],
    );
    const changed = changedTables(before, await this.snapshot(protectedRows));
    if (changed.length > 0) {
      this.fail('POST /imports/*', caller, 'other tenants’ codes', 'changed rows it may not touch', {
        tables: changed,
      });
    }
  }

  /**
   * What a template shows that the caller may not see, and the codes of other tenants' planted units and
   * committees in it (cell: code (entity)).
   */
  async templateProblems(caller: Caller, content: ArrayBuffer): Promise<{ leaks: Leak[]; codes: string[] }> {
    const byCode = new Map(this.othersPlanted(caller).map((e) => [e.code!, e]));
    const texts = await workbookTexts(content);
    return {
      leaks: leaksInData(texts, this.world.forbidden(caller), 'workbook'),
      codes: Object.entries(texts)
        .filter(([, text]) => byCode.has(text.trim()))
        .map(([cell, text]) => `${cell}: ${text} (${byCode.get(text.trim())!.key})`),
    };
  }

  /** Other tenants' planted units and committees, whose codes are unique to their tenant. */
  private othersPlanted(caller: Caller): Entity[] {
    return [...this.world.entities.values()].filter(
      (e) =>
        (e.kind === 'department' || e.kind === 'committee') &&
        e.code !== undefined &&
        e.exacts.includes(e.code) &&
        e.owner !== caller.tenant,
    );
  }

  private async probeImport(
    caller: Caller,
    client: GraphqlClient,
    baseUrl: string,
    kind: keyof typeof IMPORT_SHEETS,
    forbidden: ReturnType<World['forbidden']>,
    rows: string[][],
    expected: number[] = [400, 401, 403, 404],
  ): Promise<void> {
    this.sheets += 1;
    const what = `POST /imports/${kind}`;
    const form = new FormData();
    form.append('file', new Blob([await workbookOf(IMPORT_SHEETS[kind], rows)]), 'upload.xlsx');
    const response = await fetch(`${baseUrl}/imports/${kind}`, {
      method: 'POST',
      headers: client.authorization(),
      body: form,
    });
    this.answered(what, response.status);
    const body = await response.text();
    const leaks = leaksInErrors(body, forbidden, sentValues(rows));
    if (leaks.length > 0) {
      this.fail(what, caller, 'other tenants’ codes', 'foreign data in the answer', {
        leaks: leaks.slice(0, 5),
      });
    }
    if (!expected.includes(response.status)) {
      this.fail(what, caller, 'other tenants’ codes', `HTTP ${response.status}`, {
        expected,
        body: body.slice(0, 300),
      });
    } else if (kind === 'departments' && body.includes('DUPLICATE')) {
      this.fail(what, caller, 'other tenants’ codes', 'another tenant’s unit code counted as taken', {
        body: body.slice(0, 500),
      });
    }
  }

  /** Downloads of other tenants' evidence files over plain HTTP: every one must be refused as not found. */
  async probeDownloads(caller: Caller, client: GraphqlClient, baseUrl: string): Promise<void> {
    const files = [
      ...this.world.pool(caller, 'evidence', ['foreign']).map((file) => ({ file, sha256: file.value })),
      ...this.world
        .pool(caller, 'generatedDocument', ['foreign'])
        .map((file) => ({ file, sha256: file.file as string })),
    ];
    for (const { file, sha256 } of files) {
      this.downloads += 1;
      const response = await fetch(`${baseUrl}/files/${sha256}`, { headers: client.authorization() });
      this.answered('GET /files/:sha256', response.status);
      const body = await response.text();
      // The refusal may repeat the sha256 asked for, never the file's name or content.
      const named = file.markers.some((marker) => marker !== sha256 && body.includes(marker));
      if (response.status !== 404 || named) {
        this.fail('GET /files/:sha256', caller, file.key, `HTTP ${response.status}`, body.slice(0, 200));
      }
    }
  }
}

/** The sheet each import reads, by its route. */
const IMPORT_SHEETS = {
  accounts: '账号导入',
  departments: '承办单位导入',
  deputies: '代表名册导入',
} as const;

/** Every text of a workbook, by `sheet!cell`. */
async function workbookTexts(content: ArrayBuffer): Promise<Record<string, string>> {
  const workbook = new Workbook();
  await workbook.xlsx.load(content);
  const texts: Record<string, string> = {};
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        texts[`${sheet.name}!${cell.address}`] = cell.text;
      });
    });
  });
  return texts;
}

async function workbookOf(sheetName: string, rows: string[][]): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) {
    sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
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
