import { randomUUID } from 'node:crypto';
import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  eventually,
  handOver,
  OwnRedis,
  Platform,
  startPlatform,
  TenantTree,
  withEnvironment,
} from '@liandong/testing-system';

/**
 * GET /metrics and the queue dashboard over HTTP. The platform runs on a redis-server of this file's own, so
 * the queue figures are this file's and Redis can be taken away to see the scrape still answer.
 */

jest.setTimeout(120_000);

const METRICS_TOKEN = `metrics-${randomUUID()}`;
const DAY_MS = 24 * 3_600_000;

/** One sample of the exposition: a metric name, its labels and its value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The text exposition format, enough of it for these tests: `name{a="b",c="d"} value` per line. */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = line.match(/^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/);
    if (!match) {
      continue;
    }
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[pair[1] as string] = pair[2] as string;
    }
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample named `name` whose labels include `labels`; undefined when there is none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (sample) =>
      sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length > 1) {
    throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  }
  return found[0]?.value;
}

async function scrape(url: string): Promise<Sample[]> {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return parseExposition(await response.text());
}

describe('GET /metrics', () => {
  let redis: OwnRedis;
  let platform: Platform;
  let tree: TenantTree;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    platform = await withEnvironment({ METRICS_TOKEN, REDIS_URL: redis.url }, () =>
      startPlatform({ worker: true }),
    );
    tree = await createTenantTree(platform.dataSource, 1, 1);
  });
  afterAll(async () => {
    await redis?.closeWith(platform);
  });

  it('is off (404) when no token is configured', async () => {
    const off = await withEnvironment({ METRICS_TOKEN: undefined }, () => startPlatform());
    try {
      const response = await fetch(`${off.url}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(response.status).toBe(404);
    } finally {
      await off.close();
    }
  });

  it('refuses a scrape without the token or with a wrong one', async () => {
    const without = await fetch(`${platform.url}/metrics`);
    expect(without.status).toBe(401);
    const wrong = await fetch(`${platform.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}x` },
    });
    expect(wrong.status).toBe(401);
    // a signed-in user's access token is no metrics token
    const user = await platform.as(tree.city);
    const asUser = await fetch(`${platform.url}/metrics`, { headers: user.authorization() });
    expect(asUser.status).toBe(401);
  });

  it('counts GraphQL operations and their errors by name, type and code, and HTTP requests by route', async () => {
    const before = await scrape(platform.url);
    const city = await platform.as(tree.city);
    await city.ok('query MetricsProbe { me { username } }');
    await city.ok('query MetricsProbe { me { username } }');
    // the same operation without a sign-in: refused as UNAUTHENTICATED
    expect(await platform.client.errorCode('query MetricsRefused { me { username } }')).toBe(
      'UNAUTHENTICATED',
    );
    // a name no label may carry
    await city.ok(`query Q${'x'.repeat(70)} { me { username } }`);
    const after = await scrape(platform.url);

    const probe = { operation_name: 'MetricsProbe', operation_type: 'query' };
    expect(valueOf(after, 'liandong_graphql_operation_duration_seconds_count', probe)).toBe(2);
    expect(valueOf(before, 'liandong_graphql_operation_duration_seconds_count', probe)).toBeUndefined();
    expect(
      valueOf(after, 'liandong_graphql_errors_total', {
        operation_name: 'MetricsRefused',
        operation_type: 'query',
        code: 'UNAUTHENTICATED',
      }),
    ).toBe(1);
    expect(valueOf(after, 'liandong_graphql_errors_total', probe)).toBeUndefined();
    expect(
      valueOf(after, 'liandong_graphql_operation_duration_seconds_count', {
        operation_name: 'other',
        operation_type: 'query',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(after.some((sample) => sample.labels['operation_name']?.startsWith('Qxxx'))).toBe(false);

    const graphqlPosts = { method: 'POST', route: '/graphql', status_code: '200' };
    const postsBefore = valueOf(before, 'liandong_http_request_duration_seconds_count', graphqlPosts) ?? 0;
    expect(
      valueOf(after, 'liandong_http_request_duration_seconds_count', graphqlPosts),
    ).toBeGreaterThanOrEqual(postsBefore + 4);
    // the scrape itself is counted under its route pattern
    expect(
      valueOf(after, 'liandong_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/metrics',
        status_code: '200',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(valueOf(after, 'liandong_db_pool_connections', { pool: 'api' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(after, 'liandong_db_pool_waiting_requests', { pool: 'api' })).toBeGreaterThanOrEqual(0);
    expect(valueOf(after, 'liandong_redis_up')).toBe(1);
    expect(valueOf(after, 'liandong_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('shows a handoff’s jobs run by the worker, its escalation and an unrelayed outbox row', async () => {
    const before = await scrape(platform.url);
    const completedBefore =
      valueOf(before, 'liandong_queue_jobs', { queue: 'notifications', state: 'completed' }) ?? 0;
    const { county, client, findingIds } = await acceptedCountyFindings(platform, tree, 1);
    const market = await departmentId(client, county, 'market');
    const handoff = await handOver(client, findingIds, market, new Date(Date.now() + 30 * DAY_MS));

    // the worker sends the issued notice; the queue's completed count moves, and the deadline job waits delayed
    const after = await eventually(
      () => scrape(platform.url),
      (samples) =>
        (valueOf(samples, 'liandong_queue_jobs', { queue: 'notifications', state: 'completed' }) ?? 0) >
        completedBefore,
      { what: 'a completed notification job in the scrape' },
    );
    expect(
      valueOf(after, 'liandong_queue_jobs', { queue: 'deadlines', state: 'delayed' }),
    ).toBeGreaterThanOrEqual(1);
    expect(valueOf(after, 'liandong_queue_jobs', { queue: 'notifications', state: 'failed' })).toBe(0);
    expect(valueOf(after, 'liandong_queue_paused', { queue: 'deadlines' })).toBe(0);

    // an escalation recorded in the database is counted by level, whoever's tenant it belongs to
    const escalatedBefore = valueOf(after, 'liandong_escalations_total', { level: '2' }) ?? 0;
    const [{ tenant_id: tenantId }] = await platform.dataSource.query<Array<{ tenant_id: string }>>(
      'SELECT tenant_id FROM handoff WHERE id = $1',
      [handoff.id],
    );
    await platform.dataSource.query(
      `INSERT INTO escalation (handoff_id, level, name, tenant_id, reason, automatic)
       VALUES ($1, 2, 'metrics test', $2, 'metrics test', false)`,
      [handoff.id, tenantId],
    );
    const escalated = await scrape(platform.url);
    expect(valueOf(escalated, 'liandong_escalations_total', { level: '2' })).toBeGreaterThanOrEqual(
      escalatedBefore + 1,
    );

    // with the worker stopped (this file still holds the worker lock) an outbox row waits unrelayed
    await platform.stopWorker();
    const jobId = `metrics-test-${randomUUID()}`;
    await platform.dataSource.query(
      `INSERT INTO outbox (queue, name, job_id, payload, created_at)
       VALUES ('notifications', 'handoff-issued', $1, $2, now() - interval '120 seconds')`,
      [jobId, { tenantId, handoffId: handoff.id }],
    );
    try {
      const lagging = await scrape(platform.url);
      expect(valueOf(lagging, 'liandong_outbox_pending')).toBeGreaterThanOrEqual(1);
      expect(valueOf(lagging, 'liandong_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(120);
    } finally {
      await platform.dataSource.query('DELETE FROM outbox WHERE job_id = $1', [jobId]);
    }
  });

  it('still answers quickly while Redis is down, with liandong_redis_up 0 and no queue figures', async () => {
    await redis.kill();
    const started = Date.now();
    const samples = await scrape(platform.url);
    const tookMs = Date.now() - started;
    expect(valueOf(samples, 'liandong_redis_up')).toBe(0);
    expect(samples.some((sample) => sample.name === 'liandong_queue_jobs')).toBe(false);
    expect(valueOf(samples, 'liandong_db_pool_connections', { pool: 'api' })).toBeGreaterThanOrEqual(1);
    // every collect is capped at 1 s; the bound leaves room for a loaded machine
    expect(tookMs).toBeLessThan(3_000);
  });
});
