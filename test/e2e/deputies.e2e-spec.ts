import { Workbook } from 'exceljs';
import { GraphqlClient } from '@liandong/testing';
import { shanghaiDay } from '@liandong/time';
import { addDays } from './dates';
import {
  ACKNOWLEDGE,
  acceptedCountyFindings,
  createTenantTree,
  departmentId,
  handOver,
  expectRefused,
  HIDDEN,
  Platform,
  publishedProject,
  startPlatform,
  tenantId,
  TenantTree,
} from '@liandong/testing-system';

jest.setTimeout(120_000);

const DEPUTY_FIELDS =
  'id name level constituency term termStartsOn termEndsOn workplace status leftReason tenant { code }';
const DEPUTIES = `query ($filter: DeputyFilter) { deputies(filter: $filter) { ${DEPUTY_FIELDS} } }`;
const DEPUTY = `query ($id: ID!) { deputy(id: $id) { ${DEPUTY_FIELDS} participationCount
  participations { targetKind targetId targetTitle targetAt status } } }`;
const ADD = `mutation ($input: DeputyInput!) { addDeputy(input: $input) { ${DEPUTY_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: DeputyUpdateInput!) { updateDeputy(id: $id, input: $input) { ${DEPUTY_FIELDS} } }`;
const END = `mutation ($id: ID!, $reason: String!) { endDeputyTerm(id: $id, reason: $reason) { ${DEPUTY_FIELDS} } }`;
const INVITE = `mutation ($input: InviteDeputiesInput!) { inviteDeputies(input: $input) {
  id status deputy { id name } targetKind targetId } }`;
const ATTEND = `mutation ($id: ID!, $attended: Boolean!) {
  recordDeputyAttendance(participationId: $id, attended: $attended) { id status recordedAt } }`;
const RECORD = `mutation ($assignmentId: ID!, $input: ActivityInput!) { recordActivity(assignmentId: $assignmentId, input: $input) { id } }`;
const ACTIVITIES = `query ($id: ID!) { activities(assignmentId: $id) { id
  participants { members deputies experts staff } deputies { id status deputy { name } } } }`;

const HEADERS = ['姓名', '代表层级', '选区', '届次', '任期起', '任期止', '工作单位及职务'];

interface Deputy {
  id: string;
  name: string;
  level: string;
  constituency: string;
  term: string;
  termStartsOn: string;
  termEndsOn: string;
  workplace: string;
  status: string;
  leftReason: string | null;
  tenant: { code: string };
}

type Cell = string | Date | null;

