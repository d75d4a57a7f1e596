import { randomBytes } from 'node:crypto';
import { GraphqlClient, GraphqlResponse } from '@liandong/testing';
import { shanghaiDay } from '@liandong/time';
import { addDays } from './dates';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  expectRefused,
  findingInput,
  handOver,
  HIDDEN,
  Platform,
  publishedProject,
  REVIEW,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
} from '@liandong/testing-system';

const FIELDS = 'id status title body draft channel url publishedOn proposedBy approvedBy reason subjectKind';
const PROPOSE = `mutation ($input: ProposeDisclosureInput!) { proposeDisclosure(input: $input) { ${FIELDS} } }`;
const REDACT = `mutation ($id: ID!, $body: String!) { redactDisclosure(id: $id, body: $body) { ${FIELDS} } }`;
const APPROVE = `mutation ($id: ID!) { approveDisclosure(id: $id) { ${FIELDS} } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectDisclosure(id: $id, reason: $reason) { ${FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!, $input: PublishDisclosureInput!) {
  publishDisclosure(id: $id, input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!, $reason: String!) { withdrawDisclosure(id: $id, reason: $reason) { ${FIELDS} } }`;
const LIST = `query ($filter: DisclosureFilter) { disclosures(filter: $filter) { id status channel } }`;
const COUNTS = `query ($year: Int!, $scope: ID) { disclosureCounts(year: $year, scopeTenantId: $scope) {
  year total byChannel { channel count } byLevel { level count } } }`;
const PUBLIC = `query ($year: Int, $tenantId: ID, $first: Int, $after: String) {
  publicDisclosures(year: $year, tenantId: $tenantId, first: $first, after: $after) {
    items { id title body channel url publishedOn tenantName tenantCode tenantLevel } endCursor hasNextPage } }`;
const RECORD_ACTIVITY = `mutation ($assignmentId: ID!, $input: ActivityInput!) {
  recordActivity(assignmentId: $assignmentId, input: $input) { id } }`;
const REPORT =
  'mutation ($id: ID!, $input: RectificationReportInput!) { reportRectification(handoffId: $id, input: $input) { status } }';

const COVERT_PLACE = '西关夜市南口烧烤摊';
const COVERT_ACCOUNT = `线人反映${COVERT_PLACE}每晚十点后占道经营`;
const PHONE = '13812345678';
const READS_PER_MINUTE = 5;

interface Disclosure {
  id: string;
  status: string;
  title: string;
  body: string;
  draft: string;
  channel: string;
  url: string | null;
  publishedOn: string | null;
  proposedBy: string;
  approvedBy: string | null;
  reason: string | null;
}

interface PublicItem {
  id: string;
  title: string;
  body: string;
  channel: string;
  url: string | null;
  publishedOn: string;
  tenantName: string;
  tenantCode: string;
  tenantLevel: string;
}

interface PublicPage {
  items: PublicItem[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A documentation address (RFC 3849) no other request shares, so each anonymous read has its own count. */
function freshAddress(): string {
  return `2001:db8:${randomBytes(6).toString('hex').match(/.{4}/g)?.join(':')}::1`;
}

describe('public disclosure (公开)', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: string;
  let countyId: string;
  let proposer: GraphqlClient;
  let approver: GraphqlClient;
  const saved: Record<string, string | undefined> = {};
  const today = shanghaiDay(new Date());
  const year = Number(today.slice(0, 4));

  async function anonymous<T>(
    query: string,
    variables: Record<string, unknown> = {},
    address = freshAddress(),
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphqlResponse<T>, 'status'>) };
  }

  async function publicPage(variables: Record<string, unknown>): Promise<PublicPage> {
    const result = await anonymous<{ publicDisclosures: PublicPage }>(PUBLIC, variables);
    expect(result.errors).toBeUndefined();
    return (result.data as { publicDisclosures: PublicPage }).publicDisclosures;
  }

