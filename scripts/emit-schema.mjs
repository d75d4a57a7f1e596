// Builds and writes schema.graphql from the resolvers (no database needed).
import { execFileSync } from 'node:child_process';
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['dist/apps/api/src/emit-schema.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
