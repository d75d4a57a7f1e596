import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { DataSource, EntityManager } from 'typeorm';
import { auditHash, AuditBreakKind, Db, RequestScope, verifyAuditChains } from '@liandong/db';
import {
  CREATE_PROJECT,
  createTenantTree,
  Platform,
  projectInput,
  startPlatform,
  TenantTree,
} from '@liandong/testing-system';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

/** Runs `liandong audit verify` as an operator would; resolves with its exit code and output. */
async function auditVerify(): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/apps/cli/src/main.js', 'audit', 'verify'], {
      cwd: ROOT,
      env: process.env,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

interface AuditRow {
  id: string;
  seq: string;
  action: string;
  actor_id: string | null;
  hash: string;
}

describe('the audit trail', () => {
  let platform: Platform;
  let owner: DataSource;
  let tree: TenantTree;

  /** One county's chain, in order. */
  async function chainOf(code: string): Promise<AuditRow[]> {
    return owner.query(
      `SELECT e.id::text, e.seq::text, e.action, e.actor_id::text, e.hash FROM audit_event e
         JOIN tenant t ON t.id::text = e.chain WHERE t.code = $1 ORDER BY e.seq`,
      [code],
    );
  }

  /** A county creates a few projects of its own: each one a mutation row and its row changes. */
  async function busy(code: string): Promise<void> {
    const county = await platform.as(code);
    for (let i = 0; i < 2; i += 1) {
      await county.ok(CREATE_PROJECT, { input: projectInput({ title: `县级项目${i}` }) });
    }
  }

  beforeAll(async () => {
    platform = await startPlatform();
    owner = platform.dataSource;
    tree = await createTenantTree(owner, 6, 1);
    for (const county of tree.counties) {
      await busy(county);
    }
  });

  afterAll(() => platform.close());

  it('records a mutation and the rows it changed, by whom, in the same transaction', async () => {
    const code = tree.counties[0] as string;
    const rows = await chainOf(code);
    const [account] = await owner.query('SELECT id::text FROM account WHERE username = $1', [code]);
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['joint_project.insert', 'mutation.createJointProject']),
    );
    expect(rows.filter((row) => row.action === 'mutation.createJointProject')).toHaveLength(2);
    expect(new Set(rows.map((row) => row.actor_id))).toEqual(new Set([account.id]));
    expect(rows.map((row) => Number(row.seq))).toEqual(rows.map((_, index) => index + 1));
  });

  it('writes nothing for a mutation that was refused', async () => {
    const code = tree.counties[1] as string;
    const before = await chainOf(code);
    const county = await platform.as(code);
    const refused = await county.request(CREATE_PROJECT, { input: projectInput({ title: '' }) });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await chainOf(code)).toEqual(before);
  });

  it('lets the application add to the trail but never read, change or remove it', async () => {
    const app = platform.api.get(DataSource);
    for (const statement of [
      'SELECT * FROM audit_event',
      "UPDATE audit_event SET action = 'x'",
      'DELETE FROM audit_event',
      'SELECT * FROM audit_head',
      'UPDATE audit_head SET seq = 0',
    ]) {
      await expect(app.query(statement)).rejects.toThrow(/permission denied/);
    }
    const scope = platform.api.get(RequestScope);
    const db = platform.api.get(Db);
    const transaction = scope.begin();
    await scope.enter(transaction, async () => {
      await scope.set({});
      await db.manager.query(`INSERT INTO audit_event (action, entity) VALUES ('test.insert', 'test')`);
      await transaction.finish(false);
    });
  });

  it('links a batch, a rolled-back savepoint and a concurrent writer into one chain, its head at the last row', async () => {
    const [county] = await owner.query<Array<{ id: string }>>('SELECT id FROM tenant WHERE code = $1', [
      tree.counties[5],
    ]);
    const chain = county?.id as string;
    const write = (manager: EntityManager, rows: number): Promise<unknown> =>
      manager.query(
        `INSERT INTO audit_event (tenant_id, action) SELECT $1, 'test.batch' FROM generate_series(1, $2)`,
        [chain, rows],
      );
    await Promise.all([
      owner.transaction(async (manager) => {
        await write(manager, 500);
        await manager.query('SAVEPOINT undone');
        await write(manager, 50);
        await manager.query('ROLLBACK TO SAVEPOINT undone');
        await write(manager, 200);
      }),
      owner.transaction((manager) => write(manager, 300)),
    ]);
    const rows = await owner.query<Array<{ seq: string; action: string; prev_hash: string; hash: string }>>(
      'SELECT e.seq::text, e.action, e.prev_hash, e.hash FROM audit_event e WHERE e.chain = $1 ORDER BY e.seq',
      [chain],
    );
    rows.forEach((row, index) => {
      expect(Number(row.seq)).toBe(index + 1);
      expect(row.prev_hash).toBe(index === 0 ? '0'.repeat(64) : rows[index - 1]?.hash);
    });
    expect(rows.filter((row) => row.action === 'test.batch')).toHaveLength(1000);
    const [head] = await owner.query('SELECT seq::text, hash FROM audit_head WHERE chain = $1', [chain]);
    expect(head).toEqual({ seq: rows.at(-1)?.seq, hash: rows.at(-1)?.hash });
    expect((await verifyAuditChains(owner)).breaks).toEqual([]);
  });

  it('recomputes the database’s hashes independently', async () => {
    const [row] = await owner.query(
      `SELECT chain, seq::text, ((extract(epoch FROM at) * 1000000)::bigint)::text AS at_micros, actor_id::text,
              tenant_id::text, action, entity, entity_id, before_digest, after_digest, prev_hash, hash
         FROM audit_event WHERE action = 'mutation.createJointProject' LIMIT 1`,
    );
    expect(auditHash(row)).toBe(row.hash);
  });

  it('finds every kind of tampering and names it, and the command fails', async () => {
    const intact = await verifyAuditChains(owner);
    expect(intact.breaks).toEqual([]);
    const verified = await auditVerify();
    expect(verified).toEqual({ code: 0, output: expect.stringContaining('intact') });

    const [edited, removed, reordered, inserted, truncated] = tree.counties as [
      string,
      string,
      string,
      string,
      string,
    ];
    // Each kind on its own chain, as a superuser who goes around the application would.
    const chains = Object.fromEntries(
      await Promise.all(
        [edited, removed, reordered, inserted, truncated].map(
          async (code) => [code, await chainOf(code)] as const,
        ),
      ),
    );
    const row = (code: string, seq: number): AuditRow => chains[code]?.[seq - 1] as AuditRow;
    await owner.query(`UPDATE audit_event SET action = 'mutation.nothingHappened' WHERE id = $1`, [
      row(edited, 2).id,
    ]);
    await owner.query('DELETE FROM audit_event WHERE id = $1', [row(removed, 2).id]);
    await owner.transaction(async (manager) => {
      await manager.query('UPDATE audit_event SET seq = -seq WHERE id IN ($1, $2)', [
        row(reordered, 2).id,
        row(reordered, 3).id,
      ]);
      await manager.query('UPDATE audit_event SET seq = 3 WHERE id = $1', [row(reordered, 2).id]);
      await manager.query('UPDATE audit_event SET seq = 2 WHERE id = $1', [row(reordered, 3).id]);
    });
    await owner.transaction(async (manager) => {
      // Around the numbering trigger, with a hash forged the way the trail computes them.
      await manager.query('SET LOCAL session_replication_role = replica');
      const last = chains[inserted]?.at(-1) as AuditRow;
      const [chain] = await manager.query('SELECT chain FROM audit_event WHERE id = $1', [last.id]);
      const forged = {
        chain: chain.chain as string,
        seq: String(Number(last.seq) + 1),
        at_micros: String(Date.now() * 1000),
        actor_id: null,
        tenant_id: null,
        action: 'mutation.forged',
        entity: null,
        entity_id: null,
        before_digest: null,
        after_digest: null,
        prev_hash: last.hash,
      };
      await manager.query(
        `INSERT INTO audit_event (chain, seq, at, action, prev_hash, hash)
         VALUES ($1, $2, to_timestamp($3::bigint / 1000000.0), $4, $5, $6)`,
        [forged.chain, forged.seq, forged.at_micros, forged.action, forged.prev_hash, auditHash(forged)],
      );
    });
    const lastOfTruncated = chains[truncated]?.at(-1) as AuditRow;
    await owner.query('DELETE FROM audit_event WHERE id = $1', [lastOfTruncated.id]);

    const report = await verifyAuditChains(owner);
    const kindOf = async (code: string): Promise<[AuditBreakKind, number] | undefined> => {
      const [tenant] = await owner.query('SELECT id::text FROM tenant WHERE code = $1', [code]);
      const found = report.breaks.find((broken) => broken.chain === tenant.id);
      return found ? [found.kind, found.seq] : undefined;
    };
    expect(await kindOf(edited)).toEqual(['edited', 2]);
    expect(await kindOf(removed)).toEqual(['removed', 3]);
    expect(await kindOf(reordered)).toEqual(['reordered', 2]);
    expect(await kindOf(inserted)).toEqual(['inserted', Number(chains[inserted]?.at(-1)?.seq) + 1]);
    expect(await kindOf(truncated)).toEqual(['truncated', chains[truncated]?.length]);
    expect(await kindOf(tree.counties[5] as string)).toBeUndefined();

    const failed = await auditVerify();
    expect(failed.code).toBe(1);
    for (const kind of ['edited', 'removed', 'reordered', 'inserted', 'truncated']) {
      expect(failed.output).toContain(`(${kind})`);
    }
  });
});
