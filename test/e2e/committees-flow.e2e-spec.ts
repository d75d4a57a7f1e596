import { randomInt } from 'node:crypto';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  findingInput,
  GraphqlError,
  HAND_OFF,
  Platform,
  projectInput,
  PUBLISH,
  refused,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
  unknownId,
} from '@liandong/testing-system';
import { addDays } from './dates';

const PROJECT = 'id title leadCommittee { id code name coordinates tenant { code } }';
const CREATE = `mutation ($input: JointProjectInput!) { createJointProject(input: $input) { ${PROJECT} } }`;
const SET_LEAD = `mutation ($projectId: ID!, $committeeId: ID) {
  setLeadCommittee(projectId: $projectId, committeeId: $committeeId) { ${PROJECT} } }`;
const PROJECTS = `query ($year: Int) { jointProjects(year: $year) { ${PROJECT} } }`;
const PROJECT_BY_ID = `query ($id: ID!) { jointProject(id: $id) { ${PROJECT} } }`;
const FINDINGS = 'query ($first: Int) { findings(first: $first) { edges { node { id } } } }';
const MY_ASSIGNMENTS = 'query { myAssignments { id project { id leadCommittee { code tenant { code } } } } }';
const ASSIGNMENT = 'query ($id: ID!) { assignment(id: $id) { id project { id } } }';
const REVISE = `mutation ($id: ID!, $unifications: FiveUnificationsInput!, $note: String!) {
  reviseJointProject(id: $id, unifications: $unifications, note: $note) { id version } }`;
const PRESS =
  'mutation ($committeeId: ID!, $message: String!) { pressCommittee(committeeId: $committeeId, message: $message) }';
const NOTIFICATIONS = 'query { notifications { id kind message read } unreadNotifications }';
const MARK_READ = 'mutation ($id: ID!) { markNotificationRead(id: $id) { id read } }';
const CREATE_PLAN = `mutation ($input: AnnualPlanInput!) { createAnnualPlan(input: $input) {
  id items { id title isJoint leadCommittee { id code } } } }`;
const ADOPT_PLAN = 'mutation ($id: ID!) { adoptAnnualPlan(id: $id) { id status } }';
const FROM_ITEM = `mutation ($planItemId: ID!, $unifications: FiveUnificationsInput!) {
  createJointProjectFromItem(planItemId: $planItemId, unifications: $unifications) { ${PROJECT} } }`;
const PROGRESS = `query ($scope: ID, $groupBy: [ProgressDimension!]) {
  progress(scopeTenantId: $scope, groupBy: $groupBy) {
    committee { id code } tenant { id } projects findings handedOver closed overdue closureRate handoffs handoffsClosed } }`;

interface Project {
  id: string;
  title: string;
  leadCommittee: {
    id: string;
    code: string;
    name: string;
    coordinates: boolean;
    tenant: { code: string };
  } | null;
}

interface Published {
  id: string;
  tenant: { id: string; code: string };
}

const CITY = '4103';
/** A county of the demo tree (新安县) and its committee's staff account. */
const COUNTY = '410323';

/** The fields and reasons a BAD_USER_INPUT refusal names. */
function problems(error: GraphqlError): Array<{ field: string; reason: string }> {
  const fields = (error.extensions?.['fields'] ?? []) as Array<{ field: string; reason: string }>;
  return fields.map(({ field, reason }) => ({ field, reason }));
}

/** A caller's view of the projects among `ids`, by id. */
function seen(projects: Project[], ids: string[]): string[] {
  return projects.filter((project) => ids.includes(project.id)).map((project) => project.id);
}

/**
 * The committees' side of the supervision flow, over HTTP as the demo's staff: each committee's staff see the
 * projects their committee (or its counterpart above) leads and nothing else; the coordination office (统筹办)
 * sees all and presses a committee, whose staff are notified.
 */
