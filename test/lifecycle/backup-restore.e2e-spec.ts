import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { Client } from 'pg';
import { create as createTar, extract } from 'tar';
import { photoBytes, startPlatform, uploadFile } from '@liandong/testing-system';

/**
 * `liandong backup` and `liandong restore` round-trip the demo year: Luoyang's 2023 (covert visits included)
 * plus evidence files uploaded through the API, backed up through the built command line and restored into a
 * new database on the same server and a new file directory. The copy must be the same database: the audit
 * chain verifies, every table holds the same rows, the files the same bytes, the tallies need no repair, and
 * the API over it answers the city's progress with the same figures. Refusals leave their target untouched.
 */

// The demo year alone is a few minutes on a busy machine; backup and restore add well under a minute.
jest.setTimeout(20 * 60_000);

const ROOT = resolve(__dirname, '../..');
const serverUrl = process.env['DATABASE_URL'] as string;
const suffix = randomBytes(4).toString('hex');
const SOURCE = `liandong_backup_source_${suffix}`;
const TARGET = `liandong_backup_target_${suffix}`;
const UNTOUCHED = `liandong_backup_untouched_${suffix}`;

const PROGRESS = `query { progress(groupBy: [TENANT, STATUS]) {
  tenant { code } status findings handedOver closed handoffs handoffsClosed overdue projects closureRate } }`;

function urlOf(database: string, base = serverUrl): string {
  return Object.assign(new URL(base), { pathname: `/${database}` }).toString();
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** The built command line on a database and file directory of this file's own; never throws on an exit code. */
function cli(database: string, filesDir: string, ...args: string[]): Promise<Ran> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: urlOf(database),
    LIANDONG_FILES_DIR: filesDir,
    DB_POOL_SIZE: '10',
  };
  // Without APP_DATABASE_URL, migrate leaves the shared application login alone.
  delete env['APP_DATABASE_URL'];
  const started = performance.now();
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['dist/apps/cli/src/main.js', ...args],
      { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 });
      },
    );
  });
}

async function ok(database: string, filesDir: string, ...args: string[]): Promise<Ran> {
  const ran = await cli(database, filesDir, ...args);
  if (ran.code !== 0) {
    throw new Error(`liandong ${args.join(' ')} exited ${ran.code}:\n${ran.stdout}\n${ran.stderr}`);
  }
  return ran;
}

/** Every table's row count and a digest of its rows (generated columns included), ordered by their text. */
async function tableDigests(database: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; digest: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS digest
           FROM public."${name}" t`,
      );
      digests[name] = `${rows[0]?.n} rows, md5 ${rows[0]?.digest}`;
    }
    const { rows: sequences } = await client.query<{ name: string; last_value: string | null }>(
      `SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public'`,
    );
    for (const sequence of sequences) {
      digests[`sequence ${sequence.name}`] = String(sequence.last_value);
    }
    return digests;
  } finally {
    await client.end();
  }
}

async function tableCount(database: string): Promise<number> {
  const client = new Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    return Number(rows[0]?.n);
  } finally {
    await client.end();
  }
}

/** Every file under a directory, by its path there, with its bytes in hex (small evidence photos). */
async function filesIn(dir: string, under = dir): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  let entries;
  try {
    entries = await readdir(under, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return found;
    }
    throw error;
  }
  for (const entry of entries) {
    const path = join(under, entry.name);
    if (entry.isDirectory()) {
      Object.assign(found, await filesIn(dir, path));
    } else {
      found[relative(dir, path).split(sep).join('/')] = (await readFile(path)).toString('hex');
    }
  }
  return found;
}

