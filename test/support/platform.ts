import { INestApplication, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DestinationStream } from 'pino';
import { DataSource, DataSourceOptions, QueryRunner } from 'typeorm';
import { GraphqlClient } from '@liandong/testing';
import { Clock } from '@liandong/time';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/bootstrap';
import { CliModule } from '../../apps/cli/src/cli.module';

export interface Platform {
  url: string;
  client: GraphqlClient;
  /** The database as its owner sees it (the system role, past row-level security): for fixtures and checks. */
  dataSource: DataSource;
  api: INestApplication;
  worker: INestApplicationContext | null;
  /** Logs in a demo account (password liandong-demo) and returns a client carrying its token. */
  as(username: string): Promise<GraphqlClient>;
  startWorker(): Promise<INestApplicationContext>;
  /** A service as the worker and the command line hold it: connected as the system, past row-level security. */
  system<T>(type: Type<T>): Promise<T>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** Any constant: the key of the advisory lock that test files running a worker take in turn. */
const WORKER_LOCK_KEY = 4_103_001;
const WORKER_LOCK_WAIT_MS = 50_000;

/**
 * The outbox relay and the deadline sweep act on the whole shared database, so a worker started by one
 * test file would relay and sweep another's rows (into its own Redis, perhaps one a test is stopping).
 * Test files that run a worker therefore take turns: a session advisory lock, taken when the platform's
 * first worker starts and held until close(). One worker-running platform at a time per file.
 */
async function takeWorkerLock(dataSource: DataSource): Promise<QueryRunner> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const until = Date.now() + WORKER_LOCK_WAIT_MS;
  for (;;) {
    const rows: Array<{ locked: boolean }> = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
      WORKER_LOCK_KEY,
    ]);
    const row = rows[0];
    if (row?.locked) {
      return runner;
    }
    if (Date.now() > until) {
      await runner.release();
      throw new Error(`another test file kept a worker running for ${WORKER_LOCK_WAIT_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The API on a real port over the shared test database and Redis; the worker when a test needs jobs run.
 * A `clock` (a ManualClock) is shared by the API, the worker and the system services, so a test moves time
 * past a deadline instead of waiting for it. A `logDestination` receives the API's JSON log lines (pino keeps
 * one logger per process, so the first API of a test file decides where every line goes).
 */
export async function startPlatform(
  options: { worker?: boolean; clock?: Clock; logDestination?: DestinationStream } = {},
): Promise<Platform> {
  const { clock, logDestination } = options;
  // Silent unless the test reads the API's log lines back.
  const api = await createApiApp(logDestination ? { logDestination, clock } : { logger: false, clock });
  await api.listen(0, '127.0.0.1');
  const url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const client = new GraphqlClient(url);
  const dataSource = await new DataSource({
    ...api.get(DataSource).options,
    url: process.env['DATABASE_URL'],
    applicationName: 'liandong-test',
    extra: { max: 4 },
  } as DataSourceOptions).initialize();
  const tokens = new Map<string, GraphqlClient>();
  let workerLock: QueryRunner | null = null;
  let system: Promise<INestApplicationContext> | null = null;
  const platform: Platform = {
    url,
    client,
    dataSource,
    api,
    worker: null,
    async as(username: string) {
      let logged = tokens.get(username);
      if (!logged) {
        logged = await client.login(username);
        tokens.set(username, logged);
      }
      return logged;
    },
    async startWorker() {
      workerLock ??= await takeWorkerLock(platform.dataSource);
      platform.worker = await createWorker({ logger: false, clock });
      return platform.worker;
    },
    async system(type) {
      system ??= NestFactory.createApplicationContext(CliModule.forRoot(clock), { logger: false });
      return (await system).get(type);
    },
    async stopWorker() {
      await platform.worker?.close();
      platform.worker = null;
    },
    async close() {
      await platform.stopWorker();
      if (workerLock) {
        await workerLock.query('SELECT pg_advisory_unlock($1)', [WORKER_LOCK_KEY]);
        await workerLock.release();
        workerLock = null;
      }
      await api.close();
      await (await system)?.close();
      await dataSource.destroy();
    },
  };
  if (options.worker) {
    await platform.startWorker();
  }
  return platform;
}
