import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { StatementTurns } from './statement-turns';
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

/** Marks the work of a savepoint, so that a savepoint opened inside it nests instead of waiting its turn. */
const insideSavepoint = new AsyncLocalStorage<true>();

/**
 * One request's database work: a single connection and transaction, taken through TypeORM's public query
 * runner API and handed down as `manager`. It begins when the request first says who is asking (every way in
 * names its caller before its first statement: a login, a refresh token, a bearer token), so a request that
 * never reaches the database never holds a connection; it ends once the answer is ready.
 */
export class RequestTransaction {
  private settings: WallSettings = {};
  private runner: QueryRunner | null = null;
  private began: Promise<void> | null = null;
  private ready = false;
  private finished = false;
  /** Savepoints of side-by-side resolvers take turns: TypeORM counts nesting per connection, not per caller. */
  private savepoints: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly turns: StatementTurns,
  ) {}

  /** The EntityManager every statement of the request goes through; its caller must have been named first. */
  get manager(): EntityManager {
    return this.openRunner().manager;
  }

  /** The request's query runner once its transaction has begun, else null. */
  get queryRunner(): QueryRunner | null {
    return this.ready && !this.finished ? this.runner : null;
  }

  /** Runs `work` in a savepoint of the request's transaction: its failure undoes its own statements only. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const manager = this.manager;
    if (insideSavepoint.getStore()) {
      return manager.transaction(work);
    }
    const turn = this.savepoints.then(() => insideSavepoint.run(true, () => manager.transaction(work)));
    this.savepoints = turn.catch(() => undefined);
    return turn;
  }

  /** Says who is asking: begins the transaction with these settings, or applies them to the begun one. */
  async set(settings: WallSettings): Promise<void> {
    if (this.finished) {
      throw new Error('the request has already finished its database work');
    }
    this.settings = { ...this.settings, ...settings };
    if (!this.began) {
      this.began = this.begin();
      return this.began;
    }
    await this.began;
    await this.openRunner().query(SET_SETTINGS, settingValues(this.settings));
  }

  /**
   * Commits (or rolls back) and returns the connection to the pool. A connection whose transaction may still
   * be open is rolled back first (ROLLBACK outside a transaction only warns), so no caller's settings or
   * half-done work reach whoever takes the connection next.
   */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) {
      return;
    }
    this.finished = true;
    const runner = this.runner;
    if (!runner || !this.began) {
      return;
    }
    const began = await this.began.then(
      () => true,
      () => false,
    );
    try {
      if (!began) {
        await rollBackWhateverIsOpen(runner);
      } else if (commit) {
        await runner.commitTransaction();
      } else {
        await runner.rollbackTransaction();
      }
    } catch (error) {
      // TypeORM releases a runner itself when its connection reports an error: the server went away.
      const lost = runner.isReleased;
      await rollBackWhateverIsOpen(runner);
      if (commit) {
        throw lost ? new ConnectionLostError(error) : error;
      }
    } finally {
      await runner.release();
    }
  }

  private async begin(): Promise<void> {
    const runner = this.dataSource.createQueryRunner('master');
    this.turns.enroll(runner);
    this.runner = runner;
    await runner.connect();
    await runner.startTransaction();
    await runner.query(BEGIN_SETTINGS, settingValues(this.settings));
    this.ready = true;
  }

  private openRunner(): QueryRunner {
    if (this.finished) {
      throw new Error('the request has already finished its database work');
    }
    if (!this.ready || !this.runner) {
      throw new Error('a request names its caller (RequestScope.set) before its first statement');
    }
    return this.runner;
  }
}

/**
 * The connection under a request's transaction died before it could commit, so nothing the request did is
 * stored. It carries SQLSTATE 08006 (connection_failure) so it is told apart, like any lost connection,
 * from a fault of the request or of the code.
 */
export class ConnectionLostError extends Error {
  readonly code = '08006';

  constructor(cause: unknown) {
    super('the database connection was lost before the request could commit', { cause });
    this.name = 'ConnectionLostError';
  }
}

async function rollBackWhateverIsOpen(runner: QueryRunner): Promise<void> {
  await runner.query('ROLLBACK').catch(() => undefined);
}
