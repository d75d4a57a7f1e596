import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { create as createTar } from 'tar';
import type { FilesConfig } from '@liandong/config';
import {
  applicationSequences,
  applicationTables,
  appliedMigrations,
  COPY_SETTINGS,
  qualified,
  sequenceState,
  ident,
} from './backup-catalog';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupManifest,
  BackupSequence,
  BackupTable,
} from './backup-manifest';
import { copyStoredFiles } from './evidence-files';
import { writeHashed } from './hashing';

export interface BackupSummary {
  archive: string;
  tables: number;
  rows: number;
  sequences: number;
  files: number;
  /** The archive's size on disk. */
  bytes: number;
  seconds: number;
}

interface Snapshot {
  server: BackupManifest['server'];
  migrations: BackupManifest['migrations'];
  tables: BackupTable[];
  sequences: BackupSequence[];
}

/**
 * Reads every table and sequence in one REPEATABLE READ READ ONLY transaction, so the rows form one
 * consistent snapshot while the platform keeps running. Row security is off: a role it would filter makes
 * the COPY fail instead of silently leaving rows out.
 */
async function snapshot(databaseUrl: string, dataDir: string): Promise<Snapshot> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'liandong-backup' });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (const setting of [...COPY_SETTINGS, 'SET LOCAL row_security = off']) {
      await client.query(setting);
    }
    const { rows: server } = await client.query<{ version: string; num: string }>(
      "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num",
    );
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0) {
      throw new Error('the database has no applied migrations: nothing to back up (run `liandong migrate`)');
    }
    const tables: BackupTable[] = [];
    for (const table of await applicationTables(client)) {
      const file = `data/${table.schema}.${table.name}.copy`;
      const columns = table.columns.map(ident).join(', ');
      const stream = client.query(
        copyTo(`COPY ${qualified(table.schema, table.name)} (${columns}) TO STDOUT`),
      );
      const written = await writeHashed(stream, join(dataDir, basename(file)));
      tables.push({ ...table, rows: stream.rowCount, file, ...written });
    }
    const sequences: BackupSequence[] = [];
    for (const sequence of await applicationSequences(client)) {
      sequences.push({ ...sequence, ...(await sequenceState(client, sequence)) });
    }
    await client.query('COMMIT');
    return {
      server: { version: server[0]?.version ?? '', versionNum: Number(server[0]?.num) },
      migrations,
      tables,
      sequences,
    };
  } finally {
    await client.end();
  }
}

/**
 * `liandong backup`: the database as COPY text plus the evidence files, in one gzipped tar with a manifest.
 * The archive is written under a temporary name beside its destination and renamed when whole, so a file
 * with the final name is always a complete backup.
 */
export async function backup(
  databaseUrl: string,
  files: FilesConfig,
  out: string,
  now: Date,
): Promise<BackupSummary> {
  const started = performance.now();
  const archive = resolve(out);
  const work = await mkdtemp(join(tmpdir(), 'liandong-backup-'));
  const partial = join(dirname(archive), `.${basename(archive)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await mkdir(join(work, 'data'));
    await mkdir(join(work, 'files'));
    const data = await snapshot(databaseUrl, join(work, 'data'));
    const entries = files.s3 ? [] : await copyStoredFiles(files.dir, join(work, 'files'));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      ...data,
      files: { store: files.s3 ? 's3' : 'local', bucket: files.s3?.bucket ?? null, entries },
    };
    await writeFile(join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await mkdir(dirname(archive), { recursive: true });
    // The manifest first: a restore reads it before anything else.
    await createTar({ gzip: true, file: partial, cwd: work, portable: true }, [
      'manifest.json',
      'data',
      'files',
    ]);
    // On disk before it takes the final name: a crash leaves the old archive or the new one, never half.
    const handle = await open(partial, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, archive);
    return {
      archive,
      tables: data.tables.length,
      rows: data.tables.reduce((sum, table) => sum + table.rows, 0),
      sequences: data.sequences.length,
      files: entries.length,
      bytes: (await stat(archive)).size,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await rm(partial, { force: true });
    await rm(work, { recursive: true, force: true });
  }
}
