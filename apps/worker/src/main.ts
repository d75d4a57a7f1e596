import { loadConfig } from '@liandong/config';
import { createWorker } from './bootstrap';

Promise.resolve()
  .then(() => loadConfig())
  .then(() => createWorker())
  .then((app) => app.init())
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
