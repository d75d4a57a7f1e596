import IORedis from 'ioredis';
import { GraphqlClient, GraphqlResponse } from '@liandong/testing';
import {
  acceptedCountyFindings,
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  eventually,
  findingInput,
  HAND_OFF,
  OwnRedis,
  Platform,
  publishedProject,
  startPlatform,
  SUBMIT,
  TenantTree,
  withEnvironment,
} from '@liandong/testing-system';

/**
 * Redis away while people submit: every request the API takes is answered, committed or refused with a
 * reason in Chinese and English, within a second of its usual time; none waits on Redis. The API touches
 * Redis on a request only through the sign-in and public-read throttles (which fall back to counting in
 * memory) and /health; work for the queues goes through the outbox in PostgreSQL. Redis is first killed
 * (connections refused), then frozen (connections open, nothing answered), which is the harder case.
 */

jest.setTimeout(180_000);

const LATENCY_BOUND_MS = 1_000;
/** Of each write kind per round, fired together with the sign-ins and reads. */
const WRITES = 2;
/**
 * Rounds per condition. The machine is shared and busy, so one round's latencies vary by seconds; the
 * usual time of a kind is the slowest of its baseline rounds, and every request while Redis is away must
 * answer within a second of it.
 */
const ROUNDS_EACH = 3;
const ROUNDS = ['baseline', 'killed', 'frozen'] as const;
type Round = (typeof ROUNDS)[number];

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';
const PUBLIC_READ = 'query { publicDisclosures(first: 5) { __typename } }';

type Kind = 'submitFindings' | 'handOffFindings' | 'login' | 'loginRefused' | 'publicRead' | 'health';

interface Answer {
  kind: Kind;
  ms: number;
  /** Committed (or read) and checked in the database, or refused with a reason in both languages. */
  outcome: 'committed' | 'refused';
  status: number;
}

describe('Redis down during submissions', () => {
  let redis: OwnRedis;
  let platform: Platform;
  let tree: TenantTree;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    platform = await withEnvironment({ REDIS_URL: redis.url }, () => startPlatform());
    tree = await createTenantTree(platform.dataSource, 1, 1);
  });
  afterAll(async () => {
    await redis?.closeWith(platform);
  });

  it('answers every request, committed or refused, within 1 s of its usual time; none hangs', async () => {
    const { county, client, findingIds } = await acceptedCountyFindings(
      platform,
      tree,
      WRITES * ROUNDS.length * ROUNDS_EACH,
    );
    const market = await departmentId(client, county, 'market');
    const city = await platform.as(tree.city);
    const { assignments } = await publishedProject(city, [county]);
    const assignmentId = assignments[0]?.id as string;
    await client.ok(ACKNOWLEDGE, { id: assignmentId });
    const anonymous = new GraphqlClient(platform.url);
    const deadline = new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();

    /** Every kind of request at once, as a busy morning would send them. */
    const round = async (index: number): Promise<Answer[]> => {
      const handOffs = findingIds.slice(index * WRITES, (index + 1) * WRITES);
      const requests: Array<Promise<Answer>> = [
        ...Array.from({ length: WRITES }, () =>
          timed('submitFindings', async () => {
            const result = await client.request<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
              assignmentId,
              findings: [findingInput()],
            });
            return answered(result, async (data) => {
              const ids = data.submitFindings.map((finding) => finding.id);
              expect(await countRows(platform, 'finding', ids)).toBe(ids.length);
            });
          }),
        ),
        ...handOffs.map((finding) =>
          timed('handOffFindings', async () => {
            const result = await client.request<{ handOffFindings: { id: string } }>(HAND_OFF, {
              input: { findingIds: [finding], departmentId: market, deadline },
            });
            return answered(result, async (data) => {
              const id = data.handOffFindings.id;
              expect(await countRows(platform, 'handoff', [id])).toBe(1);
              // its notice waits in the outbox for the worker, whatever Redis is doing
              expect(await outboxRows(platform, id)).toBeGreaterThan(0);
            });
          }),
        ),
        ...[county].map((username) =>
          timed('login', async () => {
            const result = await anonymous.request<{ login: { accessToken: string } }>(LOGIN, {
              u: username,
              p: 'liandong-demo',
            });
            return answered(result, (data) => {
              expect(data.login.accessToken).toEqual(expect.any(String));
            });
          }),
        ),
        timed('loginRefused', async () =>
          answered(await anonymous.request(LOGIN, { u: county, p: 'not-the-password' }), () => {
            throw new Error('a wrong password was accepted');
          }),
        ),
        ...Array.from({ length: 1 }, () =>
          timed('publicRead', async () => answered(await anonymous.request(PUBLIC_READ), () => undefined)),
        ),
        timed('health', async () => {
          const response = await fetch(`${platform.url}/health`);
          const body = (await response.json()) as { checks: Record<string, string> };
          expect(body.checks['postgres']).toBe('up');
          return { outcome: response.status === 200 ? 'committed' : 'refused', status: response.status };
        }),
      ];
      return Promise.all(requests);
    };

    const answers = new Map<Round, Answer[]>();
    let rounds = 0;
    const roundsOf = async (name: Round): Promise<void> => {
      const found: Answer[] = [];
      for (let i = 0; i < ROUNDS_EACH; i += 1) {
        found.push(...(await round(rounds++)));
      }
      answers.set(name, found);
    };
    await roundsOf('baseline');

    await redis.kill();
    await roundsOf('killed');

    await redis.restart();
    // Frozen only counts once the API's request connections are back, so its commands really go out.
    await eventually(
      () => requestConnections(redis.port),
      (n) => n >= 3,
      { timeoutMs: 20_000, what: "the API's Redis connections back" },
    );
    redis.freeze(true);
    try {
      await roundsOf('frozen');
    } finally {
      redis.freeze(false);
    }

    const baseline = slowestByKind(answers.get('baseline') ?? []);
    const report: string[] = [];
    for (const name of ROUNDS) {
      const found = answers.get(name) ?? [];
      const slowest = slowestByKind(found);
      const over = Math.max(...found.map((answer) => answer.ms - (baseline.get(answer.kind) ?? 0)));
      report.push(
        `${name}: max ${Math.max(...found.map((a) => a.ms))} ms, max over baseline ${over} ms; ` +
          [...slowest].map(([kind, ms]) => `${kind} ${ms} ms`).join(', '),
      );
    }
    console.log(`Redis down during submissions (slowest per kind):\n${report.join('\n')}`);

    for (const name of ['killed', 'frozen'] as const) {
      const found = answers.get(name) ?? [];
      // The writes and sign-ins never needed Redis: they commit; only /health reports it away.
      const notCommitted = found.filter(
        (a) => a.kind !== 'health' && a.kind !== 'loginRefused' && a.outcome !== 'committed',
      );
      expect({ round: name, notCommitted }).toEqual({ round: name, notCommitted: [] });
      expect(found.find((a) => a.kind === 'loginRefused')).toMatchObject({ outcome: 'refused' });
      expect(found.find((a) => a.kind === 'health')).toMatchObject({ outcome: 'refused', status: 503 });
      const late = found.filter((a) => a.ms > (baseline.get(a.kind) ?? 0) + LATENCY_BOUND_MS);
      expect({ round: name, late }).toEqual({ round: name, late: [] });
    }
  });
});

