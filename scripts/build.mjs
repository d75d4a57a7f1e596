// Compiles the server side (apps/api, apps/worker, apps/cli and libs) to dist/ with swc, in about a second.
import { transformFile } from '@swc/core';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const swcOptions = require('./swc-options.cjs');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const sources = ['apps/api/src', 'apps/worker/src', 'apps/cli/src', 'libs'];

async function* typescriptFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') {
        yield* typescriptFiles(path);
      }
    } else if (
      entry.name.endsWith('.ts') &&
      !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(entry.name) &&
      !entry.name.endsWith('.d.ts')
    ) {
      yield path;
    }
  }
}

const started = Date.now();
let count = 0;
const options = swcOptions();
const jobs = [];
for (const source of sources) {
  for await (const file of typescriptFiles(join(root, source))) {
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    jobs.push(
      (async () => {
        const { code, map } = await transformFile(file, {
          ...options,
          filename: file,
          swcrc: false,
          configFile: false,
          outputPath: target,
        });
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, map ? `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map` : code);
        if (map) {
          await writeFile(`${target}.map`, map);
        }
        count += 1;
      })(),
    );
  }
}
await Promise.all(jobs);
console.log(`built ${count} files into dist/ in ${Date.now() - started} ms`);
