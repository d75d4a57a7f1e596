import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import cluster from 'node:cluster';
import { loadConfig } from '@liandong/config';
import { createApiApp } from './bootstrap';

/** Names the API process that answered, when several share the port; the JSON logs carry the same pid. */
const PROCESS_HEADER = 'x-liandong-process';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp();
  if (cluster.isWorker) {
    app.use((_request: Request, response: Response, next: NextFunction) => {
      response.setHeader(PROCESS_HEADER, String(process.pid));
      next();
    });
  }
  await app.listen(config.port, '0.0.0.0');
  new Logger('liandong-api').log(`API ready at http://localhost:${config.port}/graphql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
