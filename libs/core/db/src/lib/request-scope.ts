import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import { WallSettings } from './tenant-wall';

/** `set_config(..., true)`: the value lives until the transaction ends, never on the pooled connection. */
const SET_SETTINGS = `SELECT set_config('liandong.tenant_path', $1, true), set_config('liandong.tenant_id', $2, true),
  set_config('liandong.account_id', $3, true), set_config('liandong.login', $4, true),
  set_config('liandong.refresh_token_hash', $5, true)`;

/**
 * What a request's transaction starts with, in one round trip: the caller's settings, and the longest one
 * statement may run (longer ones are cancelled and the request fails).
 */
const BEGIN_SETTINGS = `${SET_SETTINGS}, set_config('statement_timeout', '30s', true)`;

function settingValues(settings: WallSettings): string[] {
  return [
    settings.tenant_path ?? '',
    settings.tenant_id ?? '',
    settings.account_id ?? '',
    settings.login ?? '',
    settings.refresh_token_hash ?? '',
  ];
}

interface PgClient {
  query(sql: string, values?: unknown[]): Promise<unknown>;
}

/**
 * One request's database work: a single connection and transaction, begun at its first query with the
 * caller's settings, ended once the answer is ready. Everything the request asks of PostgreSQL runs on it,
 * so the row-level security policies see the caller on every query, and `dataSource.transaction()` inside
 * becomes a savepoint.
 */
export class RequestTransaction {
  private settings: WallSettings = {};
  private runner: QueryRunner | null = null;
  private began: Promise<unknown> | null = null;
  private finished = false;

  constructor(private readonly open: () => QueryRunner) {}

  /** The request's query runner; TypeORM releases it after each use, which this ignores until finish(). */
  queryRunner(): QueryRunner {
    if (this.finished) {
      throw new Error('the request has already finished its database work');
    }
    if (!this.runner) {
      const runner = this.open();
      const connect = runner.connect.bind(runner);
      runner.connect = () =>
        (this.began ??= connect().then(async (client: PgClient) => {
          await client.query('START TRANSACTION');
          await client.query(BEGIN_SETTINGS, settingValues(this.settings));
          // TypeORM's own bookkeeping, so nested transactions become savepoints and commit ends this one.
          Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
          return client;
        }));
      runner.release = () => Promise.resolve();
      // One connection answers one query at a time; resolvers running side by side take turns here.
      const query = runner.query.bind(runner);
      let previous: Promise<unknown> = Promise.resolve();
      runner.query = ((...args: Parameters<QueryRunner['query']>) => {
        const next = previous.then(() => query(...args));
        previous = next.catch(() => undefined);
        return next;
      }) as QueryRunner['query'];
      this.runner = runner;
    }
    return this.runner;
  }

  /** Sets who is asking; applies at once when the transaction has begun, else when it begins. */
  async set(settings: WallSettings): Promise<void> {
    this.settings = { ...this.settings, ...settings };
    if (this.began && this.runner) {
      await this.runner.query(SET_SETTINGS, settingValues(this.settings));
    }
  }

  /** Commits (or rolls back) and returns the connection to the pool, with no setting left on it. */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) {
      return;
    }
    this.finished = true;
    const runner = this.runner as unknown as ReleasableRunner | null;
    if (!runner || !this.began) {
      return;
    }
    const began = await this.began.then(
      () => true,
      () => false,
    );
    if (!began) {
      // The request already met that error; a connection left mid-transaction must not be reused.
      await runner.releasePostgresConnection(new Error('the request transaction could not begin'));
      return;
    }
    try {
      if (commit) {
        await runner.commitTransaction();
      } else {
        await runner.rollbackTransaction();
      }
      await runner.releasePostgresConnection();
    } catch (error) {
      await runner.releasePostgresConnection(error instanceof Error ? error : new Error(String(error)));
      if (commit) {
        throw error;
      }
    }
  }
}

/** TypeORM's PostgreSQL runner: release() drops its error argument; this one passes it to the pool. */
interface ReleasableRunner extends QueryRunner {
  releasePostgresConnection(error?: Error): Promise<void>;
}

/**
 * Scopes a DataSource's work to requests: inside `enter()`, every query of that request goes through one
 * transaction carrying the caller's settings. Outside a request (startup, tests' direct use) nothing changes.
 */
@Injectable()
export class RequestScope {
  private readonly storage = new AsyncLocalStorage<RequestTransaction>();
  private readonly logger = new Logger(RequestScope.name);
  private opener: (() => QueryRunner) | null = null;

  /** Routes the DataSource's query runners through the current request's transaction, if there is one. */
  attach(dataSource: DataSource): void {
    const open = dataSource.createQueryRunner.bind(dataSource);
    dataSource.createQueryRunner = (mode?: ReplicationMode) =>
      this.storage.getStore()?.queryRunner() ?? open(mode);
    this.opener = () => open('master');
  }

  /** A new request's transaction; nothing touches the database until its first query. */
  begin(): RequestTransaction {
    if (!this.opener) {
      throw new Error('RequestScope.attach(dataSource) was not called');
    }
    return new RequestTransaction(this.opener);
  }

  /** Runs `work` (and everything it starts) inside the request's transaction. */
  enter<T>(transaction: RequestTransaction, work: () => T): T {
    return this.storage.run(transaction, work);
  }

  /** Says who is asking, for the policies; outside a request there is nobody to tell. */
  async set(settings: WallSettings): Promise<void> {
    await this.storage.getStore()?.set(settings);
  }

  /** Ends the current request's transaction: committed when it succeeded, rolled back when it failed. */
  async finish(commit: boolean): Promise<void> {
    try {
      await this.storage.getStore()?.finish(commit);
    } catch (error) {
      this.logger.error({ message: 'could not commit the request', error: String(error) });
      throw error;
    }
  }
}
