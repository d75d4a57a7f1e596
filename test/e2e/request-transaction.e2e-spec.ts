import { Client } from 'pg';
import { AfterQueryEvent, DataSource, EntitySubscriberInterface } from 'typeorm';
import { RequestScope, RequestTransaction } from '@liandong/db';
import { GraphqlClient } from '@liandong/testing';
import {
  CREATE_PROJECT,
  createTenantTree,
  Platform,
  projectInput,
  publishedProject,
  startPlatform,
  TenantTree,
} from '@liandong/testing-system';

/** Asked of PostgreSQL right after each statement, on the statement's own connection. */
const PROBE = `SELECT txid_current()::text AS txid, pg_backend_pid() AS pid,
  coalesce(current_setting('liandong.tenant_id', true), '') AS "tenantId",
  coalesce(current_setting('liandong.account_id', true), '') AS "accountId",
  current_setting('statement_timeout') AS timeout`;
const TRANSACTION_CONTROL = /^(START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)\b/;

interface Statement {
  request: RequestTransaction | undefined;
  sql: string;
  txid: string;
  pid: number;
  tenantId: string;
  accountId: string;
  timeout: string;
}

interface Control {
  request: RequestTransaction | undefined;
  sql: string;
}

/**
 * Watches every statement the API sends, through TypeORM's public query events, and asks the statement's own
 * connection, right after it ran and still inside its transaction, which transaction, backend and caller it
 * ran in. Transaction control and the settings statements themselves are only noted. It also counts the
 * times a statement was handed to a PostgreSQL client that was still busy with another.
 */
class StatementProbe implements EntitySubscriberInterface {
  private statements: Statement[] = [];
  private controls: Control[] = [];
  private recording = false;
  overlaps = 0;
  /** When set, every probed statement waits here (to hold several requests open at once). */
  hold: ((request: RequestTransaction | undefined) => Promise<void>) | null = null;

  constructor(private readonly scope: RequestScope) {}

  async afterQuery(event: AfterQueryEvent): Promise<void> {
    if (!this.recording || event.query === PROBE || !event.success) {
      return;
    }
    const request = this.scope.current();
    const sql = event.query.trim();
    if (TRANSACTION_CONTROL.test(sql) || sql.includes("set_config('liandong.")) {
      this.controls.push({ request, sql });
      return;
    }
    const [row] = (await event.queryRunner.query(PROBE)) as Array<Omit<Statement, 'request' | 'sql'>>;
    this.statements.push({ request, sql, ...(row as Omit<Statement, 'request' | 'sql'>) });
    await this.hold?.(request);
  }

  /** Counts, from now on, every query given to a client that had not yet answered the previous one. */
  watchClients(): jest.SpyInstance {
    const query = Reflect.get(Client.prototype, 'query') as (this: Client, ...args: unknown[]) => unknown;
    const busy = new WeakMap<Client, number>();
    const noteOverlap = (): void => {
      if (this.recording) {
        this.overlaps += 1;
      }
    };
    return jest.spyOn(Client.prototype, 'query').mockImplementation(function (
      this: Client,
      ...args: unknown[]
    ) {
      const running = busy.get(this) ?? 0;
      if (running > 0) {
        noteOverlap();
      }
      busy.set(this, running + 1);
      const answer = query.apply(this, args);
      const done = (): void => {
        busy.set(this, (busy.get(this) ?? 1) - 1);
      };
      if (answer instanceof Promise) {
        answer.then(done, done);
      } else {
        done();
      }
      return answer;
    } as never);
  }

