import { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import { RequestScope } from './request-scope';

/**
 * Transitional, deleted once every repository takes its EntityManager from `Db`: code that still reaches the
 * database through an injected `Repository`, `dataSource.query()` or `dataSource.transaction()` gets, inside a
 * request, that request's query runner, so it shares the request's transaction and caller. TypeORM releases
 * a runner it obtained itself after each use; the one handed out here keeps the connection until the request
 * finishes, so its `release` does nothing. Before the request has named its caller there is no transaction to
 * share, and such statements run on a runner of their own as nobody (the policies show them nothing).
 */
export function routeLegacyQueries(dataSource: DataSource, scope: RequestScope): void {
  const open = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode?: ReplicationMode): QueryRunner => {
    const runner = scope.current()?.queryRunner;
    return runner ? keptOpen(runner) : open(mode);
  };
}

function keptOpen(runner: QueryRunner): QueryRunner {
  return new Proxy(runner, {
    get: (target, property, receiver): unknown =>
      property === 'release' ? () => Promise.resolve() : Reflect.get(target, property, receiver),
  });
}