describe('committees in the supervision flow', () => {
  let platform: Platform;
  let city: GraphqlClient;
  let tongchou: GraphqlClient;
  let caijing: GraphqlClient;
  let jiaoke: GraphqlClient;
  let county: GraphqlClient;
  let countyCaijing: GraphqlClient;
  let committees: Record<string, string>;
  let ledByCaijing: Project;
  let ledByJiaoke: Project;
  let unled: Project;
  let countyAssignments: Record<string, string>;

  /** A committee's id by `<tenant code>-<committee code>`, read as the system. */
  async function committeeId(tenantCode: string, code: string): Promise<string> {
    const [row] = (await platform.dataSource.query(
      `SELECT c.id FROM committee c JOIN tenant t ON t.id = c.tenant_id WHERE t.code = $1 AND c.code = $2`,
      [tenantCode, code],
    )) as Array<{ id: string }>;
    if (!row) {
      throw new Error(`no committee ${code} at ${tenantCode}`);
    }
    return row.id;
  }

  /** A staff account of a committee with `role`, sharing the demo password; its username. */
  async function staffAccount(tenantCode: string, code: string, role: string): Promise<string> {
    const username = `${tenantCode}-${code}-${role.toLowerCase()}-${randomInt(1e9)}`;
    await platform.dataSource.query(
      `INSERT INTO account (username, display_name, password_hash, tenant_id, tenant_path, roles, committee_id)
       SELECT $1, '测试委室工作人员', a.password_hash, t.id, t.path, ARRAY[$2]::text[], $3
         FROM tenant t JOIN account a ON a.username = t.code WHERE t.code = $4`,
      [username, role, await committeeId(tenantCode, code), tenantCode],
    );
    return username;
  }

  async function create(client: GraphqlClient, input: Record<string, unknown>): Promise<Project> {
    return (await client.ok<{ createJointProject: Project }>(CREATE, { input })).createJointProject;
  }

  async function publishToCounty(projectId: string): Promise<string> {
    const published = await city.ok<{ publishJointProject: Published[] }>(PUBLISH, {
      id: projectId,
      targets: { tenantIds: [await tenantId(city, COUNTY)], includeDescendants: false },
    });
    const [assignment] = published.publishJointProject;
    if (!assignment) {
      throw new Error('published to no one');
    }
    return assignment.id;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    [city, tongchou, caijing, jiaoke, county, countyCaijing] = await Promise.all(
      [CITY, `${CITY}-tongchou`, `${CITY}-caijing`, `${CITY}-jiaokewenwei`, COUNTY, `${COUNTY}-caijing`].map(
        (username) => platform.as(username),
      ),
    );
    committees = {
      caijing: await committeeId(CITY, 'caijing'),
      jiaokewenwei: await committeeId(CITY, 'jiaokewenwei'),
      tongchou: await committeeId(CITY, 'tongchou'),
      countyCaijing: await committeeId(COUNTY, 'caijing'),
    };
    ledByCaijing = await create(city, projectInput({ leadCommitteeId: committees['caijing'] }));
    ledByJiaoke = await create(city, projectInput({ title: `高中教育提质增效 ${randomInt(1e9)}` }));
    ledByJiaoke = (
      await city.ok<{ setLeadCommittee: Project }>(SET_LEAD, {
        projectId: ledByJiaoke.id,
        committeeId: committees['jiaokewenwei'],
      })
    ).setLeadCommittee;
    unled = await create(city, projectInput({ title: `无牵头委室的项目 ${randomInt(1e9)}` }));
    countyAssignments = {
      caijing: await publishToCounty(ledByCaijing.id),
      jiaoke: await publishToCounty(ledByJiaoke.id),
      unled: await publishToCounty(unled.id),
    };
  });
  afterAll(() => platform.close());

  describe('the lead committee', () => {
    it('is given on creation and named on the project, with its tenant', () => {
      expect(ledByCaijing.leadCommittee).toMatchObject({
        id: committees['caijing'],
        code: 'caijing',
        name: '财政经济委员会',
        coordinates: false,
        tenant: { code: CITY },
      });
      expect(ledByJiaoke.leadCommittee).toMatchObject({ code: 'jiaokewenwei', tenant: { code: CITY } });
      expect(unled.leadCommittee).toBeNull();
    });

    it('can be changed and cleared by the issuer', async () => {
      const project = await create(city, projectInput());
      const set = await city.ok<{ setLeadCommittee: Project }>(SET_LEAD, {
        projectId: project.id,
        committeeId: committees['caijing'],
      });
      expect(set.setLeadCommittee.leadCommittee?.code).toBe('caijing');
      const cleared = await city.ok<{ setLeadCommittee: Project }>(SET_LEAD, {
        projectId: project.id,
        committeeId: null,
      });
      expect(cleared.setLeadCommittee.leadCommittee).toBeNull();
      const read = await city.ok<{ jointProject: Project }>(PROJECT_BY_ID, { id: project.id });
      expect(read.jointProject.leadCommittee).toBeNull();
    });

    it('must be an active committee of the issuer’s own office', async () => {
      const project = await create(city, projectInput());
      for (const committeeId of [committees['countyCaijing'], unknownId()]) {
        const error = await refused(city, SET_LEAD, { projectId: project.id, committeeId }, 'BAD_USER_INPUT');
        expect(problems(error)).toEqual([{ field: 'committeeId', reason: 'COMMITTEE_UNKNOWN' }]);
      }
      const onCreate = await refused(
        city,
        CREATE,
        { input: projectInput({ leadCommitteeId: committees['countyCaijing'] }) },
        'BAD_USER_INPUT',
      );
      expect(problems(onCreate)).toEqual([{ field: 'leadCommitteeId', reason: 'COMMITTEE_UNKNOWN' }]);
    });

    it('is named only by the issuer', async () => {
      // The county sees the project (it is assigned there) but did not issue it.
      const error = await refused(
        county,
        SET_LEAD,
        { projectId: ledByCaijing.id, committeeId: committees['countyCaijing'] },
        'FORBIDDEN',
      );
      expect(error.extensions?.['reason']).toBe('NOT_PROJECT_ISSUER');
    });

    it('goes with an annual-plan item to the joint project made of it', async () => {
      const plan = await city.ok<{
        createAnnualPlan: {
          id: string;
          items: Array<{ id: string; leadCommittee: { id: string; code: string } | null }>;
        };
      }>(CREATE_PLAN, {
        input: {
          year: 2023,
          title: `年度监督工作计划 ${randomInt(1e9)}`,
          items: [
            {
              title: `优化营商环境 ${randomInt(1e9)}`,
              isKey: true,
              isJoint: true,
              leadCommitteeId: committees['caijing'],
            },
            { title: `听取专项工作报告 ${randomInt(1e9)}`, isKey: false, isJoint: false },
          ],
        },
      });
      const [joint, ordinary] = plan.createAnnualPlan.items;
      expect(joint?.leadCommittee).toEqual({ id: committees['caijing'], code: 'caijing' });
      expect(ordinary?.leadCommittee).toBeNull();
      await city.ok(ADOPT_PLAN, { id: plan.createAnnualPlan.id });
      const made = await city.ok<{ createJointProjectFromItem: Project }>(FROM_ITEM, {
        planItemId: joint?.id,
        unifications: projectInput()['unifications'],
      });
      expect(made.createJointProjectFromItem.leadCommittee?.id).toBe(committees['caijing']);
    });

    it('refuses an item led by a committee of another office, naming the item', async () => {
      const error = await refused(
        city,
        CREATE_PLAN,
        {
          input: {
            year: 2023,
            title: `年度监督工作计划 ${randomInt(1e9)}`,
            items: [
              { title: '一', isKey: true, isJoint: true },
              { title: '二', isKey: true, isJoint: true, leadCommitteeId: committees['countyCaijing'] },
            ],
          },
        },
        'BAD_USER_INPUT',
      );
      expect(problems(error)).toEqual([
        { field: 'input.items.1.leadCommitteeId', reason: 'COMMITTEE_UNKNOWN' },
      ]);
    });
  });

  describe('what a committee’s staff see', () => {
    const ids = (): string[] => [ledByCaijing.id, ledByJiaoke.id, unled.id];

    it('the 财经委 sees the projects it leads, not another committee’s nor those without a lead', async () => {
      const listed = await caijing.ok<{ jointProjects: Project[] }>(PROJECTS, { year: 2023 });
      expect(seen(listed.jointProjects, ids())).toEqual([ledByCaijing.id]);
      expect(listed.jointProjects.every((project) => project.leadCommittee?.code === 'caijing')).toBe(true);
      const one = await caijing.ok<{ jointProject: Project }>(PROJECT_BY_ID, { id: ledByCaijing.id });
      expect(one.jointProject.id).toBe(ledByCaijing.id);
      for (const id of [ledByJiaoke.id, unled.id]) {
        await refused(caijing, PROJECT_BY_ID, { id }, 'NOT_FOUND');
      }
    });

    it('the 教科文卫委 sees its own and not the 财经委’s', async () => {
      const listed = await jiaoke.ok<{ jointProjects: Project[] }>(PROJECTS, { year: 2023 });
      expect(seen(listed.jointProjects, ids())).toEqual([ledByJiaoke.id]);
      await refused(jiaoke, PROJECT_BY_ID, { id: ledByCaijing.id }, 'NOT_FOUND');
    });

    it('the 统筹办 and an account outside any committee see them all', async () => {
      for (const client of [tongchou, city]) {
        const listed = await client.ok<{ jointProjects: Project[] }>(PROJECTS, { year: 2023 });
        expect(seen(listed.jointProjects, ids()).sort()).toEqual([...ids()].sort());
      }
    });

    it('the county’s 财经委 works the assignment of a project the city’s 财经委 leads', async () => {
      const mine = await countyCaijing.ok<{
        myAssignments: Array<{
          id: string;
          project: { id: string; leadCommittee: { code: string; tenant: { code: string } } | null };
        }>;
      }>(MY_ASSIGNMENTS);
      const assigned = mine.myAssignments.map((assignment) => assignment.id);
      expect(assigned).toContain(countyAssignments['caijing']);
      expect(assigned).not.toContain(countyAssignments['jiaoke']);
      expect(assigned).not.toContain(countyAssignments['unled']);
      expect(
        mine.myAssignments.find((a) => a.id === countyAssignments['caijing'])?.project.leadCommittee,
      ).toEqual({
        code: 'caijing',
        tenant: { code: CITY },
      });
      await countyCaijing.ok(ASSIGNMENT, { id: countyAssignments['caijing'] });
      await refused(countyCaijing, ASSIGNMENT, { id: countyAssignments['jiaoke'] }, 'NOT_FOUND');
      const listed = await countyCaijing.ok<{ jointProjects: Project[] }>(PROJECTS, { year: 2023 });
      expect(seen(listed.jointProjects, ids())).toEqual([ledByCaijing.id]);
      // The county's coordinator (no committee) has all three.
      const all = await county.ok<{ myAssignments: Array<{ id: string }> }>(MY_ASSIGNMENTS);
      expect(all.myAssignments.map((a) => a.id)).toEqual(
        expect.arrayContaining(Object.values(countyAssignments)),
      );
    });

    it('acts only on its committee’s projects: others are not found', async () => {
      // Committee staff who may manage plans, at the city and at the county.
      const cityStaff = await platform.as(await staffAccount(CITY, 'caijing', 'COORDINATOR'));
      const countyStaff = await platform.as(await staffAccount(COUNTY, 'caijing', 'COORDINATOR'));
      const unifications = projectInput()['unifications'];
      await refused(cityStaff, REVISE, { id: ledByJiaoke.id, unifications, note: '调整' }, 'NOT_FOUND');
      await refused(
        cityStaff,
        PUBLISH,
        {
          id: ledByJiaoke.id,
          targets: { tenantIds: [await tenantId(city, COUNTY)], includeDescendants: false },
        },
        'NOT_FOUND',
      );
      await refused(countyStaff, ACKNOWLEDGE, { id: countyAssignments['jiaoke'] }, 'NOT_FOUND');
      await countyStaff.ok(ACKNOWLEDGE, { id: countyAssignments['caijing'] });
      // Reporting findings goes through the same assignment lookup.
      await county.ok(ACKNOWLEDGE, { id: countyAssignments['jiaoke'] });
      await refused(
        countyCaijing,
        SUBMIT,
        { assignmentId: countyAssignments['jiaoke'], findings: [findingInput()] },
        'NOT_FOUND',
      );
      const reported = await countyCaijing.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
        assignmentId: countyAssignments['caijing'],
        findings: [findingInput()],
      });
      expect(reported.submitFindings).toHaveLength(1);

      // Lists narrow too: the county's 财经委 sees its project's finding, not one of the 教科文卫委's project.
      const other = await county.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
        assignmentId: countyAssignments['jiaoke'],
        findings: [findingInput()],
      });
      const listed = async (client: GraphqlClient): Promise<string[]> =>
        (
          await client.ok<{ findings: { edges: Array<{ node: { id: string } }> } }>(FINDINGS, {
            first: 100,
          })
        ).findings.edges.map((edge) => edge.node.id);
      const staffSees = await listed(countyCaijing);
      expect(staffSees).toContain(reported.submitFindings[0]?.id);
      expect(staffSees).not.toContain(other.submitFindings[0]?.id);
      expect(await listed(county)).toEqual(
        expect.arrayContaining([reported.submitFindings[0]?.id, other.submitFindings[0]?.id]),
      );
    });

    it('a committee’s staff lead what they create, and may not name another committee', async () => {
      const cityStaff = await platform.as(await staffAccount(CITY, 'caijing', 'COORDINATOR'));
      const own = await create(cityStaff, projectInput());
      expect(own.leadCommittee?.id).toBe(committees['caijing']);
      const error = await refused(
        cityStaff,
        CREATE,
        { input: projectInput({ leadCommitteeId: committees['jiaokewenwei'] }) },
        'FORBIDDEN',
      );
      expect(error.extensions?.['reason']).toBe('COMMITTEE_NOT_YOURS');
      const handOver = await refused(
        cityStaff,
        SET_LEAD,
        { projectId: own.id, committeeId: committees['jiaokewenwei'] },
        'FORBIDDEN',
      );
      expect(handOver.extensions?.['reason']).toBe('COMMITTEE_NOT_YOURS');
      // The 统筹办 names any committee of its office.
      const tongchouStaff = await platform.as(await staffAccount(CITY, 'tongchou', 'COORDINATOR'));
      const named = await create(
        tongchouStaff,
        projectInput({ leadCommitteeId: committees['jiaokewenwei'] }),
      );
      expect(named.leadCommittee?.code).toBe('jiaokewenwei');
    });
  });

  describe('the 统筹办 presses a committee', () => {
    const message = `请于本周内报送优化营商环境项目问题清单 ${randomInt(1e9)}`;

    it('notifies that committee’s staff, naming who pressed and why', async () => {
      const pressed = await tongchou.ok<{ pressCommittee: boolean }>(PRESS, {
        committeeId: committees['caijing'],
        message,
      });
      expect(pressed.pressCommittee).toBe(true);
      const inbox = await caijing.ok<{
        notifications: Array<{ id: string; kind: string; message: string; read: boolean }>;
        unreadNotifications: number;
      }>(NOTIFICATIONS);
      const notice = inbox.notifications.find((n) => n.message.includes(message));
      expect(notice).toMatchObject({ kind: 'COMMITTEE_PRESSED', read: false });
      expect(notice?.message).toContain('统筹办');
      expect(notice?.message).toContain('财政经济委员会');
      expect(inbox.unreadNotifications).toBeGreaterThanOrEqual(1);
      // Nobody else in the office gets it, and nobody else can mark it read.
      for (const other of [jiaoke, city, tongchou]) {
        const theirs = await other.ok<{ notifications: Array<{ message: string }> }>(NOTIFICATIONS);
        expect(theirs.notifications.some((n) => n.message.includes(message))).toBe(false);
        await refused(other, MARK_READ, { id: notice?.id }, 'NOT_FOUND');
      }
      const read = await caijing.ok<{ markNotificationRead: { read: boolean } }>(MARK_READ, {
        id: notice?.id,
      });
      expect(read.markNotificationRead.read).toBe(true);
    });

    it('is for the 统筹办 or a coordinator outside any committee, of the committee’s own office', async () => {
      await city.ok(PRESS, { committeeId: committees['jiaokewenwei'], message: '请加快进度' });
      for (const client of [caijing, countyCaijing]) {
        const error = await refused(
          client,
          PRESS,
          { committeeId: committees['caijing'], message },
          'FORBIDDEN',
        );
        expect(error.extensions?.['reason']).toBe('NOT_COORDINATION_OFFICE');
      }
      // The county's coordinator cannot reach the city's committee, nor anyone an unknown one.
      await refused(county, PRESS, { committeeId: committees['caijing'], message }, 'NOT_FOUND');
      await refused(tongchou, PRESS, { committeeId: unknownId(), message }, 'NOT_FOUND');
    });

    it('needs a message of 1–500 characters', async () => {
      const empty = await refused(
        tongchou,
        PRESS,
        { committeeId: committees['caijing'], message: '   ' },
        'BAD_USER_INPUT',
      );
      expect(problems(empty)).toEqual([{ field: 'message', reason: 'REASON_REQUIRED' }]);
      const long = await refused(
        tongchou,
        PRESS,
        { committeeId: committees['caijing'], message: '催'.repeat(501) },
        'BAD_USER_INPUT',
      );
      expect(problems(long)).toEqual([{ field: 'message', reason: 'TEXT_TOO_LONG' }]);
      await tongchou.ok(PRESS, { committeeId: committees['caijing'], message: '催'.repeat(500) });
    });
  });
});

