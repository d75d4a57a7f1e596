import { z } from 'zod';

/** Bumped when the archive's layout changes; a restore refuses a format it does not know. */
export const BACKUP_FORMAT = 'liandong-backup';
export const BACKUP_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const tableSchema = z.object({
  schema: z.string().min(1),
  name: z.string().min(1),
  /** Stored columns in table order; generated columns are left out and recomputed on restore. */
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().nonnegative(),
  /** The COPY text of the rows, inside the archive. */
  file: z.string().regex(/^data\/[^/]+\.copy$/),
  bytes: z.number().int().nonnegative(),
  sha256,
});

const sequenceSchema = z.object({
  schema: z.string().min(1),
  name: z.string().min(1),
  /** As text: a bigint does not fit a JSON number. */
  lastValue: z.string().regex(/^-?\d+$/),
  isCalled: z.boolean(),
});

const fileSchema = z.object({
  key: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  sha256,
});

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string().min(1),
  server: z.object({ version: z.string().min(1), versionNum: z.number().int().positive() }),
  /** The applied migrations, oldest first: a restore runs exactly these, so the schema matches the rows. */
  migrations: z.array(z.object({ timestamp: z.string().regex(/^\d+$/), name: z.string().min(1) })).min(1),
  tables: z.array(tableSchema),
  sequences: z.array(sequenceSchema),
  /**
   * Evidence files: copied from a local store; with S3 they stay in the bucket and `entries` is empty (the
   * bucket's own versioning or replication backs them up).
   */
  files: z.object({
    store: z.enum(['local', 's3']),
    bucket: z.string().nullable(),
    entries: z.array(fileSchema),
  }),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupTable = z.infer<typeof tableSchema>;
export type BackupSequence = z.infer<typeof sequenceSchema>;
export type BackupFile = z.infer<typeof fileSchema>;

/** A manifest that cannot be read or does not hold what a restore needs. */
export class ManifestError extends Error {}

export function parseManifest(text: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`manifest.json is not JSON: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new ManifestError(
      `manifest.json does not describe a ${BACKUP_FORMAT} v${BACKUP_VERSION} archive: ${problems.join('; ')}`,
    );
  }
  const names = new Set<string>();
  for (const table of parsed.data.tables) {
    const name = `${table.schema}.${table.name}`;
    if (names.has(name)) {
      throw new ManifestError(`manifest.json lists table ${name} twice`);
    }
    names.add(name);
  }
  return parsed.data;
}

/**
 * Names that differ between the migrations a backup recorded and those the running code holds; null when
 * they are the same set (TypeORM runs them in timestamp order whatever order the code lists them in).
 */
export function migrationMismatch(
  recorded: string[],
  code: string[],
): { missing: string[]; extra: string[] } | null {
  const inCode = new Set(code);
  const inBackup = new Set(recorded);
  const missing = recorded.filter((name) => !inCode.has(name));
  const extra = code.filter((name) => !inBackup.has(name));
  return missing.length === 0 && extra.length === 0 ? null : { missing, extra };
}
