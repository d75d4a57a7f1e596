import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  expectNothingLeft,
  healthy,
  killGroup,
  launch,
  type Launched,
  until,
} from '@liandong/testing-system';

/**
 * `npm start` stopped by a signal leaves nothing running: not the API, the worker, Redis or PostgreSQL, whether
 * the signal reaches its whole process group (Ctrl-C, a closed terminal, a supervisor), npm alone, or the
 * launcher alone while it is still starting. Each case runs the real launcher in a process group of its own,
 * on free ports, then looks for any process of that group and anything still listening on those ports.
 */

// The first start loads the demo and, when the console's sources changed, builds it.
const READY_MS = 240_000;
const STOPPED_MS = 90_000;
const CASE_MS = READY_MS + STOPPED_MS + 30_000;

let dataDir: string;
let launched: Launched | null = null;

beforeAll(() => {
  // One data directory for every case: the demo is loaded once, later starts only migrate.
  dataDir = mkdtempSync(join(tmpdir(), 'liandong-start-stop-'));
  chmodSync(dataDir, 0o755);
});

afterEach(() => {
  // A failed case must not leave its servers to the next one.
  killGroup(launched);
  launched = null;
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start, stopped by a signal, leaves nothing running', () => {
  it.each([
    { when: 'SIGTERM to the whole process group', signal: 'SIGTERM', to: 'group' },
    {
      when: 'SIGHUP to the whole process group (a closed terminal), which redis-server ignores',
      signal: 'SIGHUP',
      to: 'group',
    },
    {
      when: 'SIGTERM to npm alone, which passes it to a shell that dies without passing it on',
      signal: 'SIGTERM',
      to: 'npm',
    },
  ] as const)(
    'once it is ready: $when',
    async ({ signal, to }) => {
      const started = (launched = await launch('npm', dataDir));
      await healthy(started, READY_MS);
      process.kill(to === 'group' ? -(started.leader.pid as number) : (started.leader.pid as number), signal);
      await expectNothingLeft(started, STOPPED_MS);
    },
    CASE_MS,
  );

  it(
    'while it is still starting: SIGTERM to the launcher alone',
    async () => {
      const started = (launched = await launch('node', dataDir));
      // PostgreSQL and Redis run; the build, migration and seed steps come next.
      await until(
        started,
        () => Promise.resolve(started.output().includes('local Redis on port')),
        'Redis was up',
        READY_MS,
      );
      started.leader.kill('SIGTERM');
      await expectNothingLeft(started, STOPPED_MS);
      expect(started.leader.exitCode).toBe(0);
    },
    CASE_MS,
  );
});
