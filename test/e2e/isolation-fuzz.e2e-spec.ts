import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Workbook } from 'exceljs';
import { GraphqlClient } from '@liandong/testing';
import {
  buildWorld,
  CALLERS,
  changedTables,
  contractRootFields,
  emptyForbidden,
  IsolationFuzzer,
  leaksInData,
  leaksInErrors,
  OperationPlan,
  planOperations,
  Platform,
  RowDigest,
  sentValues,
  servedSchema,
  STAGE_NAME,
  startPlatform,
  valueHints,
  withoutPublisher,
  World,
} from '@liandong/testing-system';

const CONTRACT_OPERATIONS = resolve(__dirname, '../../../shared/contract/operations');
const REPORT_FILE = resolve(__dirname, '../../.data/isolation-fuzz.json');

const UPDATE_UNIT = `mutation ($id: ID!, $input: DepartmentUpdateInput!) {
  updateDepartment(id: $id, input: $input) { id } }`;
const UPDATE_COMMITTEE = `mutation ($id: ID!, $input: CommitteeUpdateInput!) {
  updateCommittee(id: $id, input: $input) { id } }`;
const UPDATE_ACCOUNT = `mutation ($id: ID!, $input: AccountUpdateInput!) {
  updateAccount(id: $id, input: $input) { id } }`;
const END_SESSIONS = 'mutation ($id: ID!) { endSessions(accountId: $id) }';

/** Keys whose kind neither their name nor what holds them tells, e.g. `referrals(filter.bodyId)`. */
function unguessedKeys(plans: OperationPlan[]): string[] {
  return plans.flatMap((p) => p.slots.filter((s) => !s.kind).map((s) => `${p.field}(${s.key})`));
}

/** The scan that every probe's answer goes through must itself be able to fail. */
describe('isolation fuzz: the leak scan', () => {
  const foreignId = 'c0ffee00-0000-4000-8000-00000000000b';
  const forbidden = emptyForbidden();
  forbidden.exact.set(foreignId, 'finding F-B1h');
  forbidden.exact.set('测试县2', 'tenant T-cB');
  forbidden.markers.set('绝密-B-F-B1h-42', 'finding F-B1h');

  it('finds a foreign id or name anywhere in the data, and a marker inside any text', () => {
    const data = {
      handoff: {
        id: 'c0ffee00-0000-4000-8000-00000000000a',
        findings: [{ id: 'x' }, { id: foreignId, tenant: { name: '测试县2' } }],
        reports: [{ measures: '已整改 (see 绝密-B-F-B1h-42)' }],
      },
    };
    expect(leaksInData(data, forbidden).map((leak) => leak.path)).toEqual([
      'data.handoff.findings[1].id',
      'data.handoff.findings[1].tenant.name',
      'data.handoff.reports[0].measures',
    ]);
    expect(leaksInData({ handoff: { id: 'c0ffee00-0000-4000-8000-00000000000a' } }, forbidden)).toEqual([]);
  });

  it('lets an error name the id the caller sent, but not one it did not send, nor a marker', () => {
    const errors = [{ message: `交办事项 ${foreignId} 不存在`, extensions: { code: 'NOT_FOUND' } }];
    expect(leaksInErrors(errors, forbidden, sentValues({ id: foreignId }))).toEqual([]);
    expect(leaksInErrors(errors, forbidden, sentValues({ id: 'other' }))).toHaveLength(1);
    const marked = [{ message: '标题“绝密-B-F-B1h-42”重复', extensions: { code: 'CONFLICT' } }];
    expect(leaksInErrors(marked, forbidden, sentValues({ id: foreignId }))).toHaveLength(1);
  });
});

/**
 * Every query and mutation of the served schema, walked by introspection (so operations added later are
 * covered without touching this file), called by every tier and role of one county's side with the keys
 * of the sibling county's side and of the city's private work, and by the sibling side the other way.
 * Nothing foreign may come back, in data or errors; errors carry the contract's codes, never an internal
 * error; and no mutation may change a row that references anything the caller may not act on.
 */
