import { Workbook } from 'exceljs';
import { GraphqlClient, GraphqlResponse } from '@liandong/testing';
import { shanghaiDay } from '@liandong/time';
import { addDays } from './dates';
import {
  acceptedCountyFindings,
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  expectRefused,
  fieldsOf,
  handOver,
  Platform,
  publishedProject,
  startPlatform,
  SUBMIT,
  findingInput,
  TenantTree,
  tenantId,
} from '@liandong/testing-system';

jest.setTimeout(120_000);

const BODY_FIELDS = 'id kind name contact retiredAt tenant { code }';
const REFERRAL_FIELDS =
  'id findingId handoffId reason status receiptNo receivedOn outcome decidedOn closedAt body { id name kind }';
const ADD_BODY = `mutation ($input: CollaboratingBodyInput!) { addCollaboratingBody(input: $input) { ${BODY_FIELDS} } }`;
const UPDATE_BODY = `mutation ($id: ID!, $input: CollaboratingBodyUpdateInput!) {
  updateCollaboratingBody(id: $id, input: $input) { ${BODY_FIELDS} } }`;
const RETIRE_BODY = `mutation ($id: ID!) { retireCollaboratingBody(id: $id) { ${BODY_FIELDS} } }`;
const BODIES = `query ($tenantId: ID) { collaboratingBodies(tenantId: $tenantId) { ${BODY_FIELDS} } }`;
const REFER_FINDING = `mutation ($id: ID!, $input: ReferralInput!) {
  referFinding(findingId: $id, input: $input) { ${REFERRAL_FIELDS} } }`;
const REFER_HANDOFF = `mutation ($id: ID!, $input: ReferralInput!) {
  referHandoff(handoffId: $id, input: $input) { ${REFERRAL_FIELDS} } }`;
const RECEIPT = `mutation ($id: ID!, $no: String!, $on: String!) {
  recordReferralReceipt(id: $id, receiptNo: $no, receivedOn: $on) { ${REFERRAL_FIELDS} } }`;
const OUTCOME = `mutation ($id: ID!, $outcome: String!, $on: String!) {
  recordReferralOutcome(id: $id, outcome: $outcome, decidedOn: $on) { ${REFERRAL_FIELDS} } }`;
const CLOSE = `mutation ($id: ID!) { closeReferral(id: $id) { ${REFERRAL_FIELDS} } }`;
const REFERRALS = `query ($filter: ReferralFilter) { referrals(filter: $filter) { ${REFERRAL_FIELDS} } }`;
const FINDING = `query ($id: ID!) { finding(id: $id) { id source referrals { ${REFERRAL_FIELDS} } } }`;
const HANDOFF = `query ($id: ID!) { handoff(id: $id) { id escalationLevel
  escalations { level name } referrals { ${REFERRAL_FIELDS} } } }`;
const ESCALATE = `mutation ($id: ID!, $reason: String!, $referral: ReferralInput) {
  escalateHandoff(handoffId: $id, reason: $reason, referral: $referral) { id escalationLevel } }`;

interface Body {
  id: string;
  kind: string;
  name: string;
  contact: string | null;
  retiredAt: string | null;
  tenant: { code: string };
}

interface Referral {
  id: string;
  findingId: string | null;
  handoffId: string | null;
  reason: string;
  status: string;
  receiptNo: string | null;
  receivedOn: string | null;
  outcome: string | null;
  decidedOn: string | null;
  closedAt: string | null;
  body: { id: string; name: string; kind: string };
}

const IMPORT_HEADERS = [
  '问题标题',
  '问题描述',
  '监督方式',
  '检查要点编码',
  '问题类别',
  '严重程度(一般/较重/严重)',
  '地点',
  '责任单位编码',
];

function reasonsOf(result: GraphqlResponse<unknown>): string[] {
  const error = result.errors?.[0];
  const fields = (error?.extensions?.['fields'] ?? []) as Array<{ reason?: string }>;
  return [String(error?.extensions?.['reason']), ...fields.map((field) => String(field.reason))];
}

/**
 * Collaboration (协同监督) and referrals (线索移送) over HTTP: the bodies a tier works with, a finding
 * referred and its receipt, outcome and closing recorded along the referral table, escalation level 6
 * referring the ledger item, the wall between sibling counties, and an audit report's problems imported as
 * findings with their source.
 */
