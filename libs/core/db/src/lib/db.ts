import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { RequestScope } from './request-scope';

/**
 * The database as the work at hand sees it. Inside a request, `manager` is that request's one transaction,
 * carrying its caller for row-level security; outside one (the worker, the command line), the data source's
 * own. Repositories take their EntityManager from here on every call rather than holding one, so no statement
 * of a request can run beside its transaction.
 */
@Injectable()
export class Db {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: RequestScope,
  ) {}

  get manager(): EntityManager {
    return this.scope.current()?.manager ?? this.dataSource.manager;
  }

  /** The repository of `entity` on the current EntityManager. */
  repository<E extends ObjectLiteral>(entity: EntityTarget<E>): Repository<E> {
    return this.manager.getRepository(entity);
  }

  /**
   * Runs `work` atomically on the manager it is given: a savepoint of the request's transaction (a failure
   * undoes only what `work` did), or a transaction of its own outside a request.
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const request = this.scope.current();
    return request ? request.transaction(work) : this.dataSource.transaction(work);
  }
}
