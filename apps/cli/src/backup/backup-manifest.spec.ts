import {
  BACKUP_FORMAT,
  BackupManifest,
  ManifestError,
  migrationMismatch,
  parseManifest,
} from './backup-manifest';

const HASH = 'a'.repeat(64);

function manifest(overrides: Partial<BackupManifest> = {}): BackupManifest {
  return {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: '2024-01-02T03:04:05.678Z',
    server: { version: '17.6', versionNum: 170006 },
    migrations: [{ timestamp: '1764300000000', name: 'Extensions1764300000000' }],
    tables: [
      {
        schema: 'public',
        name: 'finding',
        columns: ['id', 'title'],
        rows: 2,
        file: 'data/public.finding.copy',
        bytes: 10,
        sha256: HASH,
      },
    ],
    sequences: [{ schema: 'public', name: 'outbox_id_seq', lastValue: '9007199254740993', isCalled: true }],
    files: { store: 'local', bucket: null, entries: [{ key: `aa/aa/${HASH}`, bytes: 3, sha256: HASH }] },
    ...overrides,
  };
}

describe('parseManifest', () => {
  it('reads back what a backup writes, a bigint sequence value kept as text', () => {
    const written = manifest();
    expect(parseManifest(JSON.stringify(written))).toEqual(written);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseManifest('{"format":')).toThrow(ManifestError);
  });

  it('refuses another format or version, naming the field', () => {
    expect(() => parseManifest(JSON.stringify({ ...manifest(), format: 'pg_dump' }))).toThrow(/format/);
    expect(() => parseManifest(JSON.stringify({ ...manifest(), version: 2 }))).toThrow(/version/);
  });

  it('refuses a table file outside data/ (no path tricks) and a malformed hash', () => {
    const [table] = manifest().tables;
    expect(() =>
      parseManifest(JSON.stringify(manifest({ tables: [{ ...table!, file: '../etc/passwd' }] }))),
    ).toThrow(/tables\.0\.file/);
    expect(() => parseManifest(JSON.stringify(manifest({ tables: [{ ...table!, sha256: 'xyz' }] })))).toThrow(
      /sha256/,
    );
  });

  it('refuses a table listed twice and a backup without migrations', () => {
    const [table] = manifest().tables;
    expect(() => parseManifest(JSON.stringify(manifest({ tables: [table!, table!] })))).toThrow(/twice/);
    expect(() => parseManifest(JSON.stringify(manifest({ migrations: [] })))).toThrow(/migrations/);
  });
});

describe('migrationMismatch', () => {
  it('is null for the same set in any order', () => {
    expect(migrationMismatch(['A1', 'B2'], ['B2', 'A1'])).toBeNull();
  });

  it('names what only the backup has and what only the code has', () => {
    expect(migrationMismatch(['A1', 'B2', 'C3'], ['A1', 'D4'])).toEqual({
      missing: ['B2', 'C3'],
      extra: ['D4'],
    });
  });
});