type Figures = {
  projects: number;
  findings: number;
  handedOver: number;
  closed: number;
  overdue: number;
  closureRate: number;
  handoffs: number;
  handoffsClosed: number;
};

interface ProgressRow extends Figures {
  committee: { id: string; code: string } | null;
  tenant: { id: string } | null;
}

/**
 * progress(groupBy: [COMMITTEE]) against a direct count, on a fresh tree no other test touches: projects led
 * by the 财经委, the 教科文卫委 and none, with findings at the city, the counties and a township.
 */
describe('progress by lead committee', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let cityId: string;
  let countyId: string;

  /**
   * The oracle: per finding of the scope's subtree (walked through tenant.parent_id), neither merged nor
   * dismissed, keyed by its project's lead committee; `projects` counts the distinct projects assigned in the
   * scope; with `code`, only projects led by a committee of that code.
   */
  async function oracle(
    scope: string,
    code: string | null,
  ): Promise<Array<Figures & { committee: string | null }>> {
    const subtree = `WITH RECURSIVE subtree (tenant_id) AS (
        SELECT id FROM tenant WHERE id = $1
        UNION ALL SELECT child.id FROM tenant child JOIN subtree ON child.parent_id = subtree.tenant_id)`;
    const led = `($2::text IS NULL OR EXISTS (
        SELECT 1 FROM committee c WHERE c.id = p.lead_committee_id AND c.code = $2::text))`;
    const findings: Array<Record<string, number | string | null>> = await platform.dataSource.query(
      `${subtree}
       SELECT p.lead_committee_id::text AS committee,
              count(*)::int AS findings,
              count(*) FILTER (WHERE f.status IN ('HANDED_OVER', 'RECTIFYING', 'CLOSED'))::int AS "handedOver",
              count(*) FILTER (WHERE f.status = 'CLOSED')::int AS closed,
              count(*) FILTER (WHERE f.status IN ('HANDED_OVER', 'RECTIFYING') AND h.deadline < now())::int AS overdue,
              count(DISTINCT h.id)::int AS handoffs,
              count(DISTINCT h.id) FILTER (WHERE h.status = 'CLOSED')::int AS "handoffsClosed"
         FROM finding f
         JOIN subtree s ON s.tenant_id = f.tenant_id
         JOIN joint_project p ON p.id = f.project_id
         LEFT JOIN handoff h ON h.id = f.handoff_id
        WHERE f.status NOT IN ('MERGED', 'DISMISSED') AND ${led}
        GROUP BY p.lead_committee_id`,
      [scope, code],
    );
    const projects: Array<{ committee: string | null; projects: number }> = await platform.dataSource.query(
      `${subtree}
       SELECT p.lead_committee_id::text AS committee, count(DISTINCT a.project_id)::int AS projects
         FROM assignment a
         JOIN subtree s ON s.tenant_id = a.tenant_id
         JOIN joint_project p ON p.id = a.project_id
        WHERE ${led}
        GROUP BY p.lead_committee_id`,
      [scope, code],
    );
    const keys = new Set([
      ...findings.map((row) => row['committee']),
      ...projects.map((row) => row.committee),
    ]);
    return [...keys]
      .map((committee) => {
        const row = findings.find((candidate) => candidate['committee'] === committee);
        const handedOver = Number(row?.['handedOver'] ?? 0);
        const closed = Number(row?.['closed'] ?? 0);
        return {
          committee: committee as string | null,
          projects: projects.find((candidate) => candidate.committee === committee)?.projects ?? 0,
          findings: Number(row?.['findings'] ?? 0),
          handedOver,
          closed,
          overdue: Number(row?.['overdue'] ?? 0),
          closureRate: handedOver === 0 ? 0 : closed / handedOver,
          handoffs: Number(row?.['handoffs'] ?? 0),
          handoffsClosed: Number(row?.['handoffsClosed'] ?? 0),
        };
      })
      .sort((a, b) => String(a.committee).localeCompare(String(b.committee)));
  }

  async function progressByCommittee(
    client: GraphqlClient,
    scope?: string,
  ): Promise<Array<Figures & { committee: string | null }>> {
    const data = await client.ok<{ progress: ProgressRow[] }>(PROGRESS, { scope, groupBy: ['COMMITTEE'] });
    return data.progress
      .map(({ committee, tenant: _tenant, ...figures }) => ({ committee: committee?.id ?? null, ...figures }))
      .sort((a, b) => String(a.committee).localeCompare(String(b.committee)));
  }

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 1);
    const [k1, k2] = tree.counties as [string, string];
    const [t11] = tree.townships[k1] as [string];
    city = await platform.as(tree.city);
    cityId = await tenantId(city, tree.city);
    countyId = await tenantId(city, k1);
    const lead = async (code: string): Promise<string> => {
      const [row] = (await platform.dataSource.query(
        `SELECT c.id FROM committee c JOIN tenant t ON t.id = c.tenant_id WHERE t.code = $1 AND c.code = $2`,
        [tree.city, code],
      )) as Array<{ id: string }>;
      return row?.id as string;
    };
    const targets = { tenantIds: [cityId], includeDescendants: true };
    const publish = async (leadCommitteeId: string | null): Promise<Published[]> => {
      const project = (
        await city.ok<{ createJointProject: Project }>(CREATE, { input: projectInput({ leadCommitteeId }) })
      ).createJointProject;
      return (await city.ok<{ publishJointProject: Published[] }>(PUBLISH, { id: project.id, targets }))
        .publishJointProject;
    };
    const caijingProject = await publish(await lead('caijing'));
    const jiaokeProject = await publish(await lead('jiaokewenwei'));
    const unledProject = await publish(null);
    // A fourth project, led by the 财经委, has no findings: it still counts among the projects.
    await publish(await lead('caijing'));
    const report = async (published: Published[], code: string, count: number): Promise<string[]> => {
      const assignment = published.find((a) => a.tenant.code === code);
      const client = await platform.as(code);
      await client.ok(ACKNOWLEDGE, { id: assignment?.id });
      const data = await client.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
        assignmentId: assignment?.id,
        findings: Array.from({ length: count }, () => findingInput()),
      });
      return data.submitFindings.map((finding) => finding.id);
    };
    // The issuer's own findings are accepted at once and can be handed over.
    const cityCaijing = await report(caijingProject, tree.city, 3);
    await report(caijingProject, k1, 2);
    await report(caijingProject, t11, 1);
    const cityJiaoke = await report(jiaokeProject, tree.city, 2);
    await report(jiaokeProject, k2, 1);
    await report(unledProject, tree.city, 1);
    await report(unledProject, t11, 2);
    const handOver = async (findingIds: string[]): Promise<string> => {
      const data = await city.ok<{ handOffFindings: { id: string } }>(HAND_OFF, {
        input: {
          findingIds,
          departmentId: await departmentId(city, tree.city, 'market'),
          deadline: addDays(new Date(), 30).toISOString(),
        },
      });
      return data.handOffFindings.id;
    };
    await handOver(cityCaijing.slice(0, 2));
    const overdue = await handOver(cityJiaoke.slice(0, 1));
    await platform.dataSource.query(`UPDATE handoff SET deadline = now() - interval '1 day' WHERE id = $1`, [
      overdue,
    ]);
  });
  afterAll(() => platform.close());

  it('gives a row per lead committee, and one without for the projects with none, equal to a direct count', async () => {
    const rows = await progressByCommittee(city);
    expect(rows).toEqual(await oracle(cityId, null));
    expect(rows).toHaveLength(3);
    expect(rows.some((row) => row.committee === null && row.findings === 3)).toBe(true);
    expect(rows.reduce((sum, row) => sum + row.findings, 0)).toBe(12);
  });

  it('equals a direct count at a county, where the city’s committees lead', async () => {
    const county = await platform.as(tree.counties[0] as string);
    expect(await progressByCommittee(county)).toEqual(await oracle(countyId, null));
    expect(await progressByCommittee(city, countyId)).toEqual(await oracle(countyId, null));
  });

  it('counts for a committee’s staff only what their committee leads', async () => {
    const staff = await platform.as(`${tree.city}-caijing`);
    const rows = await progressByCommittee(staff);
    expect(rows).toEqual(await oracle(cityId, 'caijing'));
    expect(rows).toHaveLength(1);
    const countyStaff = await platform.as(`${tree.counties[0] as string}-caijing`);
    expect(await progressByCommittee(countyStaff)).toEqual(await oracle(countyId, 'caijing'));
    // The 统筹办 counts everything.
    expect(await progressByCommittee(await platform.as(`${tree.city}-tongchou`))).toEqual(
      await oracle(cityId, null),
    );
  });
});