describe('isolation fuzz: every operation, every tier and role, the other side’s keys', () => {
  let platform: Platform;
  let world: World;
  let plans: OperationPlan[];
  let fuzzer: IsolationFuzzer;
  const once = new Set<string>();
  const started = Date.now();
  let built = started;

  beforeAll(async () => {
    // The worker runs only while the world is built, so that its queued notices exist; then it stops and
    // nothing moves the world by itself while snapshots are compared.
    const building = await startPlatform({ worker: true });
    try {
      world = await buildWorld(building);
    } finally {
      await building.close();
    }
    platform = await startPlatform();
    // Introspection over HTTP, as a client sees the schema; should it ever be closed to callers, the
    // schema the server holds at runtime is the same walk.
    const schema = await servedSchema(await platform.as(world.callers[0]!.username)).catch(
      () => platform.api.get(GraphQLSchemaHost).schema,
    );
    plans = planOperations(
      schema,
      valueHints({
        tag: world.run,
        methodCode: world.globals.methodCode,
        day: world.globals.day,
        stageName: STAGE_NAME,
      }),
    );
    fuzzer = new IsolationFuzzer(world, plans, await RowDigest.create(platform.dataSource));
    built = Date.now();
  }, 180_000);

  afterAll(async () => {
    if (fuzzer) {
      const { perOperation, partialAnswers, ...report } = {
        ...fuzzer.report(),
        callers: CALLERS.length,
        unguessedKeys: unguessedKeys(plans),
        setupSeconds: (built - started) / 1000,
        seconds: (Date.now() - started) / 1000,
      };
      mkdirSync(resolve(REPORT_FILE, '..'), { recursive: true });
      writeFileSync(
        REPORT_FILE,
        `${JSON.stringify({ ...report, partialAnswers, perOperation, failures: fuzzer.failures }, null, 2)}\n`,
      );
      console.log(`isolation fuzz (details in .data/isolation-fuzz.json): ${JSON.stringify(report)}`);
    }
    if (platform && world) {
      const admin = await platform.as(world.globals.admin);
      await admin.request('mutation ($code: String!) { retireSupervisionMethod(code: $code) { code } }', {
        code: world.globals.methodCode,
      });
      await admin.request('mutation ($day: String!) { clearCalendarDay(day: $day) }', {
        day: world.globals.day,
      });
    }
    await platform?.close();
  });

  it('plans every query and mutation of the served schema, the contract’s operations among them', () => {
    const planned = new Set(plans.map((plan) => `${plan.type} ${plan.field}`));
    const contract = contractRootFields(CONTRACT_OPERATIONS);
    expect(contract.size).toBeGreaterThanOrEqual(40);
    expect([...contract].filter((operation) => !planned.has(operation))).toEqual([]);
    // Keys are recognised: most operations take one, and each is tried with the other side's values of its
    // kind. A key whose kind its name does not tell would be tried with one value of every kind only: a new
    // one is taught to the guesser (schema-walk's KIND_WORDS or KINDS_IN_CONTEXT) rather than let through.
    expect(plans.flatMap((plan) => plan.slots).length).toBeGreaterThan(40);
    expect(unguessedKeys(plans)).toEqual([]);
  });

  it.each(CALLERS.map((caller) => [caller.label]))(
    'as the %s: no foreign data, only the contract’s refusals, no foreign row changed',
    async (label) => {
      const caller = world.callers.find((c) => c.label === label)!;
      const before = fuzzer.failures.length;
      await fuzzer.runCaller(caller, () => platform.client.login(caller.username), { once });
      const client = await platform.client.login(caller.username);
      await fuzzer.probeDownloads(caller, client, platform.url);
      await fuzzer.probeSheets(caller, client, platform.url);
      const failures = fuzzer.failures.slice(before);
      // A probe that got through to another caller's account (disabled it, reset its password) shows as
      // a changed row above and here by name; the account is put back so that the callers after this one
      // can still sign in.
      const changedCallers = await world.restoreCallerAccounts(platform.dataSource);
      expect({ count: failures.length, first: failures.slice(0, 15), changedCallers }).toEqual({
        count: 0,
        first: [],
        changedCallers: [],
      });
    },
    180_000,
  );

  it('would notice: each side’s own answers, seen by the other side, are full of what it must not see', async () => {
    const kinds = new Set<string>();
    for (const [owner, other] of [
      ['county A coordinator', 'county B coordinator'],
      ['county B coordinator', 'county A coordinator'],
    ]) {
      const caller = world.callers.find((c) => c.label === owner)!;
      const stranger = world.callers.find((c) => c.label === other)!;
      const answers = await fuzzer.ownAnswers(caller, await platform.as(caller.username));
      const forbidden = world.forbidden(stranger);
      for (const leak of answers.flatMap((answer) => leaksInData(answer, forbidden))) {
        kinds.add(leak.what.split(' ')[0]!);
      }
    }
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'activity',
        'annualPlan',
        'assignment',
        'committee',
        'department',
        'evaluation',
        'evidence',
        'extensionRequest',
        'finding',
        'generatedDocument',
        'handoff',
        'localPlan',
        'notification',
        'planItem',
        'project',
        'reportDelivery',
        'tenant',
        'user',
      ]),
    );
  });

  it('would notice: a change to the other side’s rows shows in the snapshot', async () => {
    const stranger = world.callers.find((c) => c.label === 'county A coordinator')!;
    const digest = await RowDigest.create(platform.dataSource);
    const before = await digest.snapshot(world.protectedFrom(stranger));
    const township = await platform.as(world.codes.get('tB2')!);
    await township.ok(
      'mutation ($id: ID!, $input: FindingUpdateInput!) { updateFinding(id: $id, input: $input) { id } }',
      {
        id: world.get('F-B2o').value,
        input: { location: '县政务服务中心二楼' },
      },
    );
    expect(changedTables(before, await digest.snapshot(world.protectedFrom(stranger)))).toContain('finding');
  });

  it('would notice: a county’s Excel templates, in the other county’s hands, name what it must not see', async () => {
    const owner = world.callers.find((c) => c.label === 'county B coordinator')!;
    const stranger = world.callers.find((c) => c.label === 'county A coordinator')!;
    const client = await platform.as(owner.username);
    for (const [template, planted] of [
      ['departments', ['D-cB-fz']],
      ['accounts', ['D-cB-fz', 'CM-cB-fz']],
    ] as const) {
      const response = await fetch(`${platform.url}/templates/${template}.xlsx`, {
        headers: client.authorization(),
      });
      expect(response.status).toBe(200);
      const problems = await fuzzer.templateProblems(stranger, await response.arrayBuffer());
      expect(problems.leaks.length).toBeGreaterThan(0);
      for (const key of planted) {
        expect(problems.codes.join('\n')).toContain(`(${key})`);
      }
    }
  });

  it('would notice: a roster import naming a deputy of the importer’s own roster refreshes that deputy', async () => {
    const namesake = world.get('DP-cB-namesake');
    const client = await platform.as(world.codes.get('cB')!);
    const workbook = new Workbook();
    workbook.addWorksheet('代表名册导入').addRows([
      ['姓名', '代表层级', '选区', '届次', '任期起', '任期止', '工作单位及职务'],
      [namesake.name!, '县', '模糊测试选区', '第十八届', '2021-10-01', '2099-12-31', ''],
    ]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]), 'upload.xlsx');
    const response = await fetch(`${platform.url}/imports/deputies`, {
      method: 'POST',
      headers: client.authorization(),
      body: form,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ imported: 1, deputyIds: [namesake.value] });
  });

  it('would notice: a change to the other side’s units, committees, accounts or sessions shows in the snapshot', async () => {
    const stranger = world.callers.find((c) => c.label === 'county A coordinator')!;
    const digest = await RowDigest.create(platform.dataSource);
    const before = await digest.snapshot(world.protectedFrom(stranger));
    const countyB = await platform.as(world.codes.get('cB')!);
    await countyB.ok(UPDATE_UNIT, { id: world.get('D-cB-fz').value, input: { name: '模糊测试改名单位' } });
    await countyB.ok(UPDATE_COMMITTEE, {
      id: world.get('CM-cB-fz').value,
      input: { name: '模糊测试改名委室' },
    });
    await countyB.ok(UPDATE_ACCOUNT, {
      id: world.get('U-cB-fz').value,
      input: { displayName: '模糊测试改名' },
    });
    const staff = world.callers.find((c) => c.label.startsWith('county B finance committee'))!;
    await platform.client.login(staff.username);
    const { endSessions } = await countyB.ok<{ endSessions: number }>(END_SESSIONS, {
      id: world.get(world.userOf.get(staff.username)!).value,
    });
    expect(endSessions).toBeGreaterThan(0);
    expect(changedTables(before, await digest.snapshot(world.protectedFrom(stranger)))).toEqual(
      expect.arrayContaining(['account', 'auth_session', 'committee', 'department']),
    );
  });

  it('would notice: a township’s unit changed while its county administers, though not while it works', async () => {
    const county = world.callers.find((c) => c.label === 'county A coordinator')!;
    const digest = await RowDigest.create(platform.dataSource);
    const working = await digest.snapshot(world.protectedFrom(county));
    const administering = await digest.snapshot(world.protectedFrom(county, 'tenant'));
    const township = await platform.as(world.codes.get('tA1')!);
    await township.ok(UPDATE_UNIT, {
      id: world.get('D-tA1-gov').value,
      input: { name: '模糊测试改名镇政府' },
    });
    expect(changedTables(working, await digest.snapshot(world.protectedFrom(county)))).not.toContain(
      'department',
    );
    expect(
      changedTables(administering, await digest.snapshot(world.protectedFrom(county, 'tenant'))),
    ).toContain('department');
  });

  it('shows anyone without signing in exactly the published disclosures, nothing private or covert', async () => {
    const cityId = world.get('T-C').value;
    const forbidden = world.forbiddenToAnyone();
    const ids = (items: Array<{ id: string }>) => items.map((item) => item.id).sort();
    const expected = world.published.map((item) => item.id).sort();
    expect(expected).toHaveLength(2);
    const anonymous = new GraphqlClient(platform.url);
    const { publicDisclosures } = await anonymous.ok<{ publicDisclosures: { items: Array<{ id: string }> } }>(
      `query ($tenantId: ID) { publicDisclosures(tenantId: $tenantId, first: 100) {
        items { id title body channel url publishedOn tenantName tenantCode tenantLevel } endCursor hasNextPage } }`,
      { tenantId: cityId },
    );
    expect(ids(publicDisclosures.items)).toEqual(expected);
    expect(leaksInData(withoutPublisher(publicDisclosures), forbidden)).toEqual([]);
    const response = await fetch(`${platform.url}/public/disclosures?tenantId=${cityId}&first=100`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: Array<{ id: string }> };
    expect(ids(body.items)).toEqual(expected);
    expect(leaksInData(withoutPublisher(body), forbidden)).toEqual([]);
    // Everything else stays behind sign-in, whichever key is tried.
    for (const key of ['DS-cA', 'DS-cB']) {
      const refused = await anonymous.request('query ($id: ID!) { disclosure(id: $id) { id title body } }', {
        id: world.get(key).value,
      });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  it('covered every operation of the schema', () => {
    const covered = fuzzer.coveredOperations();
    expect(plans.filter((plan) => !covered.has(`${plan.type} ${plan.field}`)).map((p) => p.field)).toEqual(
      [],
    );
    expect(fuzzer.report().probes).toBeGreaterThan(plans.length * CALLERS.length);
    // Every mutation taking keys got as far as deciding who may do it at least once: a payload that
    // validation or state always stops first (a day ahead where one past is wanted) proves nothing.
    expect(fuzzer.report().neverReachedAccess).toEqual([]);
  });
});