/** Times one request; a request that does not answer within a minute fails the test as hung. */
async function timed(kind: Kind, send: () => Promise<Omit<Answer, 'kind' | 'ms'>>): Promise<Answer> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${kind} did not answer within 60 s`)), 60_000);
  });
  try {
    const outcome = await Promise.race([send(), hung]);
    return { kind, ms: Math.round(performance.now() - started), ...outcome };
  } finally {
    clearTimeout(timer);
  }
}

/** Committed (its effect checked by `check`) or refused with a code and a reason in Chinese and English. */
async function answered<T>(
  result: GraphqlResponse<T>,
  check: (data: T) => Promise<void> | void,
): Promise<Omit<Answer, 'kind' | 'ms'>> {
  if (result.data && !result.errors?.length) {
    await check(result.data);
    return { outcome: 'committed', status: result.status };
  }
  const extensions = result.errors?.[0]?.extensions ?? {};
  expect(extensions).toMatchObject({
    code: expect.any(String),
    zh: expect.stringMatching(/[\u4e00-\u9fff]/),
    en: expect.stringMatching(/[A-Za-z]/),
  });
  return { outcome: 'refused', status: result.status };
}

function slowestByKind(answers: Answer[]): Map<Kind, number> {
  const slowest = new Map<Kind, number>();
  for (const answer of answers) {
    slowest.set(answer.kind, Math.max(slowest.get(answer.kind) ?? 0, answer.ms));
  }
  return slowest;
}

async function countRows(platform: Platform, table: 'finding' | 'handoff', ids: string[]): Promise<number> {
  const rows: Array<{ n: number }> = await platform.dataSource.query(
    `SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return rows[0]?.n ?? 0;
}

async function outboxRows(platform: Platform, handoffId: string): Promise<number> {
  const rows: Array<{ n: number }> = await platform.dataSource.query(
    `SELECT count(*)::int AS n FROM outbox WHERE payload->>'handoffId' = $1`,
    [handoffId],
  );
  return rows[0]?.n ?? 0;
}

/** The API's connections for requests (sign-in and public-read throttles, /health), as Redis lists them. */
async function requestConnections(port: number): Promise<number> {
  const probe = new IORedis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
  try {
    await probe.connect();
    const list = (await probe.client('LIST')) as string;
    return list.split('\n').filter((line) => line.includes('name=liandong-request')).length;
  } catch {
    return 0;
  } finally {
    probe.disconnect();
  }
}
