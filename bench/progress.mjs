// Benchmark: `progress` latency at city scope with the Luoyang demo year loaded, and the API's memory.
// Self-contained: throwaway PostgreSQL and Redis, migrate, seed, play the demo year, start the built API,
// then time sequential queries. Prints p50 / p95 per query shape. Not part of `npm test`.
import { graphqlAt, rssMb, startBenchPlatform } from './platform.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

let demoYearMs = 0;
const { base, api, bootMs, stop } = await startBenchPlatform({
  prepare: async (cli) => {
    const started = Date.now();
    await cli('demo-year');
    demoYearMs = Date.now() - started;
  },
});
try {
  const gql = graphqlAt(base);
  const { login } = await gql(
    'mutation { login(username: "4103", password: "liandong-demo") { accessToken } }',
  );
  const token = login.accessToken;
  const query = `query ($groupBy: [ProgressDimension!]) { progress(groupBy: $groupBy) {
    project { id title } tenant { code name } level status method { code } category department { code }
    projects findings handedOver closed overdue closureRate handoffs handoffsClosed } }`;
  const [totals] = (await gql(query, {}, token)).progress;
  console.log(`city totals: ${JSON.stringify(totals)}`);
  const shapes = {
    totals: [],
    PROJECT: ['PROJECT'],
    TENANT: ['TENANT'],
    'PROJECT×TENANT': ['PROJECT', 'TENANT'],
    'STATUS×METHOD': ['STATUS', 'METHOD'],
  };
  const rows = [];
  for (const [name, groupBy] of Object.entries(shapes)) {
    for (let i = 0; i < 10; i += 1) {
      await gql(query, { groupBy }, token); // warm-up
    }
    const times = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const t = process.hrtime.bigint();
      await gql(query, { groupBy }, token);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    rows.push({
      shape: name,
      rounds: ROUNDS,
      p50_ms: percentile(times, 50).toFixed(2),
      p95_ms: percentile(times, 95).toFixed(2),
    });
  }
  console.table(rows);
  console.log(
    `demo year played in ${(demoYearMs / 1000).toFixed(1)} s; API boot to healthy ${bootMs} ms; API RSS after the runs ${rssMb(api.pid).toFixed(0)} MB`,
  );
} finally {
  await stop();
}
