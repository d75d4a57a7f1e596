import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchemaSdl } from './schema';

/** Writes the committed schema.graphql, so every change to the API shows in review. */
buildSchemaSdl()
  .then((sdl) => {
    const path = resolve(process.argv[2] ?? 'schema.graphql');
    writeFileSync(path, sdl);
    console.log(`wrote ${path}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
