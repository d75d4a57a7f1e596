/** What `liandong backup` and `liandong restore` were asked to do, read from their arguments. */
export interface BackupOptions {
  /** Where the archive goes; written under a temporary name and renamed when complete. */
  out: string;
}

export interface RestoreOptions {
  archive: string;
  /** Drop and recreate the application schema of a database that already holds data. */
  force: boolean;
}

export class BackupOptionsError extends Error {}

/** The archive's default name: sortable, no colons (they trouble some file systems). */
export function defaultArchiveName(now: Date): string {
  return `liandong-backup-${now.toISOString().replace(/[:.]/g, '-')}.tar.gz`;
}

export function parseBackupOptions(args: string[], now: Date): BackupOptions {
  let out: string | null = null;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--out' || arg === '-o') {
      const value = args[++index];
      if (!value || value.startsWith('-')) {
        throw new BackupOptionsError(`${arg} needs a file name`);
      }
      out = value;
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
    } else {
      throw new BackupOptionsError(`unknown argument to backup: ${arg}`);
    }
  }
  if (out === '') {
    throw new BackupOptionsError('--out needs a file name');
  }
  return { out: out ?? defaultArchiveName(now) };
}

export function parseRestoreOptions(args: string[]): RestoreOptions {
  let archive: string | null = null;
  let force = false;
  for (const arg of args) {
    if (arg === '--force') {
      force = true;
    } else if (arg.startsWith('-')) {
      throw new BackupOptionsError(`unknown option to restore: ${arg}`);
    } else if (archive === null) {
      archive = arg;
    } else {
      throw new BackupOptionsError(`restore takes one archive, got ${archive} and ${arg}`);
    }
  }
  if (archive === null) {
    throw new BackupOptionsError('restore needs the archive to read');
  }
  return { archive, force };
}