  async function publicJson(
    query: string,
    address = freshAddress(),
  ): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${platform.url}/public/disclosures${query}`, {
      headers: { 'x-forwarded-for': address },
    });
    return { status: response.status, body: await response.json() };
  }

  /** A closed handoff of the county with an overt finding naming a phone and a covert one from a 暗访. */
  async function closedHandoff(): Promise<string> {
    return (await closedWork()).handoffId;
  }

  /** The county's assignment of a fresh project, with a closed handoff (see closedHandoff). */
  async function closedWork(): Promise<{ handoffId: string; projectId: string; assignmentId: string }> {
    const city = await platform.as(tree.city);
    const { projectId, assignments } = await publishedProject(city, [county]);
    const assignmentId = assignments[0]?.id as string;
    await proposer.ok(ACKNOWLEDGE, { id: assignmentId });
    const activity = await proposer.ok<{ recordActivity: { id: string } }>(RECORD_ACTIVITY, {
      assignmentId,
      input: {
        method: 'COVERT_VISIT',
        startsAt: '2023-05-10T13:00:00.000Z',
        endsAt: '2023-05-10T15:00:00.000Z',
        location: COVERT_PLACE,
        summary: `按“四不两直”暗访,${COVERT_ACCOUNT}`,
        participants: { members: 2, deputies: 1, experts: 0, staff: 1 },
        covert: true,
      },
    });
    const submitted = await proposer.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId,
      findings: [
        findingInput({
          title: '政务大厅午间无人值守',
          description: `群众来电(${PHONE})反映午间办事无人接待`,
          method: 'SPECIAL_REPORT',
        }),
        findingInput({
          title: '夜市占道经营',
          description: COVERT_ACCOUNT,
          location: COVERT_PLACE,
          activityId: activity.recordActivity.id,
        }),
      ],
    });
    const findingIds = submitted.submitFindings.map((finding) => finding.id);
    await city.ok(REVIEW, { ids: findingIds, accept: true });
    const market = await departmentId(proposer, county, 'market');
    const { id } = await handOver(proposer, findingIds, market, addDays(new Date(), 30));
    const department = await platform.as(`${county}-market`);
    await department.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id });
    await department.ok(REPORT, {
      id,
      input: { measures: `已安排专人值守,${COVERT_PLACE}已取缔`, percentDone: 100, final: true },
    });
    await proposer.ok(
      'mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true, opinion: "经实地核查,整改到位") { status } }',
      { id },
    );
    return { handoffId: id, projectId, assignmentId };
  }

  async function propose(subjectId: string, channel = 'WEBSITE'): Promise<Disclosure> {
    return (
      await proposer.ok<{ proposeDisclosure: Disclosure }>(PROPOSE, {
        input: { subjectKind: 'CLOSURE', subjectId, channel },
      })
    ).proposeDisclosure;
  }

  async function approvedAndPublished(subjectId: string, channel: string): Promise<Disclosure> {
    const proposed = await propose(subjectId, channel);
    await approver.ok(APPROVE, { id: proposed.id });
    return (
      await approver.ok<{ publishDisclosure: Disclosure }>(PUBLISH, {
        id: proposed.id,
        input: { url: `https://rd.example.gov.cn/gk/${proposed.id}.html`, publishedOn: today },
      })
    ).publishDisclosure;
  }

  beforeAll(async () => {
    for (const name of ['TRUST_PROXY', 'PUBLIC_READS_PER_MINUTE']) {
      saved[name] = process.env[name];
    }
    process.env['TRUST_PROXY'] = 'loopback';
    process.env['PUBLIC_READS_PER_MINUTE'] = String(READS_PER_MINUTE);
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 1, 1);
    county = tree.counties[0] as string;
    proposer = await platform.as(county);
    approver = await platform.as(`${county}-tongchou`);
    countyId = await tenantId(proposer, county);
  });

  afterAll(async () => {
    await platform.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
  });

  it('drafts a closure with the covert source and the phone number redacted; a hand edit cannot bring them back', async () => {
    const handoffId = await closedHandoff();
    const proposed = await propose(handoffId);
    expect(proposed).toMatchObject({ status: 'PROPOSED', subjectKind: 'CLOSURE', channel: 'WEBSITE' });
    expect(proposed.body).toContain('政务大厅午间无人值守');
    expect(proposed.body).toContain('夜市占道经营(暗访发现,线索来源不予公开)');
    expect(proposed.body).toContain('经实地核查,整改到位');
    for (const secret of [PHONE, COVERT_PLACE, '西关夜市', '线人']) {
      expect(proposed.body).not.toContain(secret);
      expect(proposed.title).not.toContain(secret);
    }

    const edited = await proposer.ok<{ redactDisclosure: Disclosure }>(REDACT, {
      id: proposed.id,
      body: `${proposed.body}\n补充:${COVERT_ACCOUNT},联系电话 ${PHONE},邮箱 li.si@example.com`,
    });
    expect(edited.redactDisclosure.status).toBe('REDACTED');
    expect(edited.redactDisclosure.draft).toBe(proposed.body);
    for (const secret of [PHONE, COVERT_PLACE, 'li.si@example.com']) {
      expect(edited.redactDisclosure.body).not.toContain(secret);
    }
    expect(edited.redactDisclosure.body).toContain('补充');
  });

  it('needs a second person to approve: the proposer cannot approve its own; a department cannot propose', async () => {
    const handoffId = await closedHandoff();
    const proposed = await propose(handoffId);
    const own = expectRefused(await proposer.request(APPROVE, { id: proposed.id }), 'FORBIDDEN');
    expect(own.extensions?.['reason']).toBe('DISCLOSURE_OWN_PROPOSAL');
    const department = await platform.as(`${county}-market`);
    expectRefused(
      await department.request(PROPOSE, {
        input: { subjectKind: 'CLOSURE', subjectId: handoffId, channel: 'WECHAT' },
      }),
      'FORBIDDEN',
    );
    // Not approved, not published.
    const early = expectRefused(
      await approver.request(PUBLISH, {
        id: proposed.id,
        input: { url: 'https://rd.example.gov.cn/a', publishedOn: today },
      }),
      'CONFLICT',
    );
    expect(early.extensions?.['reason']).toBe('DISCLOSURE_TRANSITION_NOT_ALLOWED');
    const approved = await approver.ok<{ approveDisclosure: Disclosure }>(APPROVE, { id: proposed.id });
    expect(approved.approveDisclosure).toMatchObject({ status: 'APPROVED' });
    expect(approved.approveDisclosure.approvedBy).not.toBe(proposed.proposedBy);
    // After approval the text is fixed.
    expectRefused(await proposer.request(REDACT, { id: proposed.id, body: '改写' }), 'CONFLICT');
  });

  it('refuses a handoff that is not closed, and a second proposal of the same subject on the same channel', async () => {
    const city = await platform.as(tree.city);
    const { assignments } = await publishedProject(city, [county]);
    await proposer.ok(ACKNOWLEDGE, { id: assignments[0]?.id });
    const submitted = await proposer.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId: assignments[0]?.id,
      findings: [findingInput()],
    });
    const ids = submitted.submitFindings.map((finding) => finding.id);
    await city.ok(REVIEW, { ids, accept: true });
    const market = await departmentId(proposer, county, 'market');
    const open = await handOver(proposer, ids, market, addDays(new Date(), 30));
    const refused = expectRefused(
      await proposer.request(PROPOSE, {
        input: { subjectKind: 'CLOSURE', subjectId: open.id, channel: 'WEBSITE' },
      }),
      'CONFLICT',
    );
    expect(refused.extensions?.['reason']).toBe('DISCLOSURE_SUBJECT_NOT_CLOSED');

    const closed = await closedHandoff();
    await propose(closed, 'WECHAT');
    const twice = expectRefused(
      await proposer.request(PROPOSE, {
        input: { subjectKind: 'CLOSURE', subjectId: closed, channel: 'WECHAT' },
      }),
      'CONFLICT',
    );
    expect(twice.extensions?.['reason']).toBe('DISCLOSURE_ALREADY_PROPOSED');
  });

  it('shows anonymous readers exactly the published items, over GraphQL and GET /public/disclosures; withdrawn ones disappear', async () => {
    const published = await approvedAndPublished(await closedHandoff(), 'WEBSITE');
    const media = await approvedAndPublished(await closedHandoff(), 'PROVINCIAL_MEDIA');
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedOn: today });
    // Neither a proposal, an approved but unpublished item nor a rejected one reaches the public.
    const pending = await propose(await closedHandoff(), 'WECHAT');
    const approvedOnly = await propose(await closedHandoff(), 'WECHAT');
    await approver.ok(APPROVE, { id: approvedOnly.id });
    const rejected = await propose(await closedHandoff(), 'WECHAT');
    await approver.ok(REJECT, { id: rejected.id, reason: '涉及正在处理的信访事项' });

    const page = await publicPage({ tenantId: countyId, year });
    expect(page.items.map((item) => item.id).sort()).toEqual([published.id, media.id].sort());
    const item = page.items.find((row) => row.id === published.id);
    expect(item).toEqual({
      id: published.id,
      title: published.title,
      body: published.body,
      channel: 'WEBSITE',
      url: published.url,
      publishedOn: today,
      tenantName: '测试县1',
      tenantCode: county,
      tenantLevel: 'COUNTY',
    });
    const everything = JSON.stringify(page);
    for (const secret of [PHONE, COVERT_PLACE, pending.id, approvedOnly.id, rejected.id]) {
      expect(everything).not.toContain(secret);
    }

    // The city's tenant id covers its subtree; paging walks it one item at a time.
    const cityId = await tenantId(proposer, tree.city);
    const first = await publicPage({ tenantId: cityId, first: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.hasNextPage).toBe(true);
    const second = await publicPage({ tenantId: cityId, first: 1, after: first.endCursor });
    expect([...first.items, ...second.items].map((row) => row.id).sort()).toEqual(
      [published.id, media.id].sort(),
    );
    expect(second.hasNextPage).toBe(false);

    const json = await publicJson(`?tenantId=${countyId}&year=${year}`);
    expect(json.status).toBe(200);
    expect((json.body as PublicPage).items.map((row) => row.id).sort()).toEqual(
      [published.id, media.id].sort(),
    );
    expect(JSON.stringify(json.body)).not.toContain(COVERT_PLACE);

    // What is not public stays behind sign-in.
    expectRefused(await anonymous(LIST), 'UNAUTHENTICATED');
    expectRefused(
      await anonymous(`query { disclosure(id: "${pending.id}") { id body } }`),
      'UNAUTHENTICATED',
    );

    await approver.ok(WITHDRAW, { id: media.id, reason: '媒体稿件已撤稿' });
    const after = await publicPage({ tenantId: countyId });
    expect(after.items.map((row) => row.id)).toEqual([published.id]);
    expect((await publicJson(`?tenantId=${countyId}`)).body).toMatchObject({ items: [{ id: published.id }] });
  });

  it('drafts a project summary from the tiers’ summary reports, covert places and phone numbers masked', async () => {
    const { projectId, assignmentId } = await closedWork();
    await proposer.ok(
      'mutation ($assignmentId: ID!, $summary: String!) { submitAssignmentSummary(assignmentId: $assignmentId, summary: $summary) { id } }',
      { assignmentId, summary: `本县开展暗访,在${COVERT_PLACE}发现占道经营并督促整改;举报电话 ${PHONE}` },
    );
    const { proposeDisclosure } = await proposer.ok<{ proposeDisclosure: Disclosure }>(PROPOSE, {
      input: { subjectKind: 'PROJECT_SUMMARY', subjectId: projectId, channel: 'PROVINCIAL_MEDIA' },
    });
    expect(proposeDisclosure.body).toContain('共发现问题 2 个,已整改销号 2 个');
    expect(proposeDisclosure.body).toContain('本县开展暗访');
    expect(proposeDisclosure.body).not.toContain(COVERT_PLACE);
    expect(proposeDisclosure.body).not.toContain(PHONE);
    expect(proposeDisclosure.title).toContain('工作总结');
  });

  it('drafts an evaluation result once voted, and refuses another tree’s subjects as not found', async () => {
    const handoffId = await closedHandoff();
    const { createEvaluation } = await proposer.ok<{ createEvaluation: { id: string } }>(
      'mutation ($id: ID!) { createEvaluation(handoffId: $id, scheme: THREE_GRADE, eligible: 10) { id } }',
      { id: handoffId },
    );
    const input = { subjectKind: 'EVALUATION_RESULT', subjectId: createEvaluation.id, channel: 'DEPUTIES' };
    const early = expectRefused(await proposer.request(PROPOSE, { input }), 'CONFLICT');
    expect(early.extensions?.['reason']).toBe('DISCLOSURE_SUBJECT_NOT_VOTED');
    await proposer.ok(
      'mutation ($id: ID!, $votes: VotesInput!) { recordVotes(evaluationId: $id, votes: $votes) { id } }',
      { id: createEvaluation.id, votes: { satisfied: 8, basicallySatisfied: 1, unsatisfied: 1 } },
    );
    const { proposeDisclosure } = await proposer.ok<{ proposeDisclosure: Disclosure }>(PROPOSE, { input });
    expect(proposeDisclosure.body).toContain('满意 8 票,基本满意 1 票,不满意 1 票');
    expect(proposeDisclosure.body).toContain('测评结果:满意');

    const stranger = await platform.as(
      (await createTenantTree(platform.dataSource, 1, 1)).counties[0] as string,
    );
    for (const [subjectKind, subjectId] of [
      ['CLOSURE', handoffId],
      ['EVALUATION_RESULT', createEvaluation.id],
    ]) {
      expectRefused(
        await stranger.request(PROPOSE, { input: { subjectKind, subjectId, channel: 'WEBSITE' } }),
        'NOT_FOUND',
      );
    }
    expectRefused(await stranger.request(APPROVE, { id: proposeDisclosure.id }), 'NOT_FOUND');
  });

  it('counts the year’s published items per channel and per tier, for the subtree', async () => {
    const fresh = await createTenantTree(platform.dataSource, 1, 1);
    const [freshCounty] = fresh.counties as [string];
    const before = await approver.ok<{ disclosureCounts: { total: number } }>(COUNTS, { year });
    const other = await platform.as(freshCounty);
    const otherApprover = await platform.as(`${freshCounty}-tongchou`);
    const otherCity = await platform.as(fresh.city);
    const { assignments } = await publishedProject(otherCity, [freshCounty]);
    await other.ok(ACKNOWLEDGE, { id: assignments[0]?.id });
    const submitted = await other.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId: assignments[0]?.id,
      findings: [findingInput()],
    });
    const ids = submitted.submitFindings.map((finding) => finding.id);
    await otherCity.ok(REVIEW, { ids, accept: true });
    const market = await departmentId(other, freshCounty, 'market');
    const { id: handoffId } = await handOver(other, ids, market, addDays(new Date(), 30));
    const department = await platform.as(`${freshCounty}-market`);
    await department.ok('mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id: handoffId });
    await department.ok(REPORT, {
      id: handoffId,
      input: { measures: '已整改', percentDone: 100, final: true },
    });
    await other.ok('mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true) { status } }', {
      id: handoffId,
    });
    for (const channel of ['WEBSITE', 'WECHAT', 'NATIONAL_MEDIA', 'DEPUTIES']) {
      const proposed = (
        await other.ok<{ proposeDisclosure: Disclosure }>(PROPOSE, {
          input: { subjectKind: 'CLOSURE', subjectId: handoffId, channel },
        })
      ).proposeDisclosure;
      await otherApprover.ok(APPROVE, { id: proposed.id });
      await otherApprover.ok(PUBLISH, {
        id: proposed.id,
        input:
          channel === 'DEPUTIES'
            ? { publishedOn: today }
            : { url: 'https://rd.example.gov.cn/x', publishedOn: today },
      });
    }
    const counts = await otherCity.ok<{
      disclosureCounts: {
        total: number;
        byChannel: Array<{ channel: string; count: number }>;
        byLevel: Array<{ level: string; count: number }>;
      };
    }>(COUNTS, { year });
    expect(counts.disclosureCounts.total).toBe(4);
    expect(counts.disclosureCounts.byChannel).toEqual([
      { channel: 'WEBSITE', count: 1 },
      { channel: 'WECHAT', count: 1 },
      { channel: 'PROVINCIAL_MEDIA', count: 0 },
      { channel: 'NATIONAL_MEDIA', count: 1 },
      { channel: 'DEPUTIES', count: 1 },
    ]);
    expect(counts.disclosureCounts.byLevel).toContainEqual({ level: 'COUNTY', count: 4 });
    expect(counts.disclosureCounts.byLevel).toContainEqual({ level: 'CITY', count: 0 });
    const lastYear = await otherCity.ok<{ disclosureCounts: { total: number } }>(COUNTS, { year: year - 1 });
    expect(lastYear.disclosureCounts.total).toBe(0);
    // Another tree's items are not counted, and its scope is out of reach.
    expect(
      (await approver.ok<{ disclosureCounts: { total: number } }>(COUNTS, { year })).disclosureCounts.total,
    ).toBe(before.disclosureCounts.total);
    expectRefused(
      await approver.request(COUNTS, { year, scope: await tenantId(other, freshCounty) }),
      HIDDEN,
    );
  });

  it('refuses a publication without an address or dated in the future', async () => {
    const proposed = await propose(await closedHandoff(), 'WECHAT');
    await approver.ok(APPROVE, { id: proposed.id });
    const noUrl = expectRefused(
      await approver.request(PUBLISH, { id: proposed.id, input: { publishedOn: today } }),
      'BAD_USER_INPUT',
    );
    expect(JSON.stringify(noUrl.extensions)).toContain('URL_REQUIRED');
    const future = `${year + 1}-01-01`;
    expectRefused(
      await approver.request(PUBLISH, {
        id: proposed.id,
        input: { url: 'https://rd.example.gov.cn/y', publishedOn: future },
      }),
      'BAD_USER_INPUT',
    );
  });

  it(`throttles anonymous reads per address: ${READS_PER_MINUTE} a minute, GraphQL and JSON together`, async () => {
    const address = freshAddress();
    for (let read = 0; read < READS_PER_MINUTE - 1; read += 1) {
      expect((await anonymous(PUBLIC, {}, address)).errors).toBeUndefined();
    }
    expect((await publicJson('', address)).status).toBe(200);
    const throttled = expectRefused(await anonymous(PUBLIC, {}, address), 'TOO_MANY_REQUESTS');
    expect(throttled.extensions?.['reason']).toBe('PUBLIC_READS_THROTTLED');
    expect((await publicJson('', address)).status).toBe(429);
    // Another address reads on.
    expect((await anonymous(PUBLIC, {})).errors).toBeUndefined();
  });
});
