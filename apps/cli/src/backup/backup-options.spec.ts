import {
  BackupOptionsError,
  defaultArchiveName,
  parseBackupOptions,
  parseRestoreOptions,
} from './backup-options';

const NOW = new Date('2024-01-02T03:04:05.678Z');

describe('parseBackupOptions', () => {
  it('names the archive by the time when no --out is given', () => {
    expect(parseBackupOptions([], NOW)).toEqual({ out: 'liandong-backup-2024-01-02T03-04-05-678Z.tar.gz' });
    expect(defaultArchiveName(NOW)).not.toMatch(/:/);
  });

  it('takes --out FILE, -o FILE and --out=FILE', () => {
    expect(parseBackupOptions(['--out', 'a.tar.gz'], NOW)).toEqual({ out: 'a.tar.gz' });
    expect(parseBackupOptions(['-o', 'b.tar.gz'], NOW)).toEqual({ out: 'b.tar.gz' });
    expect(parseBackupOptions(['--out=c.tar.gz'], NOW)).toEqual({ out: 'c.tar.gz' });
  });

  it('refuses --out without a name and unknown arguments', () => {
    expect(() => parseBackupOptions(['--out'], NOW)).toThrow(BackupOptionsError);
    expect(() => parseBackupOptions(['--out', '--force'], NOW)).toThrow(BackupOptionsError);
    expect(() => parseBackupOptions(['--out='], NOW)).toThrow(BackupOptionsError);
    expect(() => parseBackupOptions(['extra.tar.gz'], NOW)).toThrow(/unknown argument/);
  });
});

describe('parseRestoreOptions', () => {
  it('takes one archive and --force, in any order', () => {
    expect(parseRestoreOptions(['x.tar.gz'])).toEqual({ archive: 'x.tar.gz', force: false });
    expect(parseRestoreOptions(['--force', 'x.tar.gz'])).toEqual({ archive: 'x.tar.gz', force: true });
    expect(parseRestoreOptions(['x.tar.gz', '--force'])).toEqual({ archive: 'x.tar.gz', force: true });
  });

  it('refuses no archive, two archives and unknown options', () => {
    expect(() => parseRestoreOptions([])).toThrow(/needs the archive/);
    expect(() => parseRestoreOptions(['--force'])).toThrow(BackupOptionsError);
    expect(() => parseRestoreOptions(['a.tar.gz', 'b.tar.gz'])).toThrow(/one archive/);
    expect(() => parseRestoreOptions(['a.tar.gz', '--yes'])).toThrow(/unknown option/);
  });
});
