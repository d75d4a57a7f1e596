import { GraphqlClient } from '@liandong/testing';
import { addCalendarDays, endOfShanghaiDay, shanghaiDay } from '@liandong/time';
import {
  createTenantTree,
  DEPARTMENTS,
  fieldsOf,
  Platform,
  refused,
  startPlatform,
  tenantId,
  TenantTree,
} from '@liandong/testing-system';

/**
 * Appraisals (评议) over HTTP: the city runs a 履职评议 of three named judges by two voter groups, reads the
 * results per group, overall by the scheme's rule and ranked, and decides it; the failing judge's court gets a
 * 整改再报告 on the ledger, due on the day set, which closes when the re-report is recorded. Tiers above read
 * an appraisal, only its own tenant's coordinators change it; tiers below and siblings never read it.
 */
jest.setTimeout(90_000);

const SUBJECT = `id kind name post departmentId eligible satisfied basicallySatisfied unsatisfied averageScore
  result failing rank reReportItemId reReportSummary reReportedAt
  votes { groupId groupName eligible satisfied basicallySatisfied unsatisfied result }
  reReportItem { id kind title status deadline department { id } }`;
const APPRAISAL = `id tenantId title kind scheme heldOn status reReportBy decidedAt
  groups { id name kind eligible } subjects { ${SUBJECT} } ranking { id name rank result }`;
const CREATE = `mutation ($input: AppraisalInput!) { createAppraisal(input: $input) { ${APPRAISAL} } }`;
const VOTE = `mutation ($appraisalId: ID!, $subjectId: ID!, $groupId: ID!, $votes: VotesInput!) {
  recordAppraisalVotes(appraisalId: $appraisalId, subjectId: $subjectId, groupId: $groupId, votes: $votes) { ${APPRAISAL} }
}`;
const DECIDE = `mutation ($appraisalId: ID!, $reReportBy: String!) {
  decideAppraisal(appraisalId: $appraisalId, reReportBy: $reReportBy) { ${APPRAISAL} }
}`;
const RE_REPORT = `mutation ($subjectId: ID!, $summary: String!) {
  recordAppraisalReReport(subjectId: $subjectId, summary: $summary) { ${APPRAISAL} }
}`;
const ONE = `query ($id: ID!) { appraisal(id: $id) { ${APPRAISAL} } }`;
const LIST = `query ($filter: AppraisalFilter) { appraisals(filter: $filter) { id title kind } }`;
const LEDGER = `query ($filter: LedgerFilter) {
  ledger(filter: $filter, first: 500) { edges { node { id kind title status deadline } } }
}`;

interface Vote {
  groupId: string;
  groupName: string;
  result: string;
}
interface Subject {
  id: string;
  name: string;
  post: string;
  result: string | null;
  failing: boolean;
  rank: number | null;
  satisfied: number;
  eligible: number;
  votes: Vote[];
  reReportItemId: string | null;
  reReportItem: { id: string; kind: string; title: string; status: string; deadline: string } | null;
}
interface Appraisal {
  id: string;
  status: string;
  heldOn: string;
  reReportBy: string | null;
  groups: Array<{ id: string; name: string; eligible: number }>;
  subjects: Subject[];
  ranking: Array<{ id: string; name: string; rank: number; result: string }>;
}

const today = shanghaiDay(new Date());

