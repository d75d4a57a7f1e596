import pg from 'pg';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  eventually,
  findingInput,
  pause,
  publishedProject,
  SUBMIT,
} from '@liandong/testing-system';
import { PrivateStack, startPrivateStack } from './private-stack';

/**
 * kill -9 PostgreSQL (the postmaster and every backend) while several clients submit findings in batches,
 * then start it again on the same data directory. A batch the API acknowledged was committed and survives
 * the crash; a batch is stored whole or not at all; requests caught by the crash answer with an error, none
 * hangs; the API's pool reconnects by itself and ingest resumes; the audit chain and the progress tallies
 * hold. The database, Redis and API are this file's own: the shared test database must not die under others.
 */

jest.setTimeout(300_000);

const COUNTIES = ['410302', '410303', '410305'];
const WRITERS_PER_COUNTY = 2;
/** Acknowledged batches before the kill, and after the restart (ingest resumed). */
const BATCHES_BEFORE_KILL = 12;
const BATCHES_AFTER_RESTART = 8;
/** Every request caught by the crash answers within this long of the kill (the issue names no figure). */
const SETTLE_BOUND_MS = 10_000;
/** A request that takes longer than this counts as hung (and fails the test). */
const HUNG_MS = 60_000;
/** Refused batches during the outage: backs off before the next try, as a console would. */
const RETRY_PAUSE_MS = 100;

interface Batch {
  id: number;
  size: number;
  writer: number;
  startedAt: number;
  settledAt?: number;
  outcome?: 'acknowledged' | 'refused' | 'hung';
  /** What the client saw when refused: HTTP status, GraphQL code and message. */
  error?: string;
  /** The GraphQL error code of a refusal; none when the connection failed without an answer. */
  code?: string;
  /** The refusal's reason: what tells a client whether trying again is the remedy. */
  reason?: string;
  returned?: number;
}

/** 50–200 rows, varied so batches of different sizes are in flight together. */
const sizeOf = (id: number): number => 50 + ((id * 37) % 151);
const titleOf = (batch: number, row: number): string => `批次${batch}-第${row}条`;
const TITLE = /^批次(\d+)-第(\d+)条$/;

async function send(client: GraphqlClient, assignmentId: string, batch: Batch): Promise<void> {
  const findings = Array.from({ length: batch.size }, (_, index) =>
    findingInput({ title: titleOf(batch.id, index + 1) }),
  );
  try {
    const response = await fetch(`${client.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...client.authorization() },
      body: JSON.stringify({ query: SUBMIT, variables: { assignmentId, findings } }),
      signal: AbortSignal.timeout(HUNG_MS),
    });
    const body = (await response.json()) as {
      data?: { submitFindings?: Array<{ id: string }> | null } | null;
      errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
    };
    const stored = body.data?.submitFindings;
    if (response.ok && !body.errors?.length && stored) {
      batch.outcome = 'acknowledged';
      batch.returned = stored.length;
    } else {
      const first = body.errors?.[0];
      batch.outcome = 'refused';
      batch.code = first?.extensions?.code;
      batch.reason = first?.extensions?.reason;
      batch.error = `${response.status} ${first?.extensions?.code ?? '-'} ${first?.message ?? JSON.stringify(body)}`;
    }
  } catch (error) {
    const hung = error instanceof Error && error.name === 'TimeoutError';
    batch.outcome = hung ? 'hung' : 'refused';
    batch.error = `no answer: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    batch.settledAt = Date.now();
  }
}

/** Rows stored per batch id, and any stored title this test did not submit (or submitted twice). */
async function storedBatches(
  databaseUrl: string,
): Promise<{ rows: Map<number, Set<number>>; strays: string[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ title: string }>(
      `SELECT title FROM finding WHERE title LIKE '批次%' ORDER BY title`,
    );
    const rows = new Map<number, Set<number>>();
    const strays: string[] = [];
    for (const { title } of result.rows) {
      const match = TITLE.exec(title);
      const seen = match ? (rows.get(Number(match[1])) ?? new Set<number>()) : null;
      if (!match || !seen || seen.has(Number(match[2]))) {
        strays.push(title);
        continue;
      }
      seen.add(Number(match[2]));
      rows.set(Number(match[1]), seen);
    }
    return { rows, strays };
  } finally {
    await client.end();
  }
}