  /** What the API sent to PostgreSQL while `work` ran. */
  async during(work: () => Promise<unknown>): Promise<{ statements: Statement[]; controls: Control[] }> {
    this.statements = [];
    this.controls = [];
    this.overlaps = 0;
    this.recording = true;
    try {
      await work();
    } finally {
      this.recording = false;
    }
    return { statements: this.statements, controls: this.controls };
  }
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Statements grouped by the request they were sent for, in the order the requests first spoke. */
function byRequest(statements: Statement[]): Statement[][] {
  const groups = new Map<RequestTransaction | undefined, Statement[]>();
  for (const statement of statements) {
    groups.set(statement.request, [...(groups.get(statement.request) ?? []), statement]);
  }
  return [...groups.values()];
}

/** Releases every waiter once `parties` different requests have arrived, so all of them are open together. */
function meetingOf(parties: number): {
  wait: (request: RequestTransaction | undefined) => Promise<void>;
  met: () => boolean;
} {
  const arrived = new Set<RequestTransaction | undefined>();
  let release: () => void = () => undefined;
  let met = false;
  const all = new Promise<void>((resolve) => {
    release = () => {
      met = true;
      resolve();
    };
  });
  return {
    wait: async (request) => {
      arrived.add(request);
      if (arrived.size >= parties) {
        release();
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
      clearTimeout(timer);
    },
    met: () => met,
  };
}

/** The session lookups run before the caller's tenant is known; everything else carries it. */
const SESSION_LOOKUP = /"auth_session"|auth_session /;

describe('one transaction per request, carrying its caller', () => {
  let platform: Platform;
  let probe: StatementProbe;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county: GraphqlClient;
  let projectId: string;
  let clients: jest.SpyInstance;
  const callers = new Map<string, { accountId: string; tenantId: string }>();

  async function callerOf(username: string): Promise<{ accountId: string; tenantId: string }> {
    const [row] = (await platform.dataSource.query(
      'SELECT id AS "accountId", tenant_id AS "tenantId" FROM account WHERE username = $1',
      [username],
    )) as Array<{ accountId: string; tenantId: string }>;
    if (!row) {
      throw new Error(`no account ${username}`);
    }
    return row;
  }

  /** Every statement of one request: one transaction, one backend, its caller's account and tenant, bounded. */
  function expectOneTransactionOf(statements: Statement[], username: string): void {
    const caller = callers.get(username);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((statement) => statement.request !== undefined)).toBe(true);
    expect(distinct(statements.map((statement) => statement.txid))).toHaveLength(1);
    expect(distinct(statements.map((statement) => statement.pid))).toHaveLength(1);
    expect(distinct(statements.map((statement) => statement.timeout))).toEqual(['30s']);
    expect(distinct(statements.map((statement) => statement.accountId))).toEqual([caller?.accountId]);
    const walled = statements.filter((statement) => !SESSION_LOOKUP.test(statement.sql));
    expect(walled.length).toBeGreaterThan(0);
    expect(distinct(walled.map((statement) => statement.tenantId))).toEqual([caller?.tenantId]);
  }

  function controlsOf(controls: Control[], request: RequestTransaction | undefined): string[] {
    return controls
      .filter((control) => control.request === request && TRANSACTION_CONTROL.test(control.sql))
      .map((control) => control.sql.replace(/ typeorm_\d+$/, ''));
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 1);
    const [countyA, countyB] = tree.counties as [string, string];
    city = await platform.as(tree.city);
    county = await platform.as(countyA);
    projectId = (await publishedProject(city, [countyA, countyB])).projectId;
    for (const username of [tree.city, countyA]) {
      callers.set(username, await callerOf(username));
    }
    probe = new StatementProbe(platform.api.get(RequestScope));
    platform.api.get(DataSource).subscribers.push(probe);
    clients = probe.watchClients();
  });

  afterAll(async () => {
    clients.mockRestore();
    await platform.close();
  });

  it('runs every statement of a query, its resolvers side by side, in one transaction carrying its caller', async () => {
    const { statements, controls } = await probe.during(() =>
      city.ok(`{
        me { id username tenant { code } }
        tenants { id code }
        jointProjects { id issuer { code } }
        myAssignments { id }
        progress { findings }
      }`),
    );
    const requests = byRequest(statements);
    expect(requests).toHaveLength(1);
    const [request] = requests as [Statement[]];
    expect(request.length).toBeGreaterThanOrEqual(5);
    expectOneTransactionOf(request, tree.city);
    expect(controlsOf(controls, request[0]?.request)).toEqual(['START TRANSACTION', 'COMMIT']);
    // Side by side, yet one statement at a time on the one connection.
    expect(probe.overlaps).toBe(0);
  });

