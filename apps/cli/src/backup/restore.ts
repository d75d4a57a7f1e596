import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { extract } from 'tar';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@liandong/config';
import { ensureAppLogin } from '@liandong/db';
import { assertFileKey, createFileStore } from '@liandong/files';
import {
  APP_SCHEMAS,
  appliedMigrations,
  COPY_SETTINGS,
  ident,
  qualified,
  setSequence,
  tablesWithRows,
} from './backup-catalog';
import { BackupManifest, ManifestError, migrationMismatch, parseManifest } from './backup-manifest';
import { hashFile } from './hashing';

/** A restore that would not be safe: nothing in the target was touched. */
export class RestoreRefused extends Error {}

export interface RestoreSummary {
  tables: number;
  rows: number;
  sequences: number;
  files: number;
  seconds: number;
}

/**
 * Unpacks the archive and checks every part against the manifest's sizes and hashes before the target is
 * touched: a truncated or altered archive is refused whole.
 */
async function unpack(archive: string, work: string): Promise<BackupManifest> {
  try {
    // The whole gzip stream is read once before extracting: a truncated or damaged archive stops here,
    // before a single file is written (an extraction that fails midway still has writes in flight).
    await pipeline(
      createReadStream(archive),
      createGunzip(),
      new Writable({ write: (_chunk, _enc, done) => done() }),
    );
    // strict: a damaged tar header is an error, not a warning with the rest skipped.
    await extract({ file: archive, cwd: work, strict: true });
  } catch (error) {
    throw new RestoreRefused(
      `备份文件损坏或不完整 / the archive is damaged or incomplete (${archive}): ${(error as Error).message}`,
    );
  }
  let manifest: BackupManifest;
  try {
    manifest = parseManifest(await readFile(join(work, 'manifest.json'), 'utf8'));
  } catch (error) {
    const reason =
      error instanceof ManifestError ? error.message : `no manifest.json (${(error as Error).message})`;
    throw new RestoreRefused(`不是可用的备份文件 / not a usable backup archive: ${reason}`);
  }
  const parts = [
    ...manifest.tables.map((table) => ({ path: table.file, bytes: table.bytes, sha256: table.sha256 })),
    ...manifest.files.entries.map((file) => ({ path: `files/${assertFileKey(file.key)}`, ...file })),
  ];
  for (const part of parts) {
    let found;
    try {
      found = await hashFile(join(work, part.path));
    } catch {
      throw new RestoreRefused(`备份文件不完整 / the archive is incomplete: ${part.path} is missing`);
    }
    if (found.bytes !== part.bytes || found.sha256 !== part.sha256) {
      throw new RestoreRefused(
        `备份文件已损坏 / the archive is damaged: ${part.path} holds ${found.bytes} bytes (sha256 ${found.sha256}), ` +
          `the manifest says ${part.bytes} (sha256 ${part.sha256})`,
      );
    }
  }
  return manifest;
}

/** Drops the application schema(s) with everything in them and recreates them as PostgreSQL makes `public`. */
async function dropApplicationSchemas(client: Client): Promise<void> {
  for (const schema of APP_SCHEMAS) {
    await client.query(`DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE`);
    await client.query(`CREATE SCHEMA ${ident(schema)} AUTHORIZATION pg_database_owner`);
    await client.query(`GRANT USAGE ON SCHEMA ${ident(schema)} TO PUBLIC`);
  }
}

/**
 * Every row back in one transaction with triggers off (session_replication_role = replica): the audit
 * chain, the progress tallies and the outbox come back exactly as copied, not recomputed or re-audited.
 * Tables the migrations filled are emptied first.
 */
async function loadRows(client: Client, manifest: BackupManifest, work: string): Promise<number> {
  await client.query('BEGIN');
  try {
    for (const setting of [...COPY_SETTINGS, 'SET LOCAL session_replication_role = replica']) {
      await client.query(setting);
    }
    if (manifest.tables.length > 0) {
      await client.query(
        `TRUNCATE ${manifest.tables.map((table) => qualified(table.schema, table.name)).join(', ')}`,
      );
    }
    let rows = 0;
    for (const table of manifest.tables) {
      const columns = table.columns.map(ident).join(', ');
      const stream = client.query(
        copyFrom(`COPY ${qualified(table.schema, table.name)} (${columns}) FROM STDIN`),
      );
      await pipeline(createReadStream(join(work, table.file)), stream);
      if (stream.rowCount !== table.rows) {
        throw new Error(
          `${table.schema}.${table.name}: loaded ${stream.rowCount} rows, the backup holds ${table.rows}`,
        );
      }
      rows += table.rows;
    }
    for (const sequence of manifest.sequences) {
      await setSequence(client, sequence);
    }
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * `liandong restore <archive>`: into an empty database (or, with `force`, one whose application schema is
 * dropped first), migrated to exactly the migrations the backup recorded, then the rows, the sequences and
 * the evidence files.
 */
export async function restore(
  dataSource: DataSource,
  config: AppConfig,
  archive: string,
  force: boolean,
  log: (message: string) => void,
): Promise<RestoreSummary> {
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'liandong-restore-'));
  const client = new Client({ connectionString: config.databaseUrl, application_name: 'liandong-restore' });
  let connected = false;
  try {
    const manifest = await unpack(archive, work);
    const code = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
    const mismatch = migrationMismatch(
      manifest.migrations.map((migration) => migration.name),
      code,
    );
    if (mismatch) {
      throw new RestoreRefused(
        `备份与当前代码的数据库迁移不一致 / the backup's migrations differ from this code's: ` +
          `only in the backup ${JSON.stringify(mismatch.missing)}, only in the code ${JSON.stringify(mismatch.extra)}; ` +
          'restore with the release that made the backup',
      );
    }
    await client.connect();
    connected = true;
    const held = await tablesWithRows(client);
    if (held.length > 0) {
      if (!force) {
        throw new RestoreRefused(
          `目标数据库不是空的，未做任何改动；确认要覆盖请加 --force / the target database is not empty ` +
            `(${held.length} tables hold rows, e.g. ${held.slice(0, 3).join(', ')}); nothing was changed. ` +
            'Restore into an empty database, or pass --force to drop its data first',
        );
      }
      log(`--force: dropping schema ${APP_SCHEMAS.join(', ')} (${held.length} tables held rows)`);
      await dropApplicationSchemas(client);
    }
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    log(`migrations run: ${ran.length}`);
    if (config.appDatabaseUrl) {
      log(`application login ready: ${await ensureAppLogin(dataSource, config.appDatabaseUrl)}`);
    }
    const applied = (await appliedMigrations(client)).map((migration) => migration.name);
    if (
      migrationMismatch(
        manifest.migrations.map((migration) => migration.name),
        applied,
      )
    ) {
      throw new Error(`the target's applied migrations ${JSON.stringify(applied)} differ from the backup's`);
    }
    const rows = await loadRows(client, manifest, work);
    if (manifest.files.store === 's3') {
      log(
        `evidence files stayed in bucket ${manifest.files.bucket ?? '?'}: not in the archive, not restored`,
      );
    }
    const store = await createFileStore(config);
    for (const file of manifest.files.entries) {
      await store.put(file.key, createReadStream(join(work, 'files', file.key)), { size: file.bytes });
    }
    return {
      tables: manifest.tables.length,
      rows,
      sequences: manifest.sequences.length,
      files: manifest.files.entries.length,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    if (connected) {
      await client.end().catch(() => undefined);
    }
    await rm(work, { recursive: true, force: true, maxRetries: 5 });
  }
}