/** The API over a database and file directory: the city's progress, and the uploads a test asks for. */
async function withApi<T>(
  database: string,
  filesDir: string,
  work: (platform: Awaited<ReturnType<typeof startPlatform>>) => Promise<T>,
): Promise<T> {
  const saved = {
    DATABASE_URL: process.env['DATABASE_URL'],
    APP_DATABASE_URL: process.env['APP_DATABASE_URL'],
    LIANDONG_FILES_DIR: process.env['LIANDONG_FILES_DIR'],
  };
  Object.assign(process.env, {
    DATABASE_URL: urlOf(database),
    APP_DATABASE_URL: urlOf(database, process.env['APP_DATABASE_URL'] as string),
    LIANDONG_FILES_DIR: filesDir,
  });
  const platform = await startPlatform();
  try {
    return await work(platform);
  } finally {
    await platform.close();
    Object.assign(process.env, saved);
  }
}

describe('backup and restore of the demo year', () => {
  const server = new Client({ connectionString: serverUrl });
  let work: string;
  let sourceFiles: string;
  let targetFiles: string;
  let archive: string;
  let sourceProgress: unknown;
  let sourceDigests: Record<string, string>;
  let uploaded: string[];

  beforeAll(async () => {
    await server.connect();
    for (const database of [SOURCE, TARGET, UNTOUCHED]) {
      await server.query(`CREATE DATABASE ${database}`);
    }
    work = await mkdtemp(join(tmpdir(), 'liandong-backup-test-'));
    sourceFiles = join(work, 'source-files');
    targetFiles = join(work, 'target-files');
    archive = join(work, 'archives', 'demo-year.tar.gz');

    const played = performance.now();
    await ok(SOURCE, sourceFiles, 'migrate');
    await ok(SOURCE, sourceFiles, 'seed');
    await ok(SOURCE, sourceFiles, 'demo-year');
    console.log(`demo year played in ${((performance.now() - played) / 1000).toFixed(1)} s`);

    // Evidence photos uploaded by the city and a county, then the figures the city sees.
    ({ uploaded, progress: sourceProgress } = await withApi(SOURCE, sourceFiles, async (platform) => {
      const hashes: string[] = [];
      for (const [index, username] of ['4103', '4103', '410302'].entries()) {
        hashes.push(
          await uploadFile(
            platform,
            await platform.as(username),
            photoBytes(4096 + index),
            `现场照片${index}.png`,
          ),
        );
      }
      const city = await platform.as('4103');
      return { uploaded: hashes, progress: (await city.ok<{ progress: unknown }>(PROGRESS)).progress };
    }));
    sourceDigests = await tableDigests(SOURCE);

    const backedUp = await ok(SOURCE, sourceFiles, 'backup', '--out', archive);
    const restored = await ok(TARGET, targetFiles, 'restore', archive);
    const size = (await stat(archive)).size;
    console.log(
      `${backedUp.stdout.trim()}\n${restored.stdout.trim()}\n` +
        `backup ${backedUp.seconds.toFixed(1)} s, restore ${restored.seconds.toFixed(1)} s (whole command, ` +
        `start-up included); archive ${(size / 1024 / 1024).toFixed(2)} MiB`,
    );
  });

  afterAll(async () => {
    for (const database of [SOURCE, TARGET, UNTOUCHED]) {
      await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
    await server.end();
    await rm(work, { recursive: true, force: true });
  });

  it('backs up the demo year with findings of covert visits (暗访) and evidence files', async () => {
    expect(sourceDigests['finding']).toMatch(/^372 rows/);
    const client = new Client({ connectionString: urlOf(SOURCE) });
    await client.connect();
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM finding f JOIN activity a ON a.id = f.activity_id WHERE a.covert AND f.covert`,
    );
    await client.end();
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    expect(sourceDigests['evidence_file']).toMatch(/^3 rows/);
    expect(Object.keys(await filesIn(sourceFiles)).filter((key) => !key.startsWith('.'))).toHaveLength(3);
  });

  it('verifies the audit chain on the restored copy', async () => {
    const verified = await cli(TARGET, targetFiles, 'audit', 'verify');
    expect(verified.stderr).toBe('');
    expect(verified.stdout).toMatch(/intact/);
    expect(verified.code).toBe(0);
  });

  it('restores every table with the same rows and every sequence at the same value', async () => {
    expect(await tableDigests(TARGET)).toEqual(sourceDigests);
  });

  it('restores the evidence files byte for byte', async () => {
    const source = await filesIn(sourceFiles);
    const restored = await filesIn(targetFiles);
    const stored = (files: Record<string, string>): Record<string, string> =>
      Object.fromEntries(Object.entries(files).filter(([key]) => !key.startsWith('.')));
    expect(stored(restored)).toEqual(stored(source));
    expect(Object.keys(stored(restored)).map((key) => key.split('/').pop())).toEqual(
      expect.arrayContaining(uploaded),
    );
  });

  it('needs no repair of the progress tallies', async () => {
    const checked = await cli(TARGET, targetFiles, 'check-progress');
    expect(checked.stdout).toMatch(/equal a recount/);
    expect(checked.code).toBe(0);
  });

  it('serves the city the same progress figures through the API', async () => {
    const progress = await withApi(TARGET, targetFiles, async (platform) => {
      const city = await platform.as('4103');
      return (await city.ok<{ progress: unknown }>(PROGRESS)).progress;
    });
    expect(progress).toEqual(sourceProgress);
    expect(progress).not.toEqual([]);
  });

  it('refuses a database that holds data, changing nothing, and replaces it with --force', async () => {
    // The API test signed in on the copy since: its sessions and their audit rows are the target's own now.
    const before = await tableDigests(TARGET);
    const refused = await cli(TARGET, targetFiles, 'restore', archive);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/目标数据库不是空的/);
    expect(refused.stderr).toMatch(/not empty/);
    expect(refused.stderr).toMatch(/--force/);
    expect(await tableDigests(TARGET)).toEqual(before);

    // A change after the restore, then --force: the backup's rows again, and nothing of the change.
    const client = new Client({ connectionString: urlOf(TARGET) });
    await client.connect();
    try {
      await client.query(
        `UPDATE finding SET title = title || '（改）' WHERE id = (SELECT id FROM finding ORDER BY id LIMIT 1)`,
      );
    } finally {
      await client.end();
    }
    expect(await tableDigests(TARGET)).not.toEqual(sourceDigests);
    const forced = await ok(TARGET, targetFiles, 'restore', archive, '--force');
    expect(forced.stdout).toMatch(/--force: dropping schema public/);
    expect(await tableDigests(TARGET)).toEqual(sourceDigests);
    expect((await cli(TARGET, targetFiles, 'audit', 'verify')).code).toBe(0);
  });

  it('refuses a truncated or altered archive with a clear error, leaving the target empty', async () => {
    const untouchedFiles = join(work, 'untouched-files');
    const truncated = join(work, 'archives', 'truncated.tar.gz');
    await copyFile(archive, truncated);
    await truncate(truncated, Math.floor((await stat(archive)).size / 2));
    const cut = await cli(UNTOUCHED, untouchedFiles, 'restore', truncated);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/备份文件损坏或不完整 \/ the archive is damaged or incomplete/);

    // One byte changed inside a table's COPY text, the archive otherwise well formed: the manifest's hash
    // catches it.
    const altered = join(work, 'archives', 'altered.tar.gz');
    await alterOneRow(archive, altered, join(work, 'unpacked'));
    const changed = await cli(UNTOUCHED, untouchedFiles, 'restore', altered);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/备份文件已损坏 \/ the archive is damaged: data\/public\.finding\.copy/);

    expect(await tableCount(UNTOUCHED)).toBe(0);
    expect(await filesIn(untouchedFiles)).toEqual({});
  });
});

/** Repacks the archive with one character of the finding table's rows changed. */
async function alterOneRow(archive: string, altered: string, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await extract({ file: archive, cwd: dir });
  const path = join(dir, 'data', 'public.finding.copy');
  const text = await readFile(path, 'utf8');
  const at = text.indexOf('\t') + 1;
  await writeFile(path, `${text.slice(0, at)}${text[at] === 'x' ? 'y' : 'x'}${text.slice(at + 1)}`);
  await createTar({ gzip: true, file: altered, cwd: dir }, ['manifest.json', 'data', 'files']);
}
