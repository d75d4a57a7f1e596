import { DataSource } from 'typeorm';

/** Tables that log what happened rather than hold anybody's data: they grow with every legitimate request. */
const LOG_TABLES = /^(audit_|migrations$|typeorm_)/;

/**
 * Tables watched through some of their columns only. A session counts by its account: a unit's account
 * signs in and out under its tenant, which is not its own to act on, while ending another account's
 * sessions shows on that account's rows. A disclosure counts by itself and its tenant; an indicator value by
 * its tenant: a tier enters its own actual of the project published to it, which is not its own to act on.
 */
const KEY_COLUMNS: Record<string, string[]> = {
  auth_session: ['account_id'],
  // A disclosure is its proposer's: drafting one about a subject the caller sees does not change the subject.
  disclosure: ['id', 'tenant_id'],
  // An appraisal is its tenant's: holding one under a project the caller sees does not change the project.
  appraisal: ['id', 'tenant_id'],
  // A participation is its inviter's: naming a deputy the caller sees does not change the deputy.
  deputy_participation: ['id', 'tenant_id'],
  indicator_value: ['tenant_id'],
};

/** Columns that the queue machinery rewrites on its own (relaying), not part of anybody's data. */
const VOLATILE_COLUMNS: Record<string, string[]> = { outbox: ['relayed_at'] };

/** Rows of the catalogue tables that no tenant owns: which of them the fuzz watches, by a text key. */
const GLOBAL_KEYS: Record<string, string> = { supervision_method: 'code', calendar_override: 'day' };

interface Column {
  table: string;
  column: string;
  type: string;
}

/** What a snapshot protects: rows that reference any of these ids, files, or catalogue keys. */
export interface Protected {
  ids: string[];
  /** sha256 of evidence files, method codes, calendar days */
  keys: string[];
}

/** table → `rows:md5` of the protected rows it holds */
export type Snapshot = Map<string, string>;

/**
 * A digest, per table, of every row that references a protected id (in any uuid or uuid[] column, or in
 * a job payload) or names a protected file or catalogue key. Generic over the schema, so tables added
 * later are watched too. Read as the database owner, past row-level security.
 */
export class RowDigest {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly sql: string,
    readonly tables: string[],
  ) {}

  static async create(dataSource: DataSource): Promise<RowDigest> {
    const columns = (await dataSource.query(
      `SELECT c.table_name AS "table", c.column_name AS "column", c.udt_name AS "type"
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position`,
    )) as Column[];
    const byTable = new Map<string, Column[]>();
    for (const column of columns) {
      if (!LOG_TABLES.test(column.table)) {
        byTable.set(column.table, [...(byTable.get(column.table) ?? []), column]);
      }
    }
    const parts: string[] = [];
    for (const [table, cols] of byTable) {
      const keys = KEY_COLUMNS[table];
      const conditions = cols
        .filter((c) => !keys || keys.includes(c.column))
        .flatMap((c) => condition(table, c));
      if (conditions.length === 0) {
        continue;
      }
      const kept = cols.filter((c) => !(VOLATILE_COLUMNS[table] ?? []).includes(c.column));
      const row =
        kept.length === cols.length ? 'x::text' : `(${kept.map((c) => `x."${c.column}"`).join(', ')})::text`;
      parts.push(
        `SELECT '${table}' AS t, count(*)::int AS n,
                coalesce(md5(string_agg(md5(${row}), ',' ORDER BY md5(${row}))), '') AS h
           FROM "${table}" x WHERE ${conditions.join(' OR ')}`,
      );
    }
    // The second CTE only types $2 and $3 for Postgres, in case no table uses them.
    const sql = `WITH p AS (SELECT DISTINCT unnest($1::uuid[]) AS id), typed AS (SELECT $2::text[], $3::text)
      ${parts.join(' UNION ALL ')}`;
    return new RowDigest(dataSource, sql, [...byTable.keys()]);
  }

  async snapshot(what: Protected): Promise<Snapshot> {
    const pattern = what.ids.length > 0 ? what.ids.join('|') : '^$never';
    const rows = (await this.dataSource.query(this.sql, [what.ids, what.keys, pattern])) as Array<{
      t: string;
      n: number;
      h: string;
    }>;
    return new Map(rows.map((row) => [row.t, `${row.n}:${row.h}`]));
  }
}

function condition(table: string, column: Column): string[] {
  const name = `x."${column.column}"`;
  if (column.type === 'uuid') {
    return [`${name} IN (SELECT id FROM p)`];
  }
  if (column.type === '_uuid') {
    return [`${name} && $1::uuid[]`];
  }
  if (column.column === 'sha256' || GLOBAL_KEYS[table] === column.column) {
    return [`${name}::text = ANY($2::text[])`];
  }
  if (column.type === 'jsonb' && table === 'outbox') {
    return [`${name}::text ~ $3`];
  }
  return [];
}

/** The tables whose protected rows differ between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const tables = new Set([...before.keys(), ...after.keys()]);
  return [...tables].filter((table) => before.get(table) !== after.get(table)).sort();
}
