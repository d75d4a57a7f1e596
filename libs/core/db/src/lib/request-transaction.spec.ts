import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { RequestTransaction } from './request-transaction';
import { StatementTurns } from './statement-turns';

/** A query runner that records what is asked of it, in order; `failing` names the steps that throw. */
function fakeRunner(failing: ReadonlySet<string> = new Set()) {
  const calls: string[] = [];
  const step = (name: string): Promise<void> => {
    calls.push(name);
    return failing.has(name) ? Promise.reject(new Error(`${name} failed`)) : Promise.resolve();
  };
  const manager = {
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
      calls.push('savepoint');
      try {
        return await work(manager as unknown as EntityManager);
      } finally {
        calls.push('release savepoint');
      }
    },
  };
  const runner = {
    manager,
    connect: () => step('connect'),
    startTransaction: () => step('start'),
    commitTransaction: () => step('commit'),
    rollbackTransaction: () => step('rollback'),
    release: () => step('release'),
    query: (sql: string, values?: string[]) => {
      const head = sql.includes('statement_timeout')
        ? 'begin settings'
        : sql.includes('set_config')
          ? 'settings'
          : sql;
      return step(values ? `${head} ${JSON.stringify(values)}` : head);
    },
  };
  const opened: string[] = [];
  const dataSource = {
    createQueryRunner: (mode: string) => {
      opened.push(mode);
      return runner as unknown as QueryRunner;
    },
  } as unknown as DataSource;
  return { calls, opened, dataSource, manager };
}

describe('RequestTransaction', () => {
  it('takes no connection for a request that never names its caller', async () => {
    const { opened, dataSource } = fakeRunner();
    const transaction = new RequestTransaction(dataSource, new StatementTurns());
    await transaction.finish(true);
    expect(opened).toEqual([]);
  });

  it('begins when the caller is first named, with its settings and the statement bound in one round trip', async () => {
    const { calls, opened, dataSource } = fakeRunner();
    const transaction = new RequestTransaction(dataSource, new StatementTurns());
    await transaction.set({ account_id: 'a1' });
    await transaction.set({ tenant_id: 't1', tenant_path: 'p1' });
    expect(opened).toEqual(['master']);
    expect(calls).toEqual([
      'connect',
      'start',
      'begin settings ["","","a1","",""]',
      'settings ["p1","t1","a1","",""]',
    ]);
  });

  it('applies settings named while it begins once it has begun, and begins only once', async () => {
    const { calls, opened, dataSource } = fakeRunner();
    const transaction = new RequestTransaction(dataSource, new StatementTurns());
    await Promise.all([transaction.set({ account_id: 'a1' }), transaction.set({ account_id: 'a1' })]);
    expect(opened).toHaveLength(1);
    expect(calls.filter((call) => call === 'start')).toHaveLength(1);
  });

  it('hands down its runner’s manager only once begun, and never after it finished', async () => {
    const { dataSource, manager } = fakeRunner();
    const transaction = new RequestTransaction(dataSource, new StatementTurns());
    expect(() => transaction.manager).toThrow(/names its caller/);
    expect(transaction.queryRunner).toBeNull();
    await transaction.set({});
    expect(transaction.manager).toBe(manager);
    await transaction.finish(true);
    expect(() => transaction.manager).toThrow(/already finished/);
    expect(transaction.queryRunner).toBeNull();
    await expect(transaction.set({ tenant_id: 't1' })).rejects.toThrow(/already finished/);
  });

  it.each([
    [true, 'commit'],
    [false, 'rollback'],
  ])('ends with commit=%s by %s and releases the connection, once', async (commit, end) => {
    const { calls, dataSource } = fakeRunner();
    const transaction = new RequestTransaction(dataSource, new StatementTurns());
    await transaction.set({});
    await transaction.finish(commit);
    await transaction.finish(!commit);
    expect(calls.slice(3)).toEqual([end, 'release']);
  });

  it('rolls back a connection whose commit failed before releasing it, and reports the failure', async () => {
    const { calls, dataSource } = fakeRunner(new Set(['commit']));
    const transaction = new RequestTransaction(dataSource, new StatementTurns());
    await transaction.set({});
    await expect(transaction.finish(true)).rejects.toThrow('commit failed');
    expect(calls.slice(3)).toEqual(['commit', 'ROLLBACK', 'release']);
  });

  it('rolls back a transaction that could not finish beginning, without failing the answer', async () => {
    const { calls, dataSource } = fakeRunner(new Set(['start']));
    const transaction = new RequestTransaction(dataSource, new StatementTurns());
    await expect(transaction.set({})).rejects.toThrow('start failed');
    await transaction.finish(true);
    expect(calls).toEqual(['connect', 'start', 'ROLLBACK', 'release']);
  });

  it('lets side-by-side savepoints take turns, and nests a savepoint opened inside another', async () => {
    const { calls, dataSource } = fakeRunner();
    const transaction = new RequestTransaction(dataSource, new StatementTurns());
    await transaction.set({});
    calls.length = 0;
    const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all([
      transaction.transaction(async () => {
        calls.push('a');
        await pause();
        await transaction.transaction(async () => {
          calls.push('a inner');
          await pause();
        });
      }),
      transaction.transaction(async () => {
        calls.push('b');
        await pause();
      }),
    ]);
    expect(calls).toEqual([
      'savepoint',
      'a',
      'savepoint',
      'a inner',
      'release savepoint',
      'release savepoint',
      'savepoint',
      'b',
      'release savepoint',
    ]);
  });

  it('lets a failed savepoint fail only its own caller', async () => {
    const { dataSource } = fakeRunner();
    const transaction = new RequestTransaction(dataSource, new StatementTurns());
    await transaction.set({});
    const failed = transaction.transaction(() => Promise.reject(new Error('refused')));
    const next = transaction.transaction(() => Promise.resolve('done'));
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('done');
  });
});
