import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestTransaction } from './request-transaction';
import { StatementTurns } from './statement-turns';
import { WallSettings } from './tenant-wall';

/**
 * Which request's transaction the work at hand belongs to: entered by the HTTP middleware, carried through
 * everything the request starts, ended by the GraphQL plugin or the plain-HTTP interceptor. Outside a request
 * (startup, the worker, the command line) there is none.
 */
export class RequestScope {
  private readonly storage = new AsyncLocalStorage<RequestTransaction>();
  private readonly logger = new Logger(RequestScope.name);
  private readonly turns = new StatementTurns();

  constructor(private readonly dataSource: DataSource) {
    dataSource.subscribers.push(this.turns);
  }

  /** A new request's transaction; nothing touches the database until the request says who is asking. */
  begin(): RequestTransaction {
    return new RequestTransaction(this.dataSource, this.turns);
  }

  /** Runs `work` (and everything it starts) inside the request's transaction. */
  enter<T>(transaction: RequestTransaction, work: () => T): T {
    return this.storage.run(transaction, work);
  }

  /** The current request's transaction, if the work at hand belongs to a request. */
  current(): RequestTransaction | undefined {
    return this.storage.getStore();
  }

  /** Says who is asking, for the policies; outside a request there is nobody to tell. */
  async set(settings: WallSettings): Promise<void> {
    await this.current()?.set(settings);
  }

  /** Ends the current request's transaction: committed when it succeeded, rolled back when it failed. */
  async finish(commit: boolean): Promise<void> {
    try {
      await this.current()?.finish(commit);
    } catch (error) {
      this.logger.error({ message: 'could not commit the request', error: String(error) });
      throw error;
    }
  }
}
