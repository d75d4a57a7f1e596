// Row-level security's cost: the same queries as the owner with the filter written out (no policies), as the
// API's role with no filter (the policies alone), and as the API's role with the filter too (as the services
// query), over the demo year multiplied a hundredfold.
// Run: node bench/rls.mjs
import pg from 'pg';
import { startBenchPlatform } from './platform.mjs';

const ROUNDS = 400;
const COPIES = 100;

const QUERIES = {
  '最新问题列表 latest findings page': (filter) =>
    `SELECT id, title, status, reported_at FROM finding ${filter} ORDER BY reported_at DESC, id LIMIT 50`,
  '按状态统计 findings by status': (filter) =>
    `SELECT status, count(*) FROM finding ${filter} GROUP BY status`,
  // The handoff rule written out as the policy has it: the subtree's own, and those carrying its findings.
  '交办件统计 handoffs by status': (filter) =>
    `SELECT status, count(*) FROM handoff ${
      filter &&
      `${filter} OR EXISTS (SELECT 1 FROM finding f WHERE f.handoff_id = handoff.id AND f.tenant_path <@ $1::ltree)`
    } GROUP BY status`,
};

/** Median and 95th percentile of a query's time in ms, each run in its own transaction with the caller set. */
async function time(client, sql, params, path) {
  const samples = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = process.hrtime.bigint();
    await client.query('BEGIN');
    await client.query(`SELECT set_config('liandong.tenant_path', $1, true)`, [path]);
    await client.query(sql, params);
    await client.query('COMMIT');
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(ROUNDS / 2)], p95: samples[Math.floor(ROUNDS * 0.95)] };
}

const platform = await startBenchPlatform({ prepare: (cli) => cli('demo-year') });
const owner = new pg.Client({ connectionString: platform.env.DATABASE_URL });
const app = new pg.Client({ connectionString: platform.env.APP_DATABASE_URL });
try {
  await owner.connect();
  await app.connect();
  // More rows, so the filters have work to do: the demo year a hundredfold, each copy of a finding handed
  // over in its own copy of the handoff (bypassing triggers, as a bulk load would).
  await owner.query('SET session_replication_role = replica');
  await owner.query(
    `CREATE TEMP TABLE handoff_copy AS
       SELECT h.id AS old_id, k, gen_random_uuid() AS new_id FROM handoff h, generate_series(2, $1) k`,
    [COPIES],
  );
  await owner.query(
    `INSERT INTO handoff SELECT (jsonb_populate_record(NULL::handoff,
       to_jsonb(h) || jsonb_build_object('id', c.new_id, 'letter_no', h.letter_no || '-' || c.k))).*
     FROM handoff h JOIN handoff_copy c ON c.old_id = h.id`,
  );
  await owner.query(
    `INSERT INTO finding SELECT (jsonb_populate_record(NULL::finding,
       to_jsonb(f) || jsonb_build_object('id', gen_random_uuid(), 'canonical_id', NULL, 'handoff_id', c.new_id))).*
     FROM finding f CROSS JOIN generate_series(2, $1) AS g(k)
     LEFT JOIN handoff_copy c ON c.old_id = f.handoff_id AND c.k = g.k`,
    [COPIES],
  );
  await owner.query('SET session_replication_role = DEFAULT');
  await owner.query('ANALYZE');
  const [{ findings, handoffs }] = (
    await owner.query(
      'SELECT (SELECT count(*)::int FROM finding) AS findings, (SELECT count(*)::int FROM handoff) AS handoffs',
    )
  ).rows;
  console.log(`findings: ${findings}, handoffs: ${handoffs}; ${ROUNDS} rounds per query`);
  const scopes = (
    await owner.query(
      // The city, a county, and the township with the most findings.
      `SELECT code, name, path::text FROM tenant
        WHERE code IN ('4103', '410311')
           OR path = (SELECT tenant_path FROM finding WHERE nlevel(tenant_path) = 3
                       GROUP BY tenant_path ORDER BY count(*) DESC LIMIT 1)
        ORDER BY path`,
    )
  ).rows;
  const rows = [];
  for (const scope of scopes) {
    for (const [name, sql] of Object.entries(QUERIES)) {
      const explicit = await time(owner, sql('WHERE tenant_path <@ $1::ltree'), [scope.path], scope.path);
      const walled = await time(app, sql(''), [], scope.path);
      const both = await time(app, sql('WHERE tenant_path <@ $1::ltree'), [scope.path], scope.path);
      rows.push({
        scope: `${scope.name} ${scope.code}`,
        query: name,
        'explicit p50 ms': explicit.p50.toFixed(3),
        'RLS p50 ms': walled.p50.toFixed(3),
        'RLS+filter p50 ms': both.p50.toFixed(3),
        'ratio RLS': (walled.p50 / explicit.p50).toFixed(2),
        'ratio RLS+filter': (both.p50 / explicit.p50).toFixed(2),
      });
    }
  }
  console.table(rows);
} finally {
  await owner.end();
  await app.end();
  await platform.stop();
}
