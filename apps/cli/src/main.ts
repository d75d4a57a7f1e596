import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, ConfigError, loadConfig, SEED_KINDS, SeedKind } from '@liandong/config';
import { TenantLevel } from '@liandong/tenancy';
import { Clock, SystemClock } from '@liandong/time';
import { ensureAppLogin, pendingSchemaChanges, verifyAuditChains } from '@liandong/db';
import { ProgressRepository } from '@liandong/progress';
import { CliModule } from './cli.module';
import { backup } from './backup/backup';
import { BackupOptionsError, parseBackupOptions, parseRestoreOptions } from './backup/backup-options';
import { restore, RestoreRefused } from './backup/restore';
import { demoYearClock, playDemoYear } from './demo-year/demo-year';
import { seedDeputies } from './seed/deputies';
import { generate } from './generate/generate';
import { GenerateOptionsError, parseGenerateOptions } from './generate/generate-options';
import { generateMigration } from './migration-file';
import { cityTree, nationalTree } from './seed/divisions';
import { isEmpty, seedTree } from './seed/seed';

const USAGE = `liandong <command>
  migrate                     run pending migrations; with APP_DATABASE_URL, let the API log in as its role
  seed [kind] [--if-empty]    load a tenant tree with its departments and accounts: luoyang (the demo city),
                              national (every province, city, county and township) or none; LIANDONG_SEED
                              by default
  demo-year                   play a Luoyang linked-supervision year through the service layer
  generate --findings N [--seed S] [--year Y] [--batch B]
                              fill the loaded tree with a year of projects, findings and handoffs at volume
                              (deterministic per seed; the year defaults to the last full one)
  backup [--out FILE]         write the database and the evidence files to one .tar.gz (default
                              liandong-backup-<time>.tar.gz); with S3 the files stay in the bucket
  restore <FILE> [--force]    load a backup into an empty database (--force drops the application schema
                              of a non-empty one first), then its evidence files into the file store
  audit verify                walk every audit hash chain; report the first broken link of each
  check-progress [--repair]   recount the progress tallies from the findings; report (or repair) any drift
  check-drift                 fail when entities and committed migrations disagree
  generate-migration <Name>   write the SQL that entities need as a new migration`;

const logger = { log: (message: string): void => console.log(message) };

function divisionsDir(config: AppConfig): string {
  return resolve(config.seed.divisionsDir ?? 'data/divisions');
}

/** The kind named on the command line (`seed national`) wins over LIANDONG_SEED; null for an unknown one. */
function seedKind(args: string[], configured: SeedKind): SeedKind | null {
  const named = args.find((arg) => !arg.startsWith('--'));
  if (named === undefined) {
    return configured;
  }
  return SEED_KINDS.find((kind) => kind === named) ?? null;
}

