// Row-level security's cost: the same queries as the API's role (the policies filter) and as the owner
// with the filter written out (no policies), over the demo year's findings multiplied a hundredfold.
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
  '交办件统计 handoffs by status': (filter) =>
    `SELECT status, count(*) FROM handoff ${filter} GROUP BY status`,
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
  // More rows, so the filter has work to do: copies of every finding (bypassing triggers, as a bulk load).
  await owner.query('SET session_replication_role = replica');
  await owner.query(
    `INSERT INTO finding SELECT (jsonb_populate_record(NULL::finding,
       to_jsonb(f) || jsonb_build_object('id', gen_random_uuid(), 'canonical_id', NULL))).*
     FROM finding f, generate_series(2, $1)`,
    [COPIES],
  );
  await owner.query('SET session_replication_role = DEFAULT');
  await owner.query('ANALYZE');
  const [{ n }] = (await owner.query('SELECT count(*)::int AS n FROM finding')).rows;
  console.log(`findings: ${n}; ${ROUNDS} rounds per query`);
  const scopes = (
    await owner.query(`SELECT code, name, path::text FROM tenant WHERE code IN ('4103', '410311')`)
  ).rows;
  const rows = [];
  for (const scope of scopes) {
    for (const [name, sql] of Object.entries(QUERIES)) {
      const explicit = await time(owner, sql('WHERE tenant_path <@ $1::ltree'), [scope.path], scope.path);
      const walled = await time(app, sql(''), [], scope.path);
      rows.push({
        scope: `${scope.name} ${scope.code}`,
        query: name,
        'explicit p50 ms': explicit.p50.toFixed(3),
        'RLS p50 ms': walled.p50.toFixed(3),
        'explicit p95 ms': explicit.p95.toFixed(3),
        'RLS p95 ms': walled.p95.toFixed(3),
        'ratio p50': (walled.p50 / explicit.p50).toFixed(2),
      });
    }
  }
  console.table(rows);
} finally {
  await owner.end();
  await app.end();
  await platform.stop();
}