describe('appraisals (评议)', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county: GraphqlClient;
  let sibling: GraphqlClient;
  let countyUnit: GraphqlClient;
  let court: string;
  let countyGov: string;

  async function unitOf(client: GraphqlClient, code: string, prefer: string): Promise<string> {
    const data = await client.ok<{ departments: Array<{ id: string; code: string }> }>(DEPARTMENTS, {
      tenantId: await tenantId(client, code),
    });
    return (data.departments.find((d) => d.code === prefer) ?? data.departments[0]!).id;
  }

  function judges(departmentId: string): Array<Record<string, unknown>> {
    return ['张三', '李四', '王五'].map((name) => ({
      kind: 'PERSON',
      name,
      post: '员额法官 洛阳市中级人民法院',
      departmentId,
    }));
  }

  const GROUPS = [
    { name: '常委会组成人员', kind: 'MEMBERS', eligible: 30 },
    { name: '人大代表', kind: 'DEPUTIES', eligible: 50 },
  ];

  async function create(client: GraphqlClient, departmentId: string, title: string): Promise<Appraisal> {
    return (
      await client.ok<{ createAppraisal: Appraisal }>(CREATE, {
        input: {
          title,
          kind: 'PERFORMANCE',
          scheme: 'THREE_GRADE',
          heldOn: today,
          subjects: judges(departmentId),
          groups: GROUPS,
        },
      })
    ).createAppraisal;
  }

  async function vote(
    appraisal: Appraisal,
    subject: number,
    group: number,
    counts: [number, number, number],
    client = city,
  ): Promise<Appraisal> {
    const [satisfied, basicallySatisfied, unsatisfied] = counts;
    return (
      await client.ok<{ recordAppraisalVotes: Appraisal }>(VOTE, {
        appraisalId: appraisal.id,
        subjectId: appraisal.subjects[subject]!.id,
        groupId: appraisal.groups[group]!.id,
        votes: { satisfied, basicallySatisfied, unsatisfied },
      })
    ).recordAppraisalVotes;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 1);
    const [first, second] = tree.counties as [string, string];
    city = await platform.as(tree.city);
    county = await platform.as(first);
    sibling = await platform.as(second);
    countyUnit = await platform.as(`${first}-gov`);
    court = await unitOf(city, tree.city, 'court');
    countyGov = await unitOf(county, first, 'gov');
  });
  afterAll(() => platform.close());

  it('runs a 履职评议 of three judges by two groups: results per group, overall, a ranking, a re-report on the ledger', async () => {
    let appraisal = await create(city, court, '2026年度员额法官履职评议');
    expect(appraisal).toMatchObject({ status: 'DRAFT', heldOn: today, reReportBy: null });
    expect(appraisal.subjects.map((s) => s.name)).toEqual(['张三', '李四', '王五']);
    expect(appraisal.groups.map((g) => g.name)).toEqual(['常委会组成人员', '人大代表']);

    // 张三: satisfied in both groups.
    appraisal = await vote(appraisal, 0, 0, [25, 3, 2]);
    expect(appraisal.status).toBe('VOTING');
    appraisal = await vote(appraisal, 0, 1, [40, 8, 2]);
    // 李四: basically satisfied by the members, satisfied by the deputies (26 of 50 is more than half).
    appraisal = await vote(appraisal, 1, 0, [10, 12, 8]);
    appraisal = await vote(appraisal, 1, 1, [26, 10, 14]);
    // 王五: unsatisfied by both.
    appraisal = await vote(appraisal, 2, 0, [5, 5, 20]);

    // Not decided while a group has not voted on a subject.
    const early = await refused(
      city,
      DECIDE,
      { appraisalId: appraisal.id, reReportBy: addCalendarDays(today, 30) },
      'CONFLICT',
    );
    expect(early.extensions?.['reason']).toBe('VOTES_MISSING');
    expect(appraisal.subjects[2]).toMatchObject({ result: null, rank: null, failing: false });

    appraisal = await vote(appraisal, 2, 1, [10, 10, 30]);
    const [zhang, li, wang] = appraisal.subjects as [Subject, Subject, Subject];
    expect(zhang.votes.map((v) => [v.groupName, v.result])).toEqual([
      ['常委会组成人员', 'SATISFIED'],
      ['人大代表', 'SATISFIED'],
    ]);
    expect(li.votes.map((v) => [v.groupName, v.result])).toEqual([
      ['常委会组成人员', 'BASICALLY_SATISFIED'],
      ['人大代表', 'SATISFIED'],
    ]);
    // Overall against all 80 eligible: 36 satisfied is not more than half; 36 + 22 is.
    expect(li).toMatchObject({ eligible: 80, satisfied: 36, result: 'BASICALLY_SATISFIED', failing: false });
    expect(zhang).toMatchObject({ result: 'SATISFIED', rank: 1 });
    expect(wang).toMatchObject({ result: 'UNSATISFIED', failing: true, rank: 3 });
    expect(appraisal.ranking.map((s) => [s.name, s.rank])).toEqual([
      ['张三', 1],
      ['李四', 2],
      ['王五', 3],
    ]);

    const reReportBy = addCalendarDays(today, 30);
    appraisal = (
      await city.ok<{ decideAppraisal: Appraisal }>(DECIDE, { appraisalId: appraisal.id, reReportBy })
    ).decideAppraisal;
    expect(appraisal).toMatchObject({ status: 'DECIDED', reReportBy });
    const failing = appraisal.subjects[2]!;
    expect(appraisal.subjects[0]!.reReportItemId).toBeNull();
    expect(appraisal.subjects[1]!.reReportItemId).toBeNull();
    expect(failing.reReportItem).toMatchObject({
      id: failing.reReportItemId,
      kind: 'APPRAISAL_RE_REPORT',
      status: 'ISSUED',
      deadline: endOfShanghaiDay(reReportBy).toISOString(),
    });
    expect(failing.reReportItem!.title).toContain('王五');

    const ledger = async () =>
      (
        await city.ok<{
          ledger: { edges: Array<{ node: { id: string; status: string; deadline: string } }> };
        }>(LEDGER, { filter: { kinds: ['APPRAISAL_RE_REPORT'] } })
      ).ledger.edges.map((edge) => edge.node);
    expect(await ledger()).toEqual([
      expect.objectContaining({
        id: failing.reReportItemId,
        status: 'ISSUED',
        deadline: failing.reReportItem!.deadline,
      }),
    ]);

    // Nothing changes a decided appraisal.
    const late = await refused(
      city,
      VOTE,
      {
        appraisalId: appraisal.id,
        subjectId: failing.id,
        groupId: appraisal.groups[0]!.id,
        votes: { satisfied: 1, basicallySatisfied: 0, unsatisfied: 0 },
      },
      'CONFLICT',
    );
    expect(late.extensions?.['reason']).toBe('APPRAISAL_DECIDED');
    await refused(city, DECIDE, { appraisalId: appraisal.id, reReportBy }, 'CONFLICT');

    // Only a failing subject re-reports; the re-report closes its ledger item, once.
    const none = await refused(
      city,
      RE_REPORT,
      { subjectId: appraisal.subjects[0]!.id, summary: '无' },
      'CONFLICT',
    );
    expect(none.extensions?.['reason']).toBe('NO_RE_REPORT_DUE');
    const reported = (
      await city.ok<{ recordAppraisalReReport: Appraisal }>(RE_REPORT, {
        subjectId: failing.id,
        summary: '王五同志已就评议意见逐项整改并向常委会再报告',
      })
    ).recordAppraisalReReport;
    expect(reported.subjects[2]).toMatchObject({
      reReportSummary: '王五同志已就评议意见逐项整改并向常委会再报告',
      reReportItem: { status: 'CLOSED' },
    });
    expect(await ledger()).toEqual([
      expect.objectContaining({ id: failing.reReportItemId, status: 'CLOSED' }),
    ]);
    const again = await refused(city, RE_REPORT, { subjectId: failing.id, summary: '再次' }, 'CONFLICT');
    expect(again.extensions?.['reason']).toBe('RE_REPORT_ALREADY_RECORDED');

    const listed = await city.ok<{ appraisals: Array<{ id: string }> }>(LIST, {
      filter: { year: Number(today.slice(0, 4)), kind: 'PERFORMANCE' },
    });
    expect(listed.appraisals.map((a) => a.id)).toContain(appraisal.id);
    const otherKind = await city.ok<{ appraisals: Array<{ id: string }> }>(LIST, {
      filter: { kind: 'WORK' },
    });
    expect(otherKind.appraisals.map((a) => a.id)).not.toContain(appraisal.id);
  });

  it('names bad input', async () => {
    const bad = await refused(
      city,
      CREATE,
      {
        input: {
          title: ' ',
          kind: 'PERFORMANCE',
          scheme: 'THREE_GRADE',
          heldOn: '2026-02-30',
          subjects: [{ kind: 'PERSON', name: '赵六', departmentId: court }],
          groups: [{ name: '人大代表', kind: 'DEPUTIES', eligible: 0 }],
        },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(bad).sort()).toEqual(
      ['input.groups.0.eligible', 'input.heldOn', 'input.subjects.0.post', 'input.title'].sort(),
    );
    const empty = await refused(
      city,
      CREATE,
      {
        input: { title: '评议', kind: 'WORK', scheme: 'BINARY', heldOn: today, subjects: [], groups: GROUPS },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(empty)).toEqual(['input.subjects']);
    const foreignUnit = await refused(
      city,
      CREATE,
      {
        input: {
          title: '评议',
          kind: 'WORK',
          scheme: 'BINARY',
          heldOn: today,
          subjects: [{ kind: 'UNIT', name: '县政府', departmentId: countyGov }],
          groups: GROUPS,
        },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(foreignUnit)).toEqual(['input.subjects.0.departmentId']);

    const appraisal = await create(city, court, '输入校验用评议');
    const tooMany = await refused(
      city,
      VOTE,
      {
        appraisalId: appraisal.id,
        subjectId: appraisal.subjects[0]!.id,
        groupId: appraisal.groups[0]!.id,
        votes: { satisfied: 20, basicallySatisfied: 10, unsatisfied: 5 },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(tooMany)).toEqual(['votes']);
    const other = await create(city, court, '另一次评议');
    const wrongSubject = await refused(
      city,
      VOTE,
      {
        appraisalId: appraisal.id,
        subjectId: other.subjects[0]!.id,
        groupId: appraisal.groups[0]!.id,
        votes: { satisfied: 1, basicallySatisfied: 0, unsatisfied: 0 },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(wrongSubject)).toEqual(['subjectId']);
    await vote(appraisal, 0, 0, [1, 0, 0]);
    const twice = await refused(
      city,
      VOTE,
      {
        appraisalId: appraisal.id,
        subjectId: appraisal.subjects[0]!.id,
        groupId: appraisal.groups[0]!.id,
        votes: { satisfied: 1, basicallySatisfied: 0, unsatisfied: 0 },
      },
      'CONFLICT',
    );
    expect(twice.extensions?.['reason']).toBe('VOTES_ALREADY_RECORDED');
    const past = await refused(
      city,
      DECIDE,
      { appraisalId: appraisal.id, reReportBy: addCalendarDays(today, -1) },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(past)).toEqual(['reReportBy']);
    const notADay = await refused(
      city,
      DECIDE,
      { appraisalId: appraisal.id, reReportBy: 'soon' },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(notADay)).toEqual(['reReportBy']);
  });

  it('tiers above read down, only the own tenant changes it; tiers below and siblings never read', async () => {
    const cityAppraisal = await create(city, court, '市级评议');
    const countyAppraisal = await create(county, countyGov, '县级评议');

    // The county never reads the city's, the sibling never reads the county's.
    await refused(county, ONE, { id: cityAppraisal.id }, 'NOT_FOUND');
    await refused(sibling, ONE, { id: countyAppraisal.id }, 'NOT_FOUND');
    const countyList = await county.ok<{ appraisals: Array<{ id: string }> }>(LIST, {});
    expect(countyList.appraisals.map((a) => a.id)).toContain(countyAppraisal.id);
    expect(countyList.appraisals.map((a) => a.id)).not.toContain(cityAppraisal.id);
    const siblingList = await sibling.ok<{ appraisals: Array<{ id: string }> }>(LIST, {});
    expect(siblingList.appraisals.map((a) => a.id)).not.toContain(countyAppraisal.id);
    await refused(
      sibling,
      VOTE,
      {
        appraisalId: countyAppraisal.id,
        subjectId: countyAppraisal.subjects[0]!.id,
        groupId: countyAppraisal.groups[0]!.id,
        votes: { satisfied: 1, basicallySatisfied: 0, unsatisfied: 0 },
      },
      'NOT_FOUND',
    );
    await refused(
      county,
      DECIDE,
      { appraisalId: cityAppraisal.id, reReportBy: addCalendarDays(today, 30) },
      'NOT_FOUND',
    );

    // The city reads the county's, but does not vote on it.
    const read = await city.ok<{ appraisal: Appraisal }>(ONE, { id: countyAppraisal.id });
    expect(read.appraisal.subjects).toHaveLength(3);
    const cityList = await city.ok<{ appraisals: Array<{ id: string }> }>(LIST, {});
    expect(cityList.appraisals.map((a) => a.id)).toEqual(
      expect.arrayContaining([cityAppraisal.id, countyAppraisal.id]),
    );
    const notOwn = await refused(
      city,
      VOTE,
      {
        appraisalId: countyAppraisal.id,
        subjectId: countyAppraisal.subjects[0]!.id,
        groupId: countyAppraisal.groups[0]!.id,
        votes: { satisfied: 1, basicallySatisfied: 0, unsatisfied: 0 },
      },
      'FORBIDDEN',
    );
    expect(notOwn.extensions?.['reason']).toBe('APPRAISAL_NOT_OWN');

    // A unit's account neither creates nor reads appraisals.
    await refused(
      countyUnit,
      CREATE,
      {
        input: {
          title: '单位不能组织评议',
          kind: 'WORK',
          scheme: 'BINARY',
          heldOn: today,
          subjects: judges(countyGov),
          groups: GROUPS,
        },
      },
      'FORBIDDEN',
    );
    await refused(countyUnit, ONE, { id: countyAppraisal.id }, 'NOT_FOUND');
    expect((await countyUnit.ok<{ appraisals: unknown[] }>(LIST, {})).appraisals).toEqual([]);
  });
});
