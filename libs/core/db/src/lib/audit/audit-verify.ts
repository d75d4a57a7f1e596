import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

const GENESIS = '0'.repeat(64);

/** One audit row as the verifier reads it: every hashed field as text, exactly as the trigger hashed it. */
interface AuditRow {
  id: string;
  chain: string;
  seq: string;
  at_micros: string;
  actor_id: string | null;
  tenant_id: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  before_digest: string | null;
  after_digest: string | null;
  prev_hash: string;
  hash: string;
}

export type AuditBreakKind = 'edited' | 'removed' | 'reordered' | 'inserted' | 'truncated';

export interface AuditBreak {
  chain: string;
  /** The sequence number at which the chain stops holding. */
  seq: number;
  /** The row there, when one is (a truncated tail has none). */
  rowId: string | null;
  kind: AuditBreakKind;
  detail: string;
}

export interface AuditReport {
  chains: number;
  rows: number;
  /** The first broken link of each broken chain. */
  breaks: AuditBreak[];
}

/** The same text and hash as the database's `liandong_audit_hash`, computed independently. */
export function auditHash(row: Omit<AuditRow, 'id' | 'hash'>): string {
  const text = [
    row.chain,
    row.seq,
    row.at_micros,
    row.actor_id ?? '',
    row.tenant_id ?? '',
    row.action,
    row.entity ?? '',
    row.entity_id ?? '',
    row.before_digest ?? '',
    row.after_digest ?? '',
    row.prev_hash,
  ].join('|');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Whether a row's hash holds when it stands at another place in the chain: it was moved, not changed. */
function movedFrom(row: AuditRow, rows: AuditRow[]): boolean {
  return rows.some((other) => other.seq !== row.seq && auditHash({ ...row, seq: other.seq }) === row.hash);
}

/**
 * Finds and names the first place a chain stops holding. A row that links to the wrong predecessor, or
 * whose hash no longer covers its fields, tells what happened: a gap in the numbers is a removal; a row
 * that would hash true at another number was moved (reordered); a row that hashes true but links to
 * nothing in the chain was slipped in; any other mismatch is an edit. The head, kept apart from the rows,
 * shows a tail that was cut off or added to.
 */
function firstBreak(
  chain: string,
  rows: AuditRow[],
  head: { seq: string; hash: string } | undefined,
): AuditBreak | null {
  const hashes = new Set(rows.map((row) => row.hash));
  let previous = GENESIS;
  for (const [index, row] of rows.entries()) {
    const expected = index + 1;
    const seq = Number(row.seq);
    const at = { chain, seq, rowId: row.id };
    const intact = auditHash(row) === row.hash;
    if (row.prev_hash !== previous || !intact || seq !== expected) {
      if (head && seq > Number(head.seq)) {
        return {
          ...at,
          kind: 'inserted',
          detail: `row ${row.id} lies beyond the chain's head (${head.seq})`,
        };
      }
      if (intact && seq > expected) {
        return {
          ...at,
          kind: 'removed',
          detail: `rows ${expected}–${seq - 1} are missing before row ${row.id}`,
        };
      }
      if (!intact && movedFrom(row, rows)) {
        return { ...at, kind: 'reordered', detail: `row ${row.id} was moved from its place in the chain` };
      }
      if (intact && (seq < expected || !hashes.has(row.prev_hash) || row.prev_hash !== previous)) {
        return { ...at, kind: 'inserted', detail: `row ${row.id} is not linked to the row before it` };
      }
      return { ...at, kind: 'edited', detail: `row ${row.id}: its fields no longer match its hash` };
    }
    previous = row.hash;
  }
  const headSeq = Number(head?.seq ?? rows.length);
  if (head && (headSeq !== rows.length || head.hash !== previous)) {
    const last = rows.at(-1);
    if (headSeq === rows.length && last) {
      // Same length, other hash: the last row was rewritten with a hash recomputed to match itself.
      return {
        chain,
        seq: headSeq,
        rowId: last.id,
        kind: 'edited',
        detail: `row ${last.id} differs from the head`,
      };
    }
    const beyond = rows[headSeq];
    return beyond
      ? {
          chain,
          seq: headSeq + 1,
          rowId: beyond.id,
          kind: 'inserted',
          detail: `row ${beyond.id} lies beyond the chain's head (${headSeq})`,
        }
      : {
          chain,
          seq: rows.length + 1,
          rowId: null,
          kind: 'truncated',
          detail: `the chain's head is at ${headSeq}, its rows end at ${rows.length}`,
        };
  }
  return null;
}

/** Walks every chain from its first row and reports the first broken link of each. */
export async function verifyAuditChains(dataSource: DataSource): Promise<AuditReport> {
  // One snapshot of rows and heads, so writers carrying on meanwhile cannot look like tampering.
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    // Ordered by the numbers themselves, not their text ("10" sorts before "2").
    const rows = await manager.query<AuditRow[]>(
      `SELECT e.id::text, e.chain, e.seq::text, ((extract(epoch FROM e.at) * 1000000)::bigint)::text AS at_micros,
            e.actor_id::text, e.tenant_id::text, e.action, e.entity, e.entity_id, e.before_digest, e.after_digest,
            e.prev_hash, e.hash
       FROM audit_event e ORDER BY e.chain, e.seq, e.id`,
    );
    const heads = await manager.query<
      Array<{
        chain: string;
        seq: string;
        hash: string;
      }>
    >('SELECT chain, seq::text, hash FROM audit_head');
    const byChain = new Map<string, AuditRow[]>(heads.map((head) => [head.chain, []]));
    for (const row of rows) {
      const chainRows = byChain.get(row.chain) ?? [];
      chainRows.push(row);
      byChain.set(row.chain, chainRows);
    }
    const headOf = new Map(heads.map((head) => [head.chain, head]));
    const breaks = [...byChain.entries()]
      .map(([chain, chainRows]) => firstBreak(chain, chainRows, headOf.get(chain)))
      .filter((found): found is AuditBreak => found !== null);
    return { chains: byChain.size, rows: rows.length, breaks };
  });
}