describe('collaborating bodies and referrals', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county: string;
  let countyClient: GraphqlClient;
  let sibling: GraphqlClient;
  let today: string;

  async function addBody(client: GraphqlClient, input: Record<string, unknown>): Promise<Body> {
    return (await client.ok<{ addCollaboratingBody: Body }>(ADD_BODY, { input })).addCollaboratingBody;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 0);
    county = tree.counties[0] as string;
    city = await platform.as(tree.city);
    countyClient = await platform.as(county);
    sibling = await platform.as(tree.counties[1] as string);
    today = shanghaiDay(new Date());
  });
  afterAll(() => platform.close());

  it('keeps the bodies of a tier: added, changed and retired, never deleted, and not shown sideways', async () => {
    const audit = await addBody(city, { kind: 'AUDIT', name: '市审计局', contact: '张科长 0379-1234567' });
    expect(audit).toMatchObject({
      kind: 'AUDIT',
      name: '市审计局',
      retiredAt: null,
      tenant: { code: tree.city },
    });
    const renamed = await city.ok<{ updateCollaboratingBody: Body }>(UPDATE_BODY, {
      id: audit.id,
      input: { name: '市审计局(经责审计科)', contact: '' },
    });
    expect(renamed.updateCollaboratingBody).toMatchObject({ name: '市审计局(经责审计科)', contact: null });
    const retired = await city.ok<{ retireCollaboratingBody: Body }>(RETIRE_BODY, { id: audit.id });
    expect(retired.retireCollaboratingBody.retiredAt).not.toBeNull();
    const listed = await city.ok<{ collaboratingBodies: Body[] }>(BODIES);
    expect(listed.collaboratingBodies.map((body) => body.id)).toContain(audit.id);

    // Bad input, named.
    const blank = expectRefused(
      await city.request(ADD_BODY, { input: { kind: 'COURT', name: '  ' } }),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(blank)).toEqual(['input.name']);

    // A sibling county neither lists nor changes the city's or another county's bodies.
    const countyBody = await addBody(countyClient, { kind: 'PETITIONS', name: '县信访局' });
    expect((await sibling.ok<{ collaboratingBodies: Body[] }>(BODIES)).collaboratingBodies).toEqual([]);
    expectRefused(await sibling.request(BODIES, { tenantId: await tenantId(city, county) }), 'FORBIDDEN');
    expectRefused(await sibling.request(RETIRE_BODY, { id: countyBody.id }), 'NOT_FOUND');
    // The city sees down its tree, but changes only its own.
    const countyBodies = await city.ok<{ collaboratingBodies: Body[] }>(BODIES, {
      tenantId: await tenantId(city, county),
    });
    expect(countyBodies.collaboratingBodies.map((body) => body.id)).toEqual([countyBody.id]);
    const notOwn = expectRefused(await city.request(RETIRE_BODY, { id: countyBody.id }), 'FORBIDDEN');
    expect(notOwn.extensions?.['reason']).toBe('BODY_NOT_OWN');
  });

  it('refers a finding to 纪委监委 and records its receipt, outcome and closing, in that order', async () => {
    const discipline = await addBody(city, { kind: 'DISCIPLINE', name: '市纪委监委' });
    const { findingIds } = await acceptedCountyFindings(platform, tree, 1);
    const findingId = findingIds[0] as string;

    // Bad input, named: no reason, a body that is not an id, one that is not the city's.
    const countyBody = await addBody(countyClient, { kind: 'COURT', name: '县法院' });
    const noReason = expectRefused(
      await city.request(REFER_FINDING, { id: findingId, input: { bodyId: discipline.id, reason: ' ' } }),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(noReason)).toEqual(['input.reason']);
    const notId = expectRefused(
      await city.request(REFER_FINDING, { id: findingId, input: { bodyId: 'x', reason: '涉嫌违纪' } }),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(notId)).toEqual(['input.bodyId']);
    const foreign = await city.request(REFER_FINDING, {
      id: findingId,
      input: { bodyId: countyBody.id, reason: '涉嫌违纪' },
    });
    expectRefused(foreign, 'BAD_USER_INPUT');
    expect(reasonsOf(foreign)).toContain('BODY_NOT_OWN');

    const sent = (
      await city.ok<{ referFinding: Referral }>(REFER_FINDING, {
        id: findingId,
        input: { bodyId: discipline.id, reason: '涉嫌失职失责,移送纪委监委' },
      })
    ).referFinding;
    expect(sent).toMatchObject({
      findingId,
      handoffId: null,
      status: 'SENT',
      body: { id: discipline.id, name: '市纪委监委', kind: 'DISCIPLINE' },
    });
    const again = await city.request(REFER_FINDING, {
      id: findingId,
      input: { bodyId: discipline.id, reason: '再次移送' },
    });
    expectRefused(again, 'CONFLICT');
    expect(reasonsOf(again)).toContain('REFERRAL_ALREADY_OPEN');

    // Steps are not skipped: no outcome or closing before the receipt.
    const early = await city.request(CLOSE, { id: sent.id });
    expectRefused(early, 'CONFLICT');
    expect(reasonsOf(early)).toContain('REFERRAL_TRANSITION_NOT_ALLOWED');
    const badDay = expectRefused(
      await city.request(RECEIPT, { id: sent.id, no: '市纪委〔2026〕12号', on: '2026-13-01' }),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(badDay)).toEqual(['receivedOn']);
    const future = await city.request(RECEIPT, {
      id: sent.id,
      no: '市纪委〔2026〕12号',
      on: shanghaiDay(addDays(new Date(), 2)),
    });
    expectRefused(future, 'BAD_USER_INPUT');
    expect(reasonsOf(future)).toContain('DAY_IN_FUTURE');
    // A sibling county does not see it, let alone record on it.
    expectRefused(await sibling.request(RECEIPT, { id: sent.id, no: 'x', on: today }), 'NOT_FOUND');

    const received = await city.ok<{ recordReferralReceipt: Referral }>(RECEIPT, {
      id: sent.id,
      no: '市纪委〔2026〕12号',
      on: today,
    });
    expect(received.recordReferralReceipt).toMatchObject({
      status: 'RECEIVED',
      receiptNo: '市纪委〔2026〕12号',
      receivedOn: today,
    });
    const emptyOutcome = expectRefused(
      await city.request(OUTCOME, { id: sent.id, outcome: '', on: today }),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(emptyOutcome)).toEqual(['outcome']);
    const concluded = await city.ok<{ recordReferralOutcome: Referral }>(OUTCOME, {
      id: sent.id,
      outcome: '对相关责任人给予诫勉谈话',
      on: today,
    });
    expect(concluded.recordReferralOutcome).toMatchObject({
      status: 'CONCLUDED',
      outcome: '对相关责任人给予诫勉谈话',
      decidedOn: today,
    });
    const closed = await city.ok<{ closeReferral: Referral }>(CLOSE, { id: sent.id });
    expect(closed.closeReferral.status).toBe('CLOSED');
    expect(closed.closeReferral.closedAt).not.toBeNull();

    const finding = await city.ok<{ finding: { source: string; referrals: Referral[] } }>(FINDING, {
      id: findingId,
    });
    expect(finding.finding.source).toBe('OWN_SUPERVISION');
    expect(finding.finding.referrals.map((r) => [r.id, r.status])).toEqual([[sent.id, 'CLOSED']]);
    const listed = await city.ok<{ referrals: Referral[] }>(REFERRALS, { filter: { status: 'CLOSED' } });
    expect(listed.referrals.map((r) => r.id)).toContain(sent.id);
    // 移送事项: a list of referrals names what each is about, the finding by its title.
    const titled = await city.ok<{
      finding: { title: string };
      referrals: Array<{ id: string; subject: string }>;
    }>(
      `query ($id: ID!) { finding(id: $id) { title }
         referrals(filter: { status: CLOSED }) { id subject } }`,
      { id: findingId },
    );
    expect(titled.referrals.find((r) => r.id === sent.id)?.subject).toBe(titled.finding.title);
    // Neither the county below nor its sibling lists the city's referrals.
    for (const client of [countyClient, sibling]) {
      const theirs = await client.ok<{ referrals: Referral[] }>(REFERRALS);
      expect(theirs.referrals.map((r) => r.id)).not.toContain(sent.id);
    }
  });

  it('refers a ledger item at escalation level 6 (线索移送), and refuses level 6 without a body', async () => {
    const procuratorate = await addBody(countyClient, { kind: 'PROCURATORATE', name: '县检察院' });
    const scenario = await acceptedCountyFindings(platform, tree, 1);
    const market = await departmentId(countyClient, county, 'market');
    const handoff = await handOver(countyClient, scenario.findingIds, market, addDays(new Date(), 30));
    // A body is named only for the step to 线索移送.
    const early = await countyClient.request(ESCALATE, {
      id: handoff.id,
      reason: '催办',
      referral: { bodyId: procuratorate.id, reason: '过早移送' },
    });
    expect(fieldsOf(expectRefused(early, 'BAD_USER_INPUT'))).toEqual(['referral']);
    expect(reasonsOf(early)).toContain('REFERRAL_ONLY_AT_LEVEL_6');
    for (let level = 1; level <= 5; level += 1) {
      const step = await countyClient.ok<{ escalateHandoff: { escalationLevel: number } }>(ESCALATE, {
        id: handoff.id,
        reason: `第${level}次督办`,
      });
      expect(step.escalateHandoff.escalationLevel).toBe(level);
    }
    const bare = await countyClient.request(ESCALATE, { id: handoff.id, reason: '移送检察机关' });
    const refused = expectRefused(bare, 'BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['referral']);
    expect(reasonsOf(bare)).toContain('REFERRAL_BODY_REQUIRED');
    expect(
      (await countyClient.ok<{ handoff: { escalationLevel: number } }>(HANDOFF, { id: handoff.id })).handoff
        .escalationLevel,
    ).toBe(5);

    const raised = await countyClient.ok<{ escalateHandoff: { escalationLevel: number } }>(ESCALATE, {
      id: handoff.id,
      reason: '整改不力,移送检察机关',
      referral: { bodyId: procuratorate.id, reason: '涉嫌公益诉讼线索' },
    });
    expect(raised.escalateHandoff.escalationLevel).toBe(6);
    const detail = await countyClient.ok<{
      handoff: { escalations: Array<{ level: number; name: string }>; referrals: Referral[] };
    }>(HANDOFF, { id: handoff.id });
    expect(detail.handoff.escalations.at(-1)).toEqual({ level: 6, name: '线索移送' });
    expect(detail.handoff.referrals).toHaveLength(1);
    expect(detail.handoff.referrals[0]).toMatchObject({
      handoffId: handoff.id,
      reason: '涉嫌公益诉讼线索',
      status: 'SENT',
      body: { id: procuratorate.id, kind: 'PROCURATORATE' },
    });
    // A ledger item is referred by hand too; the sibling county cannot refer what is not in its subtree.
    const audit = await addBody(countyClient, { kind: 'AUDIT', name: '县审计局' });
    const byHand = await countyClient.ok<{ referHandoff: Referral }>(REFER_HANDOFF, {
      id: handoff.id,
      input: { bodyId: audit.id, reason: '资金使用问题' },
    });
    expect(byHand.referHandoff).toMatchObject({ handoffId: handoff.id, status: 'SENT' });
    // An item handed over as findings has no title of its own: its referrals name it by its letter number.
    const named = await countyClient.ok<{
      handoff: { title: string | null; letterNo: string; referrals: Array<{ id: string; subject: string }> };
    }>('query ($id: ID!) { handoff(id: $id) { title letterNo referrals { id subject } } }', {
      id: handoff.id,
    });
    expect(named.handoff.title).toBeNull();
    expect(named.handoff.referrals.map((r) => r.subject)).toEqual([
      named.handoff.letterNo,
      named.handoff.letterNo,
    ]);
    const siblingBody = await addBody(sibling, { kind: 'AUDIT', name: '邻县审计局' });
    expectRefused(
      await sibling.request(REFER_HANDOFF, {
        id: handoff.id,
        input: { bodyId: siblingBody.id, reason: '越权' },
      }),
      'NOT_FOUND',
    );
    const siblings = await sibling.ok<{ referrals: Referral[] }>(REFERRALS);
    expect(siblings.referrals).toEqual([]);
  });

  it('imports an audit report’s problems as findings with source AUDIT_REPORT', async () => {
    const published = await publishedProject(city, [county]);
    const assignmentId = published.assignments.find((a) => a.tenant.code === county)?.id as string;
    await countyClient.ok(ACKNOWLEDGE, { id: assignmentId });
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('审计报告问题清单');
    sheet.addRow([...IMPORT_HEADERS, '问题来源']);
    sheet.addRow([
      '专项资金未按期拨付',
      '审计发现专项资金滞留',
      '暗访',
      'C1',
      '资金管理',
      '较重',
      '',
      'market',
      '',
    ]);
    sheet.addRow([
      '群众反映窗口推诿',
      '审计期间收到群众投诉',
      '暗访',
      'C2',
      '服务质效',
      '一般',
      '',
      'market',
      '群众投诉',
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = async (source: string): Promise<{ status: number; body: Record<string, unknown> }> => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)]), 'audit.xlsx');
      const response = await fetch(
        `${platform.url}/imports/findings?assignmentId=${assignmentId}&source=${source}`,
        { method: 'POST', headers: countyClient.authorization(), body: form },
      );
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const bad = await upload('RUMOUR');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('UNKNOWN_FINDING_SOURCE');

    const imported = await upload('AUDIT_REPORT');
    expect(imported.status).toBe(201);
    const ids = imported.body['findingIds'] as string[];
    expect(ids).toHaveLength(2);
    const sources = await Promise.all(
      ids.map(
        async (id) =>
          (await countyClient.ok<{ finding: { source: string } }>(FINDING, { id })).finding.source,
      ),
    );
    expect(sources).toEqual(['AUDIT_REPORT', 'PUBLIC_COMPLAINT']);

    // Typed in, a finding names its source too.
    const typed = await countyClient.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId,
      findings: [findingInput({ source: 'DEPUTY_SUGGESTION' })],
    });
    const typedId = typed.submitFindings[0]?.id as string;
    expect(
      (await countyClient.ok<{ finding: { source: string } }>(FINDING, { id: typedId })).finding.source,
    ).toBe('DEPUTY_SUGGESTION');
  });
});
