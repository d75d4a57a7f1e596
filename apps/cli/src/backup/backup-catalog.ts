import { ClientBase } from 'pg';

// The catalog queries backup and restore share: which tables and sequences make up the application's data.

/** Every schema the migrations create objects in. */
export const APP_SCHEMAS = ['public'];
/** TypeORM's record of applied migrations: recreated by running them, never copied. */
export const MIGRATIONS_TABLE = 'schema_migration';

export interface CatalogTable {
  schema: string;
  name: string;
  columns: string[];
}

export interface CatalogSequence {
  schema: string;
  name: string;
}

/** A name quoted as an SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(schema: string, name: string): string {
  return `${ident(schema)}.${ident(name)}`;
}

// Objects that belong to an extension (ltree, pg_trgm, pgcrypto) come back with the extension itself.
const NOT_EXTENSION_MEMBER = `NOT EXISTS (
  SELECT 1 FROM pg_depend d
   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`;

/**
 * Ordinary and partitioned tables with their stored columns (generated ones are recomputed); partitions are
 * reached through their parent.
 */
export async function applicationTables(client: ClientBase): Promise<CatalogTable[]> {
  const { rows } = await client.query<CatalogTable>(
    `SELECT n.nspname::text AS schema, c.relname::text AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND NOT (n.nspname = 'public' AND c.relname = $2)
        AND ${NOT_EXTENSION_MEMBER}
      GROUP BY n.nspname, c.relname
      ORDER BY n.nspname, c.relname`,
    [APP_SCHEMAS, MIGRATIONS_TABLE],
  );
  return rows;
}

export async function applicationSequences(client: ClientBase): Promise<CatalogSequence[]> {
  const { rows } = await client.query<CatalogSequence>(
    `SELECT n.nspname::text AS schema, c.relname::text AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND c.relkind = 'S' AND ${NOT_EXTENSION_MEMBER}
      ORDER BY n.nspname, c.relname`,
    [APP_SCHEMAS],
  );
  return rows;
}

export async function sequenceState(
  client: ClientBase,
  sequence: CatalogSequence,
): Promise<{ lastValue: string; isCalled: boolean }> {
  const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
    `SELECT last_value::text AS last_value, is_called FROM ${qualified(sequence.schema, sequence.name)}`,
  );
  const [row] = rows;
  if (!row) {
    throw new Error(`sequence ${sequence.schema}.${sequence.name} returned no state`);
  }
  return { lastValue: row.last_value, isCalled: row.is_called };
}

export async function setSequence(
  client: ClientBase,
  sequence: { schema: string; name: string; lastValue: string; isCalled: boolean },
): Promise<void> {
  await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
    qualified(sequence.schema, sequence.name),
    sequence.lastValue,
    sequence.isCalled,
  ]);
}

/** The migrations recorded as applied, oldest first; none when the table is missing (a fresh database). */
export async function appliedMigrations(
  client: ClientBase,
): Promise<Array<{ timestamp: string; name: string }>> {
  const { rows: exists } = await client.query<{ found: boolean }>(
    'SELECT to_regclass($1) IS NOT NULL AS found',
    [`public.${MIGRATIONS_TABLE}`],
  );
  if (!exists[0]?.found) {
    return [];
  }
  const { rows } = await client.query<{ timestamp: string; name: string }>(
    `SELECT "timestamp"::text AS "timestamp", name FROM ${ident(MIGRATIONS_TABLE)} ORDER BY id`,
  );
  return rows;
}

/** The application tables that hold at least one row: a database with none is empty enough to restore into. */
export async function tablesWithRows(client: ClientBase): Promise<string[]> {
  const held: string[] = [];
  for (const table of await applicationTables(client)) {
    const { rows } = await client.query<{ held: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${qualified(table.schema, table.name)}) AS held`,
    );
    if (rows[0]?.held) {
      held.push(`${table.schema}.${table.name}`);
    }
  }
  return held;
}

/** Session settings both sides share, so the COPY text of times, intervals and floats reads back the same. */
export const COPY_SETTINGS = [
  "SET LOCAL TimeZone = 'UTC'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  'SET LOCAL extra_float_digits = 3',
  "SET LOCAL client_encoding = 'UTF8'",
];