  it('runs a mutation’s savepoints, its audit row and its answer in the request’s one transaction', async () => {
    const { statements, controls } = await probe.during(() =>
      city.ok(CREATE_PROJECT, { input: projectInput() }),
    );
    const [request, ...others] = byRequest(statements) as [Statement[]];
    expect(others).toEqual([]);
    expectOneTransactionOf(request, tree.city);
    expect(request.some((statement) => /INSERT INTO "joint_project"/.test(statement.sql))).toBe(true);
    expect(request.some((statement) => /INSERT INTO audit_event/.test(statement.sql))).toBe(true);
    const ends = controlsOf(controls, request[0]?.request);
    expect(ends[0]).toBe('START TRANSACTION');
    expect(ends).toContain('SAVEPOINT');
    expect(ends.filter((sql) => sql === 'START TRANSACTION')).toHaveLength(1);
    expect(ends.at(-1)).toBe('COMMIT');
  });

  it('renews a session (a savepoint of its own) inside the request’s one transaction', async () => {
    const countyCode = tree.counties[1] as string;
    const signedIn = await platform.client.ok<{ login: { refreshToken: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { refreshToken } }',
      { u: countyCode, p: 'liandong-demo' },
    );
    callers.set(countyCode, await callerOf(countyCode));
    const { statements, controls } = await probe.during(() =>
      platform.client.ok('mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', {
        t: signedIn.login.refreshToken,
      }),
    );
    const [request, ...others] = byRequest(statements) as [Statement[]];
    expect(others).toEqual([]);
    expect(distinct(request.map((statement) => statement.txid))).toHaveLength(1);
    expect(distinct(request.map((statement) => statement.pid))).toHaveLength(1);
    // The refresh token's own lookup runs before the account is known, and reads sessions only.
    const known = request.findIndex((statement) => statement.accountId !== '');
    expect(known).toBeGreaterThan(0);
    expect(request.slice(0, known).every((statement) => SESSION_LOOKUP.test(statement.sql))).toBe(true);
    expectOneTransactionOf(request.slice(known), countyCode);
    expect(controlsOf(controls, request[0]?.request)).toEqual([
      'START TRANSACTION',
      'SAVEPOINT',
      'RELEASE SAVEPOINT',
      'COMMIT',
    ]);
  });

  it('runs a plain-HTTP download in one transaction carrying its caller', async () => {
    const { statements } = await probe.during(async () => {
      const response = await fetch(`${platform.url}/exports/problem-list.xlsx?projectId=${projectId}`, {
        headers: city.authorization(),
      });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    });
    const [request, ...others] = byRequest(statements) as [Statement[]];
    expect(others).toEqual([]);
    expectOneTransactionOf(request, tree.city);
  });

  it('never lets two requests of different callers, open at the same time, share a transaction', async () => {
    const meeting = meetingOf(2);
    probe.hold = meeting.wait;
    let recorded: Statement[];
    try {
      ({ statements: recorded } = await probe.during(() =>
        Promise.all([city.ok('{ jointProjects { id } }'), county.ok('{ jointProjects { id } }')]),
      ));
    } finally {
      probe.hold = null;
    }
    expect(meeting.met()).toBe(true);
    expect(probe.overlaps).toBe(0);
    const requests = byRequest(recorded);
    expect(requests).toHaveLength(2);
    const [first, second] = requests as [Statement[], Statement[]];
    const mine = (request: Statement[], username: string): boolean =>
      request[0]?.accountId === callers.get(username)?.accountId;
    const cityRequest = mine(first, tree.city) ? first : second;
    const countyRequest = cityRequest === first ? second : first;
    expectOneTransactionOf(cityRequest, tree.city);
    expectOneTransactionOf(countyRequest, tree.counties[0] as string);
    expect(cityRequest[0]?.txid).not.toBe(countyRequest[0]?.txid);
    expect(cityRequest[0]?.pid).not.toBe(countyRequest[0]?.pid);
  });
});
