import { AfterQueryEvent, BeforeQueryEvent, EntitySubscriberInterface, QueryRunner } from 'typeorm';

/** A first-come, first-served line: each `take()` resolves once every earlier taker has called `give()`. */
export class Turns {
  private last: Promise<void> = Promise.resolve();
  private readonly givers: Array<() => void> = [];

  take(): Promise<void> {
    let give: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      give = resolve;
    });
    const previous = this.last;
    this.last = previous.then(() => done);
    this.givers.push(give);
    return previous;
  }

  give(): void {
    this.givers.shift()?.();
  }
}

/**
 * One statement at a time on a request's connection. The resolvers of one GraphQL request run side by side
 * and share the request's connection; the PostgreSQL client would queue their statements itself, but that
 * queueing is deprecated (it goes in pg 9), so they take turns here instead, through TypeORM's public query
 * events: `beforeQuery` is awaited before a statement is sent and `afterQuery` follows it, failed or not.
 * Only the runners enrolled here (the requests') take turns; every other runner is left alone.
 */
export class StatementTurns implements EntitySubscriberInterface {
  private readonly lines = new WeakMap<QueryRunner, Turns>();

  enroll(runner: QueryRunner): void {
    this.lines.set(runner, new Turns());
  }

  beforeQuery(event: BeforeQueryEvent): Promise<void> | void {
    return this.lines.get(event.queryRunner)?.take();
  }

  afterQuery(event: AfterQueryEvent): void {
    this.lines.get(event.queryRunner)?.give();
  }
}
