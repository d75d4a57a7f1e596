import { Logger } from '@nestjs/common';
import { loadConfig } from '@liandong/config';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp();
  await app.listen(config.port, '0.0.0.0');
  new Logger('liandong-api').log(`API ready at http://localhost:${config.port}/graphql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
