// Benchmark at national scale, in one run on throwaway services: build the data (the national tree and N generated
// findings), then time `progress` through GraphQL against the SQL it needs, ingest against COPY, handoff dispatch
// against bare BullMQ, row-level security against an explicit filter, and the API's memory and cold start. Ends with
// every figure beside its target. Not part of `npm test`.
// Run: npm run bench:scale -- [--findings N | --10m]; BENCH_ROUNDS (default 100) sequential requests per figure.
// Where the national seed or the generator is not built yet, it plays the Luoyang demo year instead and says so.
import { Queue, QueueEvents, Worker } from 'bullmq';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { hasExited, terminate } from '../scripts/lifecycle.mjs';
import { freePort } from '../scripts/services.mjs';
import { graphqlAt, root, rssMb, runCli, startApi, startBenchPlatform, startWorker } from './platform.mjs';

const argv = process.argv.slice(2);
const flag = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const FINDINGS = argv.includes('--10m') ? 10_000_000 : Number(flag('--findings') ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const WARM_UP = 5;
/** Jobs per dispatch run: enough that the relay's poll interval is a small part of the wall time. */
const DISPATCH_JOBS = Number(process.env.BENCH_DISPATCH_JOBS ?? 2_000);
const PASSWORD = process.env.DEMO_PASSWORD ?? 'liandong-demo';
const GROUPINGS = {
  none: [],
  PROJECT: ['PROJECT'],
  TENANT: ['TENANT'],
  LEVEL: ['LEVEL'],
  STATUS: ['STATUS'],
  METHOD: ['METHOD'],
  CATEGORY: ['CATEGORY'],
  DEPARTMENT: ['DEPARTMENT'],
  COMMITTEE: ['COMMITTEE'],
  'PROJECT×TENANT': ['PROJECT', 'TENANT'],
};
const LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'];
const TARGETS = {
  progressP95Ms: 10,
  graphqlToRaw: 1.25,
  ingestToCopy: 0.3,
  dispatchToBare: 0.5,
  rls: 1.2,
  rssMb: 300,
};

if (!Number.isInteger(FINDINGS) || FINDINGS <= 0) {
  console.error('--findings 需为正整数 · --findings must be a positive whole number');
  process.exit(2);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => (value === undefined ? '—' : value.toFixed(2));

/** p50 and p95 in ms of `once()` over `rounds` sequential runs, after a few unmeasured ones. */
async function sample(once, rounds = ROUNDS) {
  for (let i = 0; i < WARM_UP; i += 1) {
    await once();
  }
  const times = [];
  for (let i = 0; i < rounds; i += 1) {
    const started = process.hrtime.bigint();
    await once();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Runs `step()`, printing and keeping how long it took. */
const stepTimes = [];
async function timed(name, step) {
  const started = Date.now();
  const result = await step();
  const seconds = (Date.now() - started) / 1000;
  stepTimes.push({ step: name, seconds: seconds.toFixed(1) });
  console.log(`${name}: ${seconds.toFixed(1)} s`);
  return result;
}

/** A module of the built platform or of a sibling benchmark, or null (with a note) when it is not there yet. */
async function optional(label, file, load) {
  if (!existsSync(file)) {
    console.log(`(${label}: ${file.slice(root.length + 1)} 尚不存在 · not there yet — skipped)`);
    return null;
  }
  return load(file);
}

// 1. The data. A CLI without `generate` answers with its usage: fall back to the Luoyang demo year.
let dataNote = '';
const platform = await startBenchPlatform({
  seed: false,
  prepare: async (cli, env) => {
    console.log((await timed('seed national', () => cli('seed', 'national'))).trim());
    try {
      await timed(`generate --findings ${FINDINGS}`, () =>
        runCli(env, ['generate', '--findings', String(FINDINGS), '--seed', '1'], {
          echo: (text) => process.stdout.write(text),
        }),
      );
      dataNote = `${FINDINGS} generated findings`;
    } catch (error) {
      if (!/liandong <command>/.test(error.output ?? '')) {
        throw error;
      }
      console.log('`liandong generate` 尚未提供 · not available yet: playing the Luoyang demo year instead');
      await timed('demo-year (fallback)', () => cli('demo-year'));
      dataNote = 'Luoyang demo year (fallback: no generator)';
    }
  },
});
const { base, api, env } = platform;
stepTimes.push({ step: 'API start to healthy', seconds: (platform.bootMs / 1000).toFixed(1) });
const owner = new pg.Client({ connectionString: env.DATABASE_URL });
const app = new pg.Client({ connectionString: env.APP_DATABASE_URL });
const summary = [];
try {
  await owner.connect();
  await app.connect();
  const counts = (
    await owner.query(
      `SELECT (SELECT count(*)::int FROM finding) AS findings, (SELECT count(*)::int FROM handoff) AS handoffs,
              (SELECT jsonb_object_agg(level, n) FROM (SELECT level, count(*)::int n FROM tenant GROUP BY level) l)
                AS tenants`,
    )
  ).rows[0];
  console.log(`data: ${dataNote}; ${JSON.stringify(counts)}`);

  // At each level the node with the most findings in its subtree, found from the findings' own paths.
  const nodes = (
    await owner.query(
      `WITH depth AS (SELECT level, min(nlevel(path)) AS d FROM tenant GROUP BY level)
       SELECT DISTINCT ON (t.level) t.level, t.code, t.name, t.path::text AS path, n.findings
         FROM depth
         CROSS JOIN LATERAL (SELECT subpath(f.tenant_path, 0, depth.d) AS path, count(*)::int AS findings
                               FROM finding f WHERE nlevel(f.tenant_path) >= depth.d GROUP BY 1) n
         JOIN tenant t ON t.path = n.path AND t.level = depth.level
        ORDER BY t.level, n.findings DESC`,
    )
  ).rows.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  console.table(nodes);

  const gql = graphqlAt(base);
  const tokens = {};
  for (const node of nodes) {
    const { login } = await gql(
      'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken } }',
      { username: node.code, password: PASSWORD },
    );
    tokens[node.code] = login.accessToken;
  }

  // 2. progress through GraphQL, and the statements behind it run bare as the owner.
  const statementsFile = join(root, 'dist/libs/domain/progress/src/lib/progress-statements.js');
  const progressStatements = await optional('raw progress SQL', statementsFile, (file) => {
    const module = createRequire(import.meta.url)(file);
    return module.progressStatements;
  });
  const progressQuery = `query ($groupBy: [ProgressDimension!]) { progress(groupBy: $groupBy) {
    project { id title } tenant { code name } level status method { code } category department { code }
    committee { code } projects findings handedOver closed overdue closureRate handoffs handoffsClosed } }`;
  const progressRows = [];
  for (const node of nodes) {
    for (const [grouping, groupBy] of Object.entries(GROUPINGS)) {
      const token = tokens[node.code];
      const rows = (await gql(progressQuery, { groupBy }, token)).progress.length;
      const graphql = await sample(() => gql(progressQuery, { groupBy }, token));
      let raw;
      if (progressStatements) {
        raw = await sample(async () => {
          for (const { sql, params } of progressStatements({
            scopePath: node.path,
            dimensions: groupBy,
            now: new Date(),
          })) {
            await owner.query(sql, params);
          }
        });
      }
      progressRows.push({
        level: node.level,
        grouping,
        graphql,
        raw,
        shown: {
          level: node.level,
          grouping,
          rows,
          'GraphQL p50': ms(graphql.p50),
          'GraphQL p95': ms(graphql.p95),
          'raw p50': ms(raw?.p50),
          'raw p95': ms(raw?.p95),
          ratio: raw ? (graphql.p50 / raw.p50).toFixed(2) : '—',
        },
      });
    }
  }
  console.log(`progress, ms over ${ROUNDS} sequential requests (ratio: GraphQL p50 / raw p50)`);
  console.table(progressRows.map((row) => row.shown));
  const worstP95 = progressRows.reduce((worst, row) => (row.graphql.p95 > worst.graphql.p95 ? row : worst));
  summary.push({
    figure: 'progress p95 (worst)',
    value: `${worstP95.graphql.p95.toFixed(2)} ms (${worstP95.level} ${worstP95.grouping})`,
    target: `≤ ${TARGETS.progressP95Ms} ms`,
    met: worstP95.graphql.p95 <= TARGETS.progressP95Ms,
  });
  if (progressStatements) {
    const worstRatio = progressRows.reduce((worst, row) =>
      row.graphql.p50 / row.raw.p50 > worst.graphql.p50 / worst.raw.p50 ? row : worst,
    );
    const ratio = worstRatio.graphql.p50 / worstRatio.raw.p50;
    summary.push({
      figure: 'GraphQL ÷ raw SQL (worst p50)',
      value: `${ratio.toFixed(2)}× (${worstRatio.level} ${worstRatio.grouping})`,
      target: `≤ ${TARGETS.graphqlToRaw}×`,
      met: ratio <= TARGETS.graphqlToRaw,
    });
  } else {
    summary.push({
      figure: 'GraphQL ÷ raw SQL',
      value: 'skipped (no progress-statements)',
      target: '≤ 1.25×',
    });
  }

  // 6a. Memory once the progress runs are through.
  const rss = rssMb(api.pid);
  summary.push({
    figure: 'API RSS after progress',
    value: `${rss.toFixed(0)} MB`,
    target: `≤ ${TARGETS.rssMb} MB`,
    met: rss <= TARGETS.rssMb,
  });

  // 3. Ingest against COPY, measured by its own benchmark's function.
  const ingestModule = await optional(
    'ingest',
    join(root, 'bench/ingest.mjs'),
    (file) => import(pathToFileURL(file).href),
  );
  if (ingestModule) {
    const township = nodes.at(-1);
    // The township's own city publishes the project it reports under.
    const cityCode = township.path.split('.').at(-3) ?? township.code;
    const { login: cityLogin } = await gql(
      'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken } }',
      { username: cityCode, password: PASSWORD },
    );
    const figures = await timed('ingest vs COPY', async () => {
      const { assignmentId } = await ingestModule.openAssignment({
        base,
        issuerToken: cityLogin.accessToken,
        reporterToken: tokens[township.code],
        tenantCode: township.code,
      });
      const measured = await ingestModule.measureIngest({
        base,
        token: tokens[township.code],
        databaseUrl: env.DATABASE_URL,
        assignmentId,
      });
      return {
        ...measured,
        submitFindingsRatio: measured.ratios.submitToCopy,
        excelImportRatio: measured.ratios.importToCopy,
      };
    });
    console.log('ingest vs COPY:');
    console.dir(figures, { depth: 4 });
    // Whatever the ratios are called there, each is held to the same target.
    for (const [key, value] of Object.entries(figures ?? {})) {
      if (/ratio/i.test(key) && typeof value === 'number') {
        summary.push({
          figure: `ingest ${key}`,
          value: `${(value * 100).toFixed(0)}% of COPY`,
          target: `≥ ${TARGETS.ingestToCopy * 100}%`,
          met: value >= TARGETS.ingestToCopy,
        });
      }
    }
  } else {
    summary.push({ figure: 'ingest ÷ COPY', value: 'skipped (no bench/ingest.mjs)', target: '≥ 30%' });
  }

  // 4. Handoff dispatch the platform's way against bare BullMQ on the same Redis.
  const dispatch = await timed(`dispatch ${DISPATCH_JOBS} jobs both ways`, measureDispatch);
  if (dispatch) {
    console.log(
      `dispatch of ${DISPATCH_JOBS} jobs: outbox → relay → BullMQ → processor ${dispatch.platform.toFixed(0)} jobs/s; ` +
        `bare BullMQ addBulk + no-op worker ${dispatch.bare.toFixed(0)} jobs/s`,
    );
    summary.push({
      figure: 'dispatch ÷ bare BullMQ',
      value: `${((dispatch.platform / dispatch.bare) * 100).toFixed(0)}% (${dispatch.platform.toFixed(0)} / ${dispatch.bare.toFixed(0)} jobs/s)`,
      target: `≥ ${TARGETS.dispatchToBare * 100}%`,
      met: dispatch.platform / dispatch.bare >= TARGETS.dispatchToBare,
    });
  } else {
    summary.push({
      figure: 'dispatch ÷ bare BullMQ',
      value: 'skipped (the data holds no handoffs)',
      target: '≥ 50%',
    });
  }

  // 5. Row-level security against the filter written out, at the county with the most findings.
  const county = nodes.find((node) => node.level === 'COUNTY') ?? nodes.at(-1);
  const rlsRows = await measureRls(county.path, progressStatements);
  console.log(
    `RLS at ${county.name} ${county.code}, ms over ${ROUNDS} transactions (ratio: RLS p50 / explicit p50)`,
  );
  console.table(rlsRows.map((row) => row.shown));
  const worstRls = rlsRows.reduce((worst, row) => (row.ratioValue > worst.ratioValue ? row : worst));
  summary.push({
    figure: 'RLS ÷ explicit filter (worst p50)',
    value: `${worstRls.ratioValue.toFixed(2)}× (${worstRls.query})`,
    target: `≤ ${TARGETS.rls}×`,
    met: worstRls.ratioValue <= TARGETS.rls,
  });

  // 6b. Cold start: a fresh API process to /health 200, three times beside the running one.
  const boots = [];
  for (let i = 0; i < 3; i += 1) {
    const started = await startApi(env, await freePort());
    boots.push(started.bootMs);
    await terminate(started.api);
  }
  boots.sort((a, b) => a - b);
  summary.push({ figure: 'API cold start to healthy (median of 3)', value: `${boots[1]} ms`, target: '—' });

  console.log('\nsteps:');
  console.table(stepTimes);
  console.log(`\nsummary (${dataNote}; ${counts.findings} findings, ${ROUNDS} rounds):`);
  for (const { figure, value, target, met } of summary) {
    console.log(`${met === undefined ? '·' : met ? '✓' : '✗'} ${figure}: ${value}  (target ${target})`);
  }
} finally {
  await owner.end().catch(() => undefined);
  await app.end().catch(() => undefined);
  await platform.stop();
}

/** BullMQ connection options for the benchmark's Redis (blocking commands need unlimited retries). */
function redisConnection() {
  const url = new URL(env.REDIS_URL);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    maxRetriesPerRequest: null,
  };
}

/**
 * Jobs per second both ways. The platform's way: each job an outbox row (as `OutboxService.enqueue` writes it)
 * in one transaction, relayed by a worker process into BullMQ and run by its processor (`handoff-issued`, over the
 * handoffs there are), timed until the queue reports the last one completed; null when there are no handoffs. Bare: `addBulk` into a queue of
 * its own and an in-process worker with a no-op processor, same concurrency.
 */
async function measureDispatch() {
  const handoffs = (await owner.query('SELECT id, tenant_id FROM handoff ORDER BY id LIMIT 1000')).rows;
  if (handoffs.length === 0) {
    console.log('(dispatch: 数据中没有交办件 · the data holds no handoffs to notify about — skipped)');
    return null;
  }
  const worker = startWorker(env);
  const events = new QueueEvents('notifications', { connection: redisConnection() });
  const notifications = new Queue('notifications', { connection: redisConnection() });
  const bareQueue = new Queue('scale-bench-bare', { connection: redisConnection() });
  let bareWorker;
  try {
    await events.waitUntilReady();
    const enqueue = async (ids) => {
      await owner.query('BEGIN');
      for (const [i, id] of ids.entries()) {
        const handoff = handoffs[i % handoffs.length];
        await owner.query(
          `INSERT INTO outbox (queue, name, job_id, payload, run_at) VALUES ($1, $2, $3, $4::jsonb, $5)
           ON CONFLICT (job_id) DO NOTHING`,
          [
            'notifications',
            'handoff-issued',
            id,
            JSON.stringify({ tenantId: handoff.tenant_id, handoffId: handoff.id }),
            null,
          ],
        );
      }
      await owner.query('COMMIT');
    };
    /** Resolves once every job of `ids` is reported completed; rejects on a failure or the worker's exit. */
    const completion = (ids) => {
      const waiting = new Set(ids);
      return new Promise((resolve, reject) => {
        const onCompleted = ({ jobId }) => {
          if (waiting.delete(jobId) && waiting.size === 0) {
            events.off('completed', onCompleted);
            resolve();
          }
        };
        events.on('completed', onCompleted);
        events.on('failed', ({ jobId, failedReason }) => {
          if (waiting.has(jobId)) {
            reject(new Error(`job ${jobId} failed: ${failedReason}`));
          }
        });
        worker.once('exit', (code) => reject(new Error(`the worker exited with code ${code}`)));
      });
    };
    // The worker is ready once a probe job made its whole way; then the backlog the data left is worked off.
    const probe = ['scale-bench-probe'];
    const probed = completion(probe);
    await enqueue(probe);
    await probed;
    for (;;) {
      const [{ pending }] = (
        await owner.query('SELECT count(*)::int AS pending FROM outbox WHERE relayed_at IS NULL')
      ).rows;
      const queued = await notifications.getJobCounts('wait', 'active', 'prioritized');
      if (pending === 0 && queued.wait + queued.active + queued.prioritized === 0) {
        break;
      }
      if (hasExited(worker)) {
        throw new Error(`the worker exited with code ${worker.exitCode}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const ids = Array.from({ length: DISPATCH_JOBS }, (_, i) => `scale-bench-${i}`);
    const platformDone = completion(ids);
    let started = process.hrtime.bigint();
    await enqueue(ids);
    await platformDone;
    const platform = DISPATCH_JOBS / (Number(process.hrtime.bigint() - started) / 1e9);

    let completed = 0;
    let bareDone;
    const bareFinished = new Promise((resolve) => {
      bareDone = resolve;
    });
    bareWorker = new Worker('scale-bench-bare', async () => undefined, {
      connection: redisConnection(),
      concurrency: 4,
    });
    bareWorker.on('completed', () => {
      completed += 1;
      if (completed === DISPATCH_JOBS) {
        bareDone();
      }
    });
    await bareWorker.waitUntilReady();
    started = process.hrtime.bigint();
    await bareQueue.addBulk(ids.map((id, i) => ({ name: 'noop', data: { i }, opts: { jobId: id } })));
    await bareFinished;
    const bare = DISPATCH_JOBS / (Number(process.hrtime.bigint() - started) / 1e9);
    return { platform, bare };
  } finally {
    await bareWorker?.close();
    await Promise.all([events.close(), notifications.close(), bareQueue.close()]);
    await terminate(worker);
  }
}

/**
 * p50 / p95 of the services' queries at `scopePath`: as the API's role, under row-level security with the scope
 * set as request-scope sets it, against the owner (no policies) running the same SQL with its explicit filter.
 */
async function measureRls(scopePath, progressStatements) {
  const queries = {
    '问题列表 findings list (county subtree)': [
      `SELECT f.id, f.title, f.status, f.reported_at FROM finding f WHERE f.tenant_path <@ $1::ltree
        ORDER BY f.reported_at DESC, f.id LIMIT 50`,
    ],
    '整改台账 handoff ledger page': [
      `SELECT h.id, h.kind, h.letter_no, h.issued_at, h.deadline, h.status FROM handoff h
        WHERE h.tenant_path <@ $1::ltree ORDER BY h.issued_at DESC, h.id LIMIT 50`,
    ],
    '台账统计 handoff ledger figures': [
      `SELECT h.kind, count(*)::int AS total, count(*) FILTER (WHERE h.status = 'CLOSED')::int AS closed
         FROM handoff h WHERE h.tenant_path <@ $1::ltree GROUP BY h.kind`,
    ],
  };
  const statements = (sql) => sql.map((text) => ({ sql: text, params: [scopePath] }));
  const work = Object.fromEntries(Object.entries(queries).map(([name, sql]) => [name, statements(sql)]));
  work['进度 progress read'] = progressStatements
    ? progressStatements({ scopePath, dimensions: [], now: new Date() })
    : statements([
        `SELECT f.status, count(*)::int FROM finding f
          WHERE f.tenant_path <@ $1::ltree AND NOT (f.status = ANY('{MERGED,DISMISSED}'::text[])) GROUP BY f.status`,
      ]);
  const inScope = (client, list) => async () => {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('liandong.tenant_path', $1, true)`, [scopePath]);
    for (const { sql, params } of list) {
      await client.query(sql, params);
    }
    await client.query('COMMIT');
  };
  const rows = [];
  for (const [query, list] of Object.entries(work)) {
    const explicit = await sample(inScope(owner, list));
    const walled = await sample(inScope(app, list));
    rows.push({
      query,
      ratioValue: walled.p50 / explicit.p50,
      shown: {
        query,
        'explicit p50': ms(explicit.p50),
        'explicit p95': ms(explicit.p95),
        'RLS p50': ms(walled.p50),
        'RLS p95': ms(walled.p95),
        ratio: (walled.p50 / explicit.p50).toFixed(2),
      },
    });
  }
  return rows;
}