async function xlsx(rows: Cell[][], headers = HEADERS): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('代表名册导入');
  sheet.addRow(headers);
  for (const row of rows) {
    sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(
  platform: Platform,
  client: GraphqlClient,
  content: Buffer,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), 'roster.xlsx');
  const response = await fetch(`${platform.url}/imports/deputies`, {
    method: 'POST',
    headers: client.authorization(),
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function fieldProblems(error: {
  extensions?: Record<string, unknown>;
}): Array<{ field: string; reason: string }> {
  return ((error.extensions?.['fields'] ?? []) as Array<{ field: string; reason: string }>).map(
    ({ field, reason }) => ({ field, reason }),
  );
}

const ROSTER: Cell[][] = [
  ['王建国', '县', '城关镇选区', '第十八届', '2021-10-01', '2031-12-31', '城关镇东街社区党支部书记'],
  [
    '李秀英',
    '省',
    '洛阳代表团',
    '第十四届',
    new Date(Date.UTC(2023, 0, 1)),
    '2031-12-31',
    '某农业合作社理事长',
  ],
  ['赵文华', '县', '白鹤镇选区', '第十八届', '2021/10/1', '2029-12-31', null],
];

/**
 * The deputy rosters (代表名册) over HTTP on a fresh tree: a county imports its roster from Excel, the city
 * reads it, the sibling county never does; the county names deputies for an activity and records attendance,
 * and the activity's deputies headcount follows the named ones.
 */
describe('deputies and their participation', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: string;
  let sibling: string;
  let countyId: string;
  let city: GraphqlClient;
  let countyClient: GraphqlClient;
  let siblingClient: GraphqlClient;

  const rosterOf = async (client: GraphqlClient, filter: Record<string, unknown> = {}): Promise<Deputy[]> =>
    (await client.ok<{ deputies: Deputy[] }>(DEPUTIES, { filter })).deputies;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
    [county, sibling] = tree.counties as [string, string];
    city = await platform.as(tree.city);
    countyClient = await platform.as(county);
    siblingClient = await platform.as(sibling);
    countyId = await tenantId(city, county);
  });
  afterAll(() => platform.close());

  it('finds the Luoyang demo rosters: the city’s, and each county’s with a provincial deputy', async () => {
    const luoyang = await platform.as('4103');
    const own = await rosterOf(luoyang);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((d) => d.tenant.code === '4103' && d.status === 'ACTIVE')).toBe(true);
    const below = await rosterOf(luoyang, { includeBelow: true, level: 'PROVINCIAL' });
    expect(below.length).toBeGreaterThan(1);
    expect(below.some((d) => d.tenant.code !== '4103')).toBe(true);
  });

  it('imports a roster from Excel, and importing it again refreshes without duplicating', async () => {
    const first = await upload(platform, countyClient, await xlsx(ROSTER));
    expect(first.body).toMatchObject({ imported: 3 });
    expect(first.status).toBe(201);
    expect(first.body['imported']).toBe(3);
    const roster = await rosterOf(countyClient);
    expect(roster.map((d) => [d.name, d.level, d.termStartsOn])).toEqual([
      ['李秀英', 'PROVINCIAL', '2023-01-01'],
      ['王建国', 'COUNTY', '2021-10-01'],
      ['赵文华', 'COUNTY', '2021-10-01'],
    ]);
    expect(roster.every((d) => d.status === 'ACTIVE' && d.tenant.code === county)).toBe(true);

    const changed = ROSTER.map((row) => [...row]);
    (changed[0] as Cell[])[6] = '城关镇人大主席';
    const again = await upload(platform, countyClient, await xlsx(changed));
    expect(again.status).toBe(201);
    const after = await rosterOf(countyClient);
    expect(after).toHaveLength(3);
    expect(after.find((d) => d.name === '王建国')?.workplace).toBe('城关镇人大主席');
    expect(after.find((d) => d.name === '王建国')?.id).toBe(roster.find((d) => d.name === '王建国')?.id);
  });

  it('refuses a sheet with a bad row whole, naming row and column', async () => {
    const before = await rosterOf(countyClient);
    const { status, body } = await upload(
      platform,
      countyClient,
      await xlsx([
        ['孙立', '县', '新安选区', '第十八届', '2021-10-01', '2031-12-31', ''],
        ['周敏', '村', '新安选区', '第十八届', '2021-10-01', '2031-12-31', ''],
        ['吴刚', '县', '新安选区', '第十八届', '2021-10-01', '2020-01-01', ''],
        ['孙立', '县', '另一选区', '第十八届', '2021-10-01', '2031-12-31', ''],
      ]),
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ROWS' });
    const rows = body['rows'] as Array<{ row: number; column: string; cell: string; reason: string }>;
    expect(rows.map((row) => [row.row, row.column, row.cell])).toEqual([
      [3, '代表层级', 'B3'],
      [4, '任期止', 'F4'],
      [5, '姓名', 'A5'],
    ]);
    expect(rows.map((row) => row.reason)).toEqual(['UNKNOWN_LEVEL', expect.any(String), 'DUPLICATE_DEPUTY']);
    expect(await rosterOf(countyClient)).toEqual(before);
  });

  it('lets the city read a county roster, never a sibling, and only the owning tier write it', async () => {
    const countyRoster = await rosterOf(countyClient);
    expect((await rosterOf(city, { tenantId: countyId })).map((d) => d.id)).toEqual(
      countyRoster.map((d) => d.id),
    );
    const cityDeputy = (
      await city.ok<{ addDeputy: Deputy }>(ADD, {
        input: {
          name: '陈志强',
          level: 'CITY',
          constituency: '涧西区代表团',
          term: '第十六届',
          termStartsOn: '2022-01-01',
          termEndsOn: '2031-12-31',
          workplace: '某机械厂总工程师',
        },
      })
    ).addDeputy;
    expect(await rosterOf(city)).toEqual([cityDeputy]);
    const below = await rosterOf(city, { includeBelow: true });
    expect(below.map((d) => d.id).sort()).toEqual([cityDeputy.id, ...countyRoster.map((d) => d.id)].sort());
    expect((await rosterOf(city, { includeBelow: true, search: '白鹤' })).map((d) => d.name)).toEqual([
      '赵文华',
    ]);
    expect((await rosterOf(city, { includeBelow: true, level: 'PROVINCIAL' })).map((d) => d.name)).toEqual([
      '李秀英',
    ]);

    const someone = countyRoster[0] as Deputy;
    expect(await rosterOf(siblingClient)).toEqual([]);
    expect(await rosterOf(siblingClient, { includeBelow: true })).toEqual([]);
    expectRefused(await siblingClient.request(DEPUTIES, { filter: { tenantId: countyId } }), 'FORBIDDEN');
    expectRefused(await siblingClient.request(DEPUTY, { id: someone.id }), HIDDEN);
    expectRefused(await countyClient.request(DEPUTY, { id: cityDeputy.id }), HIDDEN);
    expectRefused(
      await countyClient.request(UPDATE, { id: cityDeputy.id, input: { workplace: '改写' } }),
      HIDDEN,
    );
    const refused = expectRefused(
      await city.request(UPDATE, { id: someone.id, input: { workplace: '改写' } }),
      'FORBIDDEN',
    );
    expect(refused.extensions?.['reason']).toBe('DEPUTY_NOT_OWN');
    expectRefused(await city.request(END, { id: someone.id, reason: '调离' }), 'FORBIDDEN');
    expect((await rosterOf(countyClient)).find((d) => d.id === someone.id)?.workplace).toBe(
      someone.workplace,
    );
  });

  it('names deputies for an activity, records attendance, derives the headcount and refuses a deputy who left', async () => {
    const { assignments } = await publishedProject(city, [county]);
    const assignmentId = assignments[0]?.id as string;
    await countyClient.ok(ACKNOWLEDGE, { id: assignmentId });
    const activity = (
      await countyClient.ok<{ recordActivity: { id: string } }>(RECORD, {
        assignmentId,
        input: {
          method: 'COVERT_VISIT',
          startsAt: '2024-05-10T01:00:00.000Z',
          endsAt: '2024-05-10T05:00:00.000Z',
          location: '县政务服务中心',
          summary: '暗访政务服务大厅',
          participants: { members: 2, deputies: 5, experts: 1, staff: 2 },
          covert: true,
        },
      })
    ).recordActivity.id;
    const activityView = async (client: GraphqlClient) =>
      (
        await client.ok<{
          activities: Array<{
            id: string;
            participants: { deputies: number; members: number };
            deputies: Array<{ id: string; status: string; deputy: { name: string } }>;
          }>;
        }>(ACTIVITIES, { id: assignmentId })
      ).activities.find((a) => a.id === activity);
    expect((await activityView(countyClient))?.participants).toMatchObject({ deputies: 5, members: 2 });

    const roster = await rosterOf(countyClient);
    const [li, wang, zhao] = ['李秀英', '王建国', '赵文华'].map(
      (name) => roster.find((d) => d.name === name) as Deputy,
    ) as [Deputy, Deputy, Deputy];
    const target = { kind: 'ACTIVITY', id: activity };
    const invited = await countyClient.ok<{ inviteDeputies: Array<{ id: string; deputy: { id: string } }> }>(
      INVITE,
      { input: { target, deputyIds: [li.id, wang.id] } },
    );
    expect(invited.inviteDeputies).toHaveLength(2);
    const twice = await countyClient.ok<{ inviteDeputies: Array<{ id: string }> }>(INVITE, {
      input: { target, deputyIds: [wang.id, li.id] },
    });
    expect(twice.inviteDeputies.map((p) => p.id).sort()).toEqual(
      invited.inviteDeputies.map((p) => p.id).sort(),
    );
    expect((await activityView(countyClient))?.participants.deputies).toBe(2);
    expect((await activityView(city))?.participants.deputies).toBe(2);

    const liParticipation = invited.inviteDeputies.find((p) => p.deputy.id === li.id)?.id as string;
    const wangParticipation = invited.inviteDeputies.find((p) => p.deputy.id === wang.id)?.id as string;
    await countyClient.ok(ATTEND, { id: liParticipation, attended: true });
    await countyClient.ok(ATTEND, { id: wangParticipation, attended: false });
    expectRefused(await countyClient.request(ATTEND, { id: liParticipation, attended: true }), 'CONFLICT');
    expectRefused(await city.request(ATTEND, { id: liParticipation, attended: false }), 'FORBIDDEN');
    expectRefused(await siblingClient.request(ATTEND, { id: liParticipation, attended: false }), HIDDEN);
    const view = await activityView(countyClient);
    expect(view?.participants.deputies).toBe(1);
    expect(view?.deputies.map((p) => [p.deputy.name, p.status]).sort()).toEqual([
      ['李秀英', 'ATTENDED'],
      ['王建国', 'ABSENT'],
    ]);
    const record = (
      await city.ok<{
        deputy: {
          participationCount: number;
          participations: Array<{
            targetKind: string;
            targetId: string;
            targetTitle: string;
            status: string;
          }>;
        };
      }>(DEPUTY, { id: li.id })
    ).deputy;
    expect(record.participationCount).toBe(1);
    expect(record.participations).toEqual([
      expect.objectContaining({
        targetKind: 'ACTIVITY',
        targetId: activity,
        targetTitle: '暗访政务服务大厅',
        status: 'ATTENDED',
      }),
    ]);

    // Another tier does not invite to the county's activity; a deputy who left or whose term ended is refused.
    expectRefused(await siblingClient.request(INVITE, { input: { target, deputyIds: [zhao.id] } }), HIDDEN);
    expectRefused(await city.request(INVITE, { input: { target, deputyIds: [zhao.id] } }), 'FORBIDDEN');
    const left = (
      await countyClient.ok<{ endDeputyTerm: Deputy }>(END, { id: zhao.id, reason: '工作调动,辞去代表职务' })
    ).endDeputyTerm;
    expect(left).toMatchObject({ status: 'LEFT', leftReason: '工作调动,辞去代表职务' });
    expectRefused(await countyClient.request(END, { id: zhao.id, reason: '再次' }), 'CONFLICT');
    const expired = (
      await countyClient.ok<{ addDeputy: Deputy }>(ADD, {
        input: {
          name: '钱老',
          level: 'COUNTY',
          constituency: '城关镇选区',
          term: '第十七届',
          termStartsOn: '2016-10-01',
          termEndsOn: '2021-09-30',
          workplace: '',
        },
      })
    ).addDeputy;
    const refusedLeft = expectRefused(
      await countyClient.request(INVITE, { input: { target, deputyIds: [li.id, zhao.id] } }),
      'BAD_USER_INPUT',
    );
    expect(fieldProblems(refusedLeft)).toEqual([{ field: 'input.deputyIds.1', reason: 'DEPUTY_LEFT' }]);
    const refusedEnded = expectRefused(
      await countyClient.request(INVITE, { input: { target, deputyIds: [expired.id] } }),
      'BAD_USER_INPUT',
    );
    expect(fieldProblems(refusedEnded)).toEqual([
      { field: 'input.deputyIds.0', reason: 'DEPUTY_TERM_ENDED' },
    ]);
    expect((await activityView(countyClient))?.deputies).toHaveLength(2);
  });
  it('names deputies for the county’s appraisal and for the 核查 of a handoff it made, and for nobody else’s', async () => {
    const [li] = (await rosterOf(countyClient, { search: '李秀英' })) as [Deputy];
    const market = await departmentId(countyClient, county, 'market');
    const scenario = await acceptedCountyFindings(platform, tree, 1);
    const handoff = await handOver(countyClient, scenario.findingIds, market, addDays(new Date(), 30));
    const { createAppraisal } = await countyClient.ok<{ createAppraisal: { id: string } }>(
      `mutation ($input: AppraisalInput!) { createAppraisal(input: $input) { id } }`,
      {
        input: {
          title: '营商环境工作评议',
          kind: 'BUSINESS_ENVIRONMENT',
          scheme: 'THREE_GRADE',
          heldOn: shanghaiDay(new Date()),
          subjects: [{ kind: 'UNIT', name: '县市场监管局', departmentId: market }],
          groups: [{ name: '人大代表', kind: 'DEPUTIES', eligible: 20 }],
        },
      },
    );
    for (const target of [
      { kind: 'APPRAISAL', id: createAppraisal.id },
      { kind: 'VERIFICATION', id: handoff.id },
    ]) {
      const { inviteDeputies } = await countyClient.ok<{ inviteDeputies: Array<{ targetKind: string }> }>(
        INVITE,
        { input: { target, deputyIds: [li.id] } },
      );
      expect(inviteDeputies).toEqual([expect.objectContaining({ targetKind: target.kind })]);
      // The city reads it but does not own the target; a sibling does not see it at all.
      expectRefused(await city.request(INVITE, { input: { target, deputyIds: [li.id] } }), 'FORBIDDEN');
      expectRefused(await siblingClient.request(INVITE, { input: { target, deputyIds: [li.id] } }), HIDDEN);
    }
    const named = (client: GraphqlClient, query: string, id: string) =>
      client.ok<Record<string, { deputies: Array<{ deputy: { name: string } }> }>>(query, { id });
    const APPRAISAL_DEPUTIES = 'query ($id: ID!) { appraisal(id: $id) { deputies { deputy { name } } } }';
    const HANDOFF_DEPUTIES = 'query ($id: ID!) { handoff(id: $id) { deputies { deputy { name } } } }';
    for (const client of [countyClient, city]) {
      expect((await named(client, APPRAISAL_DEPUTIES, createAppraisal.id))['appraisal']?.deputies).toEqual([
        { deputy: { name: '李秀英' } },
      ]);
      expect((await named(client, HANDOFF_DEPUTIES, handoff.id))['handoff']?.deputies).toEqual([
        { deputy: { name: '李秀英' } },
      ]);
    }
    // The unit the item was handed to is not told which deputies verify it.
    const unit = await platform.as(`${county}-market`);
    expect((await named(unit, HANDOFF_DEPUTIES, handoff.id))['handoff']?.deputies).toEqual([]);
    const record = (
      await countyClient.ok<{
        deputy: { participations: Array<{ targetKind: string; targetTitle: string }> };
      }>(DEPUTY, { id: li.id })
    ).deputy.participations;
    expect(record.map((p) => p.targetKind).sort()).toEqual(['ACTIVITY', 'APPRAISAL', 'VERIFICATION']);
    expect(record.find((p) => p.targetKind === 'APPRAISAL')?.targetTitle).toBe('营商环境工作评议');
  });
});