describe('PostgreSQL killed mid-ingest', () => {
  let stack: PrivateStack | null = null;

  afterAll(async () => {
    await stack?.stop();
  });

  test('acknowledged batches survive, no batch is partial, in-flight requests answer, ingest resumes', async () => {
    stack = await startPrivateStack();
    const api = new GraphqlClient(stack.apiUrl);
    const city = await api.login('4103');
    const { assignments } = await publishedProject(city, COUNTIES);
    const writers: Array<{ client: GraphqlClient; assignmentId: string }> = [];
    for (const county of COUNTIES) {
      const client = await api.login(county);
      const assignment = assignments.find((candidate) => candidate.tenant.code === county);
      await client.ok(ACKNOWLEDGE, { id: assignment?.id });
      for (let copy = 0; copy < WRITERS_PER_COUNTY; copy += 1) {
        writers.push({ client, assignmentId: assignment?.id as string });
      }
    }

    const batches: Batch[] = [];
    let stopping = false;
    const running = writers.map(async ({ client, assignmentId }, writer) => {
      while (!stopping) {
        const batch: Batch = { id: batches.length + 1, size: 0, writer, startedAt: Date.now() };
        batch.size = sizeOf(batch.id);
        batches.push(batch);
        await send(client, assignmentId, batch);
        if (batch.outcome !== 'acknowledged') {
          await pause(RETRY_PAUSE_MS);
        }
      }
    });
    const acknowledgedSince = (since: number): Batch[] =>
      batches.filter((batch) => batch.outcome === 'acknowledged' && batch.startedAt >= since);

    try {
      await eventually(
        () => Promise.resolve(acknowledgedSince(0).length),
        (count) => count >= BATCHES_BEFORE_KILL,
        { timeoutMs: 120_000, what: `${BATCHES_BEFORE_KILL} batches acknowledged before the kill` },
      );

      const killAt = Date.now();
      const inFlight = batches.filter((batch) => batch.settledAt === undefined);
      const victims = await stack.killPostgres();
      const deadAt = Date.now();
      await eventually(
        () => Promise.resolve(inFlight.filter((batch) => batch.settledAt === undefined).length),
        (open) => open === 0,
        { timeoutMs: SETTLE_BOUND_MS, intervalMs: 20, what: 'every request in flight at the kill to answer' },
      );
      const settleMs = Math.max(0, ...inFlight.map((batch) => (batch.settledAt as number) - killAt));

      // While the database is down, requests are refused (quickly: the writers keep trying), never acknowledged.
      const duringOutage = await eventually(
        () => Promise.resolve(batches.filter((batch) => batch.startedAt > deadAt && batch.settledAt)),
        (settled) => settled.length >= writers.length,
        { timeoutMs: SETTLE_BOUND_MS, intervalMs: 20, what: 'requests sent during the outage to answer' },
      );

      const restartAt = Date.now();
      await stack.restartPostgres();
      const upAt = Date.now();
      await eventually(
        () => Promise.resolve(acknowledgedSince(upAt).length),
        (count) => count >= BATCHES_AFTER_RESTART,
        { timeoutMs: 60_000, what: `${BATCHES_AFTER_RESTART} batches acknowledged after the restart` },
      );
      stopping = true;
      await Promise.all(running);

      const firstAfter = Math.min(...acknowledgedSince(upAt).map((batch) => batch.settledAt as number));
      const acknowledged = acknowledgedSince(0);
      const refused = batches.filter((batch) => batch.outcome === 'refused');
      const { rows, strays } = await storedBatches(stack.databaseUrl);
      const present = [...rows.keys()];
      console.log(
        `PostgreSQL kill mid-ingest: ${acknowledged.length} batches / ` +
          `${acknowledged.reduce((sum, batch) => sum + batch.size, 0)} rows acknowledged of ${batches.length} sent; ` +
          `${inFlight.length} in flight at the kill (${inFlight.filter((b) => b.outcome === 'acknowledged').length} ` +
          `acknowledged, ${inFlight.filter((b) => b.outcome === 'refused').length} refused), all answered within ` +
          `${settleMs} ms; ${victims.length} PostgreSQL processes killed; restart took ${upAt - restartAt} ms; ` +
          `first acknowledgement ${firstAfter - upAt} ms after PostgreSQL was back (${firstAfter - killAt} ms after ` +
          `the kill); ${refused.length} batches refused; ${present.length} batches stored.\n` +
          `refusals seen: ${[...new Set(refused.map((batch) => batch.error))].slice(0, 5).join(' | ')}; ` +
          `reasons: ${[...new Set(refused.map((batch) => batch.reason))].join(', ')}`,
      );

      // Every request answered: none hung, in flight at the kill or during the outage.
      expect(batches.filter((batch) => batch.outcome === 'hung')).toEqual([]);
      expect(settleMs).toBeLessThanOrEqual(SETTLE_BOUND_MS);
      // During the outage nothing was acknowledged; every refusal is a GraphQL error.
      expect(
        duringOutage.filter((batch) => batch.startedAt < restartAt && batch.outcome !== 'refused'),
      ).toEqual([]);
      // A refusal is an answer with a GraphQL error code (and a correlation id in its message), not a dropped
      // connection.
      expect(refused.filter((batch) => !batch.code).map((batch) => batch.error)).toEqual([]);
      // …that tells the client to try again: the database went away, nothing is wrong with the batch.
      expect(
        refused.filter((batch) => batch.reason !== 'SERVICE_UNAVAILABLE').map((batch) => batch.error),
      ).toEqual([]);
      // An acknowledgement returned every row of its batch.
      expect(acknowledged.filter((batch) => batch.returned !== batch.size).map((batch) => batch.id)).toEqual(
        [],
      );

      // Every acknowledged batch is stored whole; every stored batch is whole; nothing else is stored.
      const lost = acknowledged.filter((batch) => (rows.get(batch.id)?.size ?? 0) !== batch.size);
      expect(lost.map((batch) => `${batch.id}: ${rows.get(batch.id)?.size ?? 0}/${batch.size}`)).toEqual([]);
      const sizes = new Map(batches.map((batch) => [batch.id, batch.size]));
      const partial = present.filter((id) => {
        const seen = rows.get(id) as Set<number>;
        const size = sizes.get(id) ?? 0;
        return seen.size !== size || [...seen].some((row) => row < 1 || row > size);
      });
      expect(partial.map((id) => `${id}: ${rows.get(id)?.size}/${sizes.get(id) ?? 'never sent'}`)).toEqual(
        [],
      );
      expect(strays).toEqual([]);

      // The audit chain and the progress tallies hold after crash recovery.
      const audit = await stack.cli(['audit', 'verify']);
      expect({ code: audit.code, output: audit.output.trim() }).toEqual({
        code: 0,
        output: expect.stringMatching(/intact/),
      });
      const progress = await stack.cli(['check-progress']);
      expect({ code: progress.code, output: progress.output.trim() }).toEqual({
        code: 0,
        output: expect.stringMatching(/equal a recount/),
      });
      const health = await fetch(`${stack.apiUrl}/health`);
      expect(health.status).toBe(200);
    } finally {
      stopping = true;
      await Promise.all(running);
    }
  });
});