async function run(app: INestApplicationContext, command: string, args: string[]): Promise<number> {
  const dataSource = app.get(DataSource);
  const config = app.get<AppConfig>(APP_CONFIG);
  switch (command) {
    case 'migrate': {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      logger.log(`migrations run: ${ran.length}`);
      if (config.appDatabaseUrl) {
        logger.log(`application login ready: ${await ensureAppLogin(dataSource, config.appDatabaseUrl)}`);
      }
      return 0;
    }
    case 'seed': {
      const kind = seedKind(args, config.seed.kind);
      if (!kind) {
        console.error(USAGE);
        return 2;
      }
      if (kind === 'none') {
        logger.log('LIANDONG_SEED=none: nothing loaded');
        return 0;
      }
      if (args.includes('--if-empty') && !(await isEmpty(dataSource))) {
        logger.log('database already holds tenants: seed skipped');
        return 0;
      }
      const started = performance.now();
      const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
      if (kind === 'national') {
        const nodes = nationalTree(divisionsDir(config));
        const summary = await seedTree(dataSource, nodes, config.seed.demoPassword, 'batch');
        // The progress tallies are keyed by tenant path: a moved subtree's findings count again under its new
        // ancestors.
        if (summary.moved > 0) {
          await app.get(ProgressRepository).recount();
        }
        const levels = Object.fromEntries(
          Object.values(TenantLevel).map((level) => [
            level,
            nodes.filter((node) => node.level === level).length,
          ]),
        );
        logger.log(`national tree loaded in ${seconds()} s: ${JSON.stringify({ ...levels, ...summary })}`);
        return 0;
      }
      const nodes = cityTree(divisionsDir(config), '4103');
      const summary = await seedTree(dataSource, nodes, config.seed.demoPassword);
      const deputies = await seedDeputies(dataSource, nodes);
      logger.log(`Luoyang demo loaded in ${seconds()} s: ${JSON.stringify({ ...summary, deputies })}`);
      return 0;
    }
    case 'demo-year': {
      const summary = await playDemoYear(app);
      logger.log(`demo year played: ${JSON.stringify(summary)}`);
      return 0;
    }
    case 'generate': {
      const now = app.get(Clock).now();
      let options;
      try {
        options = parseGenerateOptions(args, now);
      } catch (error) {
        if (error instanceof GenerateOptionsError) {
          console.error(`${error.message}\n${USAGE}`);
          return 2;
        }
        throw error;
      }
      const result = await generate(dataSource, options, now, logger.log);
      logger.log(`generated: ${JSON.stringify(result.figures)}`);
      logger.log(
        `wrote ${result.rows} rows in ${result.seconds.toFixed(1)} s: ${Math.round(result.rows / result.seconds)} rows/s, ` +
          `${Math.round(result.figures.findings / result.seconds)} findings/s`,
      );
      return 0;
    }
    case 'backup': {
      let options;
      try {
        options = parseBackupOptions(args, new Date());
      } catch (error) {
        if (error instanceof BackupOptionsError) {
          console.error(`${error.message}\n${USAGE}`);
          return 2;
        }
        throw error;
      }
      const summary = await backup(config.databaseUrl, config.files, options.out, new Date());
      logger.log(
        `backup written: ${summary.archive}: ${summary.tables} tables, ${summary.rows} rows, ` +
          `${summary.sequences} sequences, ${summary.files} files, ${summary.bytes} bytes in ${summary.seconds.toFixed(1)} s`,
      );
      return 0;
    }
    case 'restore': {
      let options;
      try {
        options = parseRestoreOptions(args);
      } catch (error) {
        if (error instanceof BackupOptionsError) {
          console.error(`${error.message}\n${USAGE}`);
          return 2;
        }
        throw error;
      }
      try {
        const summary = await restore(dataSource, config, options.archive, options.force, logger.log);
        logger.log(
          `restored: ${summary.tables} tables, ${summary.rows} rows, ${summary.sequences} sequences, ` +
            `${summary.files} files in ${summary.seconds.toFixed(1)} s`,
        );
        return 0;
      } catch (error) {
        if (error instanceof RestoreRefused) {
          console.error(error.message);
          return 1;
        }
        throw error;
      }
    }
    case 'audit': {
      if (args[0] !== 'verify') {
        console.error(USAGE);
        return 2;
      }
      const report = await verifyAuditChains(dataSource);
      for (const broken of report.breaks) {
        console.error(
          `链 ${broken.chain} 第 ${broken.seq} 条断开 / chain ${broken.chain} breaks at ${broken.seq} (${broken.kind}): ${broken.detail}`,
        );
      }
      logger.log(
        `audit trail: ${report.chains} chains, ${report.rows} rows, ${report.breaks.length === 0 ? 'intact' : `${report.breaks.length} broken`}`,
      );
      return report.breaks.length === 0 ? 0 : 1;
    }
    case 'check-progress': {
      const progress = app.get(ProgressRepository);
      const started = Date.now();
      const drift = await progress.drift();
      for (const row of drift.sample) {
        console.error(
          `进度统计偏差 / drift in ${row.table}: kept ${JSON.stringify(row.kept)} expected ${JSON.stringify(row.expected)}`,
        );
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (drift.count === 0) {
        logger.log(`progress tallies equal a recount of the findings (${seconds} s)`);
        return 0;
      }
      if (args.includes('--repair')) {
        await progress.recount();
        logger.log(`${drift.count} drifted rows replaced by the recount`);
        return 0;
      }
      console.error(
        `${drift.count} tally rows differ from a recount (${seconds} s); run with --repair to replace them`,
      );
      return 1;
    }
    case 'check-drift': {
      const changes = await pendingSchemaChanges(dataSource);
      if (changes.length > 0) {
        console.error(`entities and migrations have drifted; the entities need:\n${changes.join(';\n')}`);
        return 1;
      }
      logger.log('entities and migrations agree');
      return 0;
    }
    case 'generate-migration': {
      const name = args[0];
      if (!name) {
        console.error(USAGE);
        return 2;
      }
      const path = await generateMigration(dataSource, name, resolve('libs/core/db/src/lib/migrations'));
      logger.log(path ? `wrote ${path}; add it to migrations.ts` : 'no changes: nothing written');
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

async function main(): Promise<void> {
  const [command = '', ...args] = process.argv.slice(2);
  loadConfig(); // fail fast with the list of bad settings, before anything connects
  // The demo year plays on its own calendar; every other command runs on the system's time.
  const clock = command === 'demo-year' ? demoYearClock() : new SystemClock();
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(clock), {
    logger: ['error', 'warn'],
  });
  try {
    process.exitCode = await run(app, command, args);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : error,
  );
  process.exit(1);
});
