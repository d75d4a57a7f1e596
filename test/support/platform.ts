import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GraphqlClient } from '@liandong/testing';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/bootstrap';

export interface Platform {
  url: string;
  client: GraphqlClient;
  dataSource: DataSource;
  api: INestApplication;
  worker: INestApplicationContext | null;
  /** Logs in a demo account (password liandong-demo) and returns a client carrying its token. */
  as(username: string): Promise<GraphqlClient>;
  startWorker(): Promise<INestApplicationContext>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** The API on a real port over the shared test database and Redis; the worker when a test needs jobs run. */
export async function startPlatform(options: { worker?: boolean } = {}): Promise<Platform> {
  const api = await createApiApp({ logger: false });
  await api.listen(0, '127.0.0.1');
  const url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const client = new GraphqlClient(url);
  const tokens = new Map<string, GraphqlClient>();
  const platform: Platform = {
    url,
    client,
    dataSource: api.get(DataSource),
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
      platform.worker = await createWorker({ logger: false });
      return platform.worker;
    },
    async stopWorker() {
      await platform.worker?.close();
      platform.worker = null;
    },
    async close() {
      await platform.stopWorker();
      await api.close();
    },
  };
  if (options.worker) {
    await platform.startWorker();
  }
  return platform;
}
