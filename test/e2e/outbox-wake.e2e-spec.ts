import {
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  eventually,
  handOver,
  noticesOf,
  Platform,
  startPlatform,
  TenantTree,
} from '@liandong/testing-system';

/**
 * Committed outbox rows wake the worker's relay at once: with polling set to ten minutes, a handoff's notice
 * still reaches the department within seconds, carried by PostgreSQL's NOTIFY on commit.
 */
describe('the outbox relay woken on commit', () => {
  let platform: Platform;
  let tree: TenantTree;

  beforeAll(async () => {
    const polling = process.env['OUTBOX_POLL_MS'];
    process.env['OUTBOX_POLL_MS'] = '600000';
    try {
      platform = await startPlatform({ worker: true });
    } finally {
      process.env['OUTBOX_POLL_MS'] = polling;
    }
    tree = await createTenantTree(platform.dataSource, 1, 1);
  });
  afterAll(() => platform.close());

  it('delivers a handoff notice long before the next poll', async () => {
    const scenario = await acceptedCountyFindings(platform, tree, 2);
    const market = await departmentId(scenario.client, scenario.county, 'market');
    const handoff = await handOver(
      scenario.client,
      scenario.findingIds,
      market,
      new Date(Date.now() + 30 * 86_400_000),
    );
    const department = await platform.as(`${scenario.county}-market`);
    const notices = await eventually(
      () => noticesOf(department, handoff.id, 'HANDOFF_ISSUED'),
      (found) => found.length > 0,
      { what: 'the HANDOFF_ISSUED notification', timeoutMs: 20_000 },
    );
    expect(notices).toHaveLength(1);
  });
});
