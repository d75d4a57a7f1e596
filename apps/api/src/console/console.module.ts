import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Response } from 'express';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** Where `npm run web:build` puts the console, from the directory the platform runs in (the repository or /app). */
export const CONSOLE_DIR = resolve('dist/apps/web');

/** Paths that belong to the API: never answered with the console's index.html. */
export const API_PATHS = [
  '/graphql',
  '/health',
  '/files/{*path}',
  '/imports/{*path}',
  '/exports/{*path}',
  '/templates/{*path}',
  '/public/disclosures',
];

/** Vite names built assets by content hash, so they never change; index.html must always be fetched anew. */
function cacheHeaders(res: Response, path: string): void {
  res.setHeader(
    'Cache-Control',
    basename(path) === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
  );
}

/**
 * Serves the built console (apps/web) at `/`, with every other unknown GET answered by its index.html so that
 * the console's own routes (/dashboard/…) survive a reload. Without a built console the API runs alone.
 */
@Module({})
export class ConsoleModule {
  static register(dir = CONSOLE_DIR): DynamicModule {
    if (!existsSync(join(dir, 'index.html'))) {
      return { module: ConsoleModule };
    }
    return {
      module: ConsoleModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: dir,
          exclude: API_PATHS,
          serveStaticOptions: { index: 'index.html', setHeaders: cacheHeaders },
        }),
      ],
    };
  }
}
