import { randomInt } from 'node:crypto';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  countRows,
  CREATE_PROJECT,
  createAccount,
  createTenantTree,
  expectRefused,
  fieldsOf,
  HIDDEN,
  Platform,
  projectInput,
  PUBLISH,
  publishedProject,
  refused,
  startPlatform,
  tenantId,
  TenantTree,
  unknownId,
} from '@liandong/testing-system';

const JOINT_PROJECTS =
  'query JointProjects($year: Int) { jointProjects(year: $year) { id title isKey version assignments { id status tenant { code } } } }';
const JOINT_PROJECT =
  'query ($id: ID!) { jointProject(id: $id) { id title issuer { code } assignments { id status tenant { code } } } }';
const MY_ASSIGNMENTS = `query MyAssignments($status: [AssignmentStatus!]) {
  myAssignments(status: $status) { id status acknowledgedAt project { id title unifications { methods { code } policy { checklist { code } } } } } }`;
const FULL_CREATE = `mutation CreateJointProject($input: JointProjectInput!) {
  createJointProject(input: $input) {
    id year title isKey version issuer { code }
    unifications {
      leadership { leadBody leader office }
      scheme { objectives startsAt endsAt milestones { name dueAt } }
      methods { code name }
      policy { legalBasis checklist { code text } }
      effect { indicators { code name target } }
    }
  }
}`;

type Assignment = { id: string; status: string; tenant: { id: string; code: string } };

/** A project input whose unifications differ from the default in the given sections. */
function withUnifications(
  changes: Record<string, unknown>,
  title = `校验 ${randomInt(1e9)}`,
): Record<string, unknown> {
  const base = projectInput({ title });
  return { ...base, unifications: { ...(base['unifications'] as Record<string, unknown>), ...changes } };
}

function unificationsOf(): Record<string, any> {
  return projectInput()['unifications'] as Record<string, any>;
}

describe('joint projects: create, publish, acknowledge, visibility', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county1: GraphqlClient;
  let county2: GraphqlClient;
  let c1: string;
  let c2: string;
  let t11: string;
  let t12: string;
  let t21: string;
  let ids: Record<string, string>;

  const projectsStoredTitled = (title: unknown) =>
    countRows(platform.dataSource, 'SELECT 1 FROM joint_project WHERE title = $1', [title]);
  const assignmentsOf = (projectId: string) =>
    countRows(platform.dataSource, 'SELECT 1 FROM assignment WHERE project_id = $1', [projectId]);

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 2);
    [c1, c2] = tree.counties as [string, string];
    [t11, t12] = tree.townships[c1] as [string, string];
    [t21] = tree.townships[c2] as [string];
    city = await platform.as(tree.city);
    county1 = await platform.as(c1);
    county2 = await platform.as(c2);
    ids = {};
    for (const code of [tree.city, c1, c2, t11, t12, t21]) {
      ids[code] = await tenantId(city, code);
    }
  });
  afterAll(() => platform.close());

  describe('createJointProject', () => {
    it('makes the caller the issuer, version 1, with the five unifications as sent', async () => {
      const input = projectInput();
      const { createJointProject } = await city.ok<{ createJointProject: Record<string, any> }>(FULL_CREATE, {
        input,
      });
      expect(createJointProject).toMatchObject({
        year: 2023,
        title: input['title'],
        isKey: true,
        version: 1,
        issuer: { code: tree.city },
      });
      const sent = input['unifications'] as Record<string, any>;
      expect(createJointProject['unifications'].methods.map((m: { code: string }) => m.code)).toEqual(
        sent['methods'],
      );
      expect(createJointProject['unifications'].policy.checklist).toEqual(sent['policy'].checklist);
      expect(createJointProject['unifications'].effect.indicators).toEqual(sent['effect'].indicators);
      expect(createJointProject['unifications'].leadership).toEqual(sent['leadership']);
      expect(createJointProject['unifications'].scheme.milestones).toHaveLength(2);
    });

    it('a county (it has townships) may issue its own project', async () => {
      const { createJointProject } = await county1.ok<{ createJointProject: { issuer: { code: string } } }>(
        CREATE_PROJECT,
        { input: projectInput() },
      );
      expect(createJointProject.issuer.code).toBe(c1);
    });

    const invalid: Array<[string, () => Record<string, unknown>, RegExp]> = [
      ['no method at all', () => withUnifications({ methods: [] }), /^unifications\.methods/],
      [
        'an unknown method code',
        () => withUnifications({ methods: ['COVERT_VISIT', 'NO_SUCH_METHOD'] }),
        /^unifications\.methods\.1$/,
      ],
      [
        'endsAt before startsAt',
        () =>
          withUnifications({
            scheme: {
              ...unificationsOf()['scheme'],
              startsAt: '2023-11-30T00:00:00.000Z',
              endsAt: '2023-03-01T00:00:00.000Z',
            },
          }),
        /^unifications\.scheme\.endsAt$/,
      ],
      [
        'endsAt equal to startsAt',
        () =>
          withUnifications({
            scheme: {
              ...unificationsOf()['scheme'],
              startsAt: '2023-03-01T00:00:00.000Z',
              endsAt: '2023-03-01T00:00:00.000Z',
            },
          }),
        /^unifications\.scheme\.endsAt$/,
      ],
      [
        'a duplicate checklist code',
        () =>
          withUnifications({
            policy: {
              legalBasis: ['《监督法》'],
              checklist: [
                { code: 'C1', text: '一' },
                { code: 'C2', text: '二' },
                { code: 'C1', text: '三' },
              ],
            },
          }),
        /^unifications\.policy\.checklist\.2/,
      ],
      [
        'a duplicate indicator code',
        () =>
          withUnifications({
            effect: {
              indicators: [
                { code: 'I1', name: '整改率', target: 90 },
                { code: 'I1', name: '满意率', target: 80 },
              ],
            },
          }),
        /^unifications\.effect\.indicators\.1/,
      ],
      ['an empty title', () => projectInput({ title: '' }), /^title$/],
      ['a blank title', () => projectInput({ title: '   ' }), /^title$/],
      [
        'an empty lead body',
        () => withUnifications({ leadership: { leadBody: ' ', leader: '王主任' } }),
        /^unifications\.leadership\.leadBody$/,
      ],
    ];
    it.each(invalid)(
      '%s is BAD_USER_INPUT naming the field, and nothing is stored',
      async (_label, input, field) => {
        const sent = input();
        const error = await refused(city, CREATE_PROJECT, { input: sent }, 'BAD_USER_INPUT');
        const fields = fieldsOf(error);
        expect(fields.some((f) => field.test(f))).toBe(true);
        const named = fields.find((f) => field.test(f)) as string;
        expect(error.message).toContain(named);
        expect(await projectsStoredTitled(sent['title'])).toBe(0);
      },
    );

    it('every problem of one input is named at once', async () => {
      const sent = withUnifications({
        methods: ['NOPE'],
        effect: {
          indicators: [
            { code: 'I1', name: 'a', target: 1 },
            { code: 'I1', name: 'b', target: 2 },
          ],
        },
      });
      sent['title'] = '';
      const error = await refused(city, CREATE_PROJECT, { input: sent }, 'BAD_USER_INPUT');
      const fields = fieldsOf(error).join(' ');
      expect(fields).toMatch(/title/);
      expect(fields).toMatch(/unifications\.effect\.indicators/);
    });

    it.each(['leadership', 'scheme', 'methods', 'policy', 'effect'])(
      'a missing section (%s) is BAD_USER_INPUT naming it',
      async (section) => {
        const input = projectInput();
        const unifications = { ...(input['unifications'] as Record<string, unknown>) };
        delete unifications[section];
        const result = await city.request(CREATE_PROJECT, { input: { ...input, unifications } });
        const error = expectRefused(result, 'BAD_USER_INPUT');
        expect(error.message).toContain(section);
        expect(await projectsStoredTitled(input['title'])).toBe(0);
      },
    );

    it('a township (no child tenants) cannot issue: FORBIDDEN, nothing stored', async () => {
      const input = projectInput();
      const township = await platform.as(t11);
      await refused(township, CREATE_PROJECT, { input }, 'FORBIDDEN');
      expect(await projectsStoredTitled(input['title'])).toBe(0);
    });

    it('only a COORDINATOR issues: MEMBER, VIEWER, DEPARTMENT and ADMIN accounts are FORBIDDEN', async () => {
      const usernames = [
        await createAccount(platform.dataSource, tree.city, 'MEMBER'),
        await createAccount(platform.dataSource, tree.city, 'VIEWER'),
        `${tree.city}-gov`,
        `${tree.city}-admin`,
      ];
      for (const username of usernames) {
        const input = projectInput();
        await refused(await platform.as(username), CREATE_PROJECT, { input }, 'FORBIDDEN');
        expect(await projectsStoredTitled(input['title'])).toBe(0);
      }
    });
  });

  describe('publishJointProject', () => {
    it('without includeDescendants assigns exactly the targets, ISSUED', async () => {
      const { assignments } = await publishedProject(city, [c1, t21]);
      expect(assignments.map((a) => a.tenant.code).sort()).toEqual([c1, t21].sort());
      expect(assignments.every((a) => a.status === 'ISSUED')).toBe(true);
    });

    it('with includeDescendants also assigns every descendant of each target', async () => {
      const { assignments } = await publishedProject(city, [c1], { includeDescendants: true });
      expect(assignments.map((a) => a.tenant.code).sort()).toEqual([c1, t11, t12].sort());
      const whole = await publishedProject(city, [tree.city], { includeDescendants: true });
      expect(whole.assignments).toHaveLength(7);
    });

    it('publishing again adds nothing and returns the same assignment ids', async () => {
      const { projectId, assignments } = await publishedProject(city, [c1], { includeDescendants: true });
      const before = await assignmentsOf(projectId);
      const again = await city.ok<{ publishJointProject: Assignment[] }>(PUBLISH, {
        id: projectId,
        targets: { tenantIds: [ids[c1]], includeDescendants: true },
      });
      const key = (rows: Assignment[]) => rows.map((a) => `${a.tenant.code}:${a.id}`).sort();
      expect(key(again.publishJointProject)).toEqual(key(assignments));
      expect(await assignmentsOf(projectId)).toBe(before);
    });

    it('widening a publication keeps the existing assignments and returns them with the new ones', async () => {
      const { projectId, assignments } = await publishedProject(city, [c1]);
      const [countyAssignment] = assignments as [Assignment];
      await county1.ok(ACKNOWLEDGE, { id: countyAssignment.id });
      const widened = await city.ok<{ publishJointProject: Assignment[] }>(PUBLISH, {
        id: projectId,
        targets: { tenantIds: [ids[c1]], includeDescendants: true },
      });
      expect(widened.publishJointProject.map((a) => a.tenant.code).sort()).toEqual([c1, t11, t12].sort());
      const kept = widened.publishJointProject.find((a) => a.tenant.code === c1);
      expect(kept).toMatchObject({ id: countyAssignment.id, status: 'ACKNOWLEDGED' });
      expect(await assignmentsOf(projectId)).toBe(3);
    });

    it('a target outside the issuer’s subtree is refused and nothing is assigned, not even the valid targets', async () => {
      const luoyangCounty = await tenantId(await platform.as('4103'), '410302');
      const { createJointProject } = await city.ok<{ createJointProject: { id: string } }>(CREATE_PROJECT, {
        input: projectInput(),
      });
      const result = await city.request(PUBLISH, {
        id: createJointProject.id,
        targets: { tenantIds: [ids[c1], luoyangCounty], includeDescendants: true },
      });
      expectRefused(result, HIDDEN);
      expect(JSON.stringify(result)).not.toContain('老城区');
      expect(await assignmentsOf(createJointProject.id)).toBe(0);
      await refused(
        city,
        PUBLISH,
        { id: createJointProject.id, targets: { tenantIds: [unknownId()], includeDescendants: false } },
        HIDDEN,
      );
      expect(await assignmentsOf(createJointProject.id)).toBe(0);
    });

    it('a county issuer cannot publish to its sibling county, its sibling’s township or its parent city', async () => {
      const { createJointProject } = await county1.ok<{ createJointProject: { id: string } }>(
        CREATE_PROJECT,
        { input: projectInput() },
      );
      for (const target of [c2, t21, tree.city]) {
        await refused(
          county1,
          PUBLISH,
          { id: createJointProject.id, targets: { tenantIds: [ids[target]], includeDescendants: false } },
          HIDDEN,
        );
      }
      expect(await assignmentsOf(createJointProject.id)).toBe(0);
    });

    it('a tenant that neither issued nor holds the project cannot publish it', async () => {
      const { createJointProject } = await city.ok<{ createJointProject: { id: string } }>(CREATE_PROJECT, {
        input: projectInput(),
      });
      await refused(
        county2,
        PUBLISH,
        { id: createJointProject.id, targets: { tenantIds: [ids[t21]], includeDescendants: false } },
        HIDDEN,
      );
      expect(await assignmentsOf(createJointProject.id)).toBe(0);
    });

    it('only a COORDINATOR of the issuer publishes: MEMBER, VIEWER and DEPARTMENT are FORBIDDEN', async () => {
      const { createJointProject } = await city.ok<{ createJointProject: { id: string } }>(CREATE_PROJECT, {
        input: projectInput(),
      });
      for (const username of [
        await createAccount(platform.dataSource, tree.city, 'MEMBER'),
        await createAccount(platform.dataSource, tree.city, 'VIEWER'),
        `${tree.city}-gov`,
      ]) {
        await refused(
          await platform.as(username),
          PUBLISH,
          { id: createJointProject.id, targets: { tenantIds: [ids[c1]], includeDescendants: false } },
          HIDDEN,
        );
      }
      expect(await assignmentsOf(createJointProject.id)).toBe(0);
    });

    it('malformed ids are BAD_USER_INPUT', async () => {
      const { createJointProject } = await city.ok<{ createJointProject: { id: string } }>(CREATE_PROJECT, {
        input: projectInput(),
      });
      await refused(
        city,
        PUBLISH,
        { id: 'nope', targets: { tenantIds: [ids[c1]], includeDescendants: false } },
        'BAD_USER_INPUT',
      );
      await refused(
        city,
        PUBLISH,
        { id: createJointProject.id, targets: { tenantIds: ['410302'], includeDescendants: false } },
        'BAD_USER_INPUT',
      );
      await refused(
        city,
        PUBLISH,
        { id: createJointProject.id, targets: { tenantIds: [], includeDescendants: false } },
        'BAD_USER_INPUT',
      );
      expect(await assignmentsOf(createJointProject.id)).toBe(0);
    });
  });

  describe('acknowledgeAssignment', () => {
    let assignments: Assignment[];
    const assignmentOf = (code: string) => assignments.find((a) => a.tenant.code === code) as Assignment;
    const statusOf = async (id: string) =>
      (
        (await platform.dataSource.query('SELECT status FROM assignment WHERE id = $1', [id])) as Array<{
          status: string;
        }>
      )[0]?.status;

    beforeAll(async () => {
      ({ assignments } = await publishedProject(city, [c1, c2], { includeDescendants: true }));
    });

    it('by the assigned tenant: ISSUED → ACKNOWLEDGED with a time', async () => {
      const { acknowledgeAssignment } = await county1.ok<{
        acknowledgeAssignment: { id: string; status: string; acknowledgedAt: string };
      }>(ACKNOWLEDGE, { id: assignmentOf(c1).id });
      expect(acknowledgeAssignment.status).toBe('ACKNOWLEDGED');
      expect(new Date(acknowledgeAssignment.acknowledgedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      const mine = await county1.ok<{ myAssignments: Array<{ id: string; status: string }> }>(
        MY_ASSIGNMENTS,
        { status: ['ACKNOWLEDGED'] },
      );
      expect(mine.myAssignments.map((a) => a.id)).toContain(assignmentOf(c1).id);
    });

    it('by the issuer (the city) for a county: refused, still ISSUED', async () => {
      await refused(city, ACKNOWLEDGE, { id: assignmentOf(c2).id }, HIDDEN);
      expect(await statusOf(assignmentOf(c2).id)).toBe('ISSUED');
    });

    it('by the parent county for its township: refused, still ISSUED', async () => {
      await refused(county1, ACKNOWLEDGE, { id: assignmentOf(t11).id }, HIDDEN);
      expect(await statusOf(assignmentOf(t11).id)).toBe('ISSUED');
    });

    it('by a sibling county, a neighbour township or a township for its county: refused, still ISSUED', async () => {
      await refused(county1, ACKNOWLEDGE, { id: assignmentOf(c2).id }, HIDDEN);
      await refused(await platform.as(t11), ACKNOWLEDGE, { id: assignmentOf(t12).id }, HIDDEN);
      await refused(await platform.as(t21), ACKNOWLEDGE, { id: assignmentOf(c2).id }, HIDDEN);
      expect(await statusOf(assignmentOf(c2).id)).toBe('ISSUED');
      expect(await statusOf(assignmentOf(t12).id)).toBe('ISSUED');
    });

    it('by a VIEWER or a DEPARTMENT account of the assigned tenant: FORBIDDEN, still ISSUED', async () => {
      for (const username of [await createAccount(platform.dataSource, c2, 'VIEWER'), `${c2}-gov`]) {
        await refused(await platform.as(username), ACKNOWLEDGE, { id: assignmentOf(c2).id }, HIDDEN);
      }
      expect(await statusOf(assignmentOf(c2).id)).toBe('ISSUED');
    });

    it('an unknown or malformed id: NOT_FOUND / BAD_USER_INPUT', async () => {
      await refused(county1, ACKNOWLEDGE, { id: unknownId() }, 'NOT_FOUND');
      await refused(county1, ACKNOWLEDGE, { id: '12345' }, 'BAD_USER_INPUT');
    });

    it('a township acknowledges its own: ISSUED → ACKNOWLEDGED', async () => {
      const township = await platform.as(t12);
      const { acknowledgeAssignment } = await township.ok<{ acknowledgeAssignment: { status: string } }>(
        ACKNOWLEDGE,
        { id: assignmentOf(t12).id },
      );
      expect(acknowledgeAssignment.status).toBe('ACKNOWLEDGED');
    });
  });

  describe('jointProjects visibility', () => {
    let projectId: string;
    let title: string;

    beforeAll(async () => {
      title = `可见性 ${randomInt(1e9)}`;
      ({ projectId } = await publishedProject(city, [c1], { input: projectInput({ title }) }));
    });

    const titles = async (client: GraphqlClient) =>
      (
        await client.ok<{ jointProjects: Array<{ id: string; title: string }> }>(JOINT_PROJECTS)
      ).jointProjects.map((p) => p.id);

    it('the issuer sees it with every assignment', async () => {
      expect(await titles(city)).toContain(projectId);
      const { jointProject } = await city.ok<{
        jointProject: { assignments: Array<{ tenant: { code: string } }> };
      }>(JOINT_PROJECT, { id: projectId });
      expect(jointProject.assignments.map((a) => a.tenant.code)).toEqual([c1]);
    });

    it('a county sees the city’s project published to it', async () => {
      expect(await titles(county1)).toContain(projectId);
      const { jointProject } = await county1.ok<{
        jointProject: { title: string; issuer: { code: string } };
      }>(JOINT_PROJECT, { id: projectId });
      expect(jointProject).toMatchObject({ title, issuer: { code: tree.city } });
      const mine = await county1.ok<{ myAssignments: Array<{ project: { id: string } }> }>(MY_ASSIGNMENTS);
      expect(mine.myAssignments.map((a) => a.project.id)).toContain(projectId);
    });

    it('a sibling county without an assignment does not see it, by list or by id', async () => {
      expect(await titles(county2)).not.toContain(projectId);
      const error = await refused(county2, JOINT_PROJECT, { id: projectId }, HIDDEN);
      expect(error.raw).not.toContain(title);
      const mine = await county2.ok<{ myAssignments: Array<{ project: { id: string } }> }>(MY_ASSIGNMENTS);
      expect(mine.myAssignments.map((a) => a.project.id)).not.toContain(projectId);
    });

    it('a township whose county holds it, but not the township itself, does not see it', async () => {
      const township = await platform.as(t11);
      expect(await titles(township)).not.toContain(projectId);
      await refused(township, JOINT_PROJECT, { id: projectId }, HIDDEN);
    });

    it('a county sees only the assignments in its own subtree, not its sibling’s', async () => {
      const shared = await publishedProject(city, [c1, c2], { includeDescendants: true });
      const { jointProject } = await county1.ok<{
        jointProject: { assignments: Array<{ tenant: { code: string } }> };
      }>(JOINT_PROJECT, {
        id: shared.projectId,
      });
      expect(jointProject.assignments.map((a) => a.tenant.code).sort()).toEqual([c1, t11, t12].sort());
      const listed = await county1.ok<{
        jointProjects: Array<{ id: string; assignments: Array<{ tenant: { code: string } }> }>;
      }>(JOINT_PROJECTS);
      const row = listed.jointProjects.find((p) => p.id === shared.projectId);
      expect(row?.assignments.map((a) => a.tenant.code).filter((code) => code.startsWith(c2))).toEqual([]);
    });

    it('a county’s own project is invisible to its sibling and to the city’s other branches', async () => {
      const own = await publishedProject(county1, [t11]);
      expect(await titles(county2)).not.toContain(own.projectId);
      expect(await titles(await platform.as(t21))).not.toContain(own.projectId);
      expect(await titles(await platform.as(t11))).toContain(own.projectId);
      expect(await titles(await platform.as(t12))).not.toContain(own.projectId);
      // the city is an ancestor of the issuer: the project lies in its subtree
      expect(await titles(city)).toContain(own.projectId);
    });

    it('department accounts see no projects and no assignments', async () => {
      for (const username of [`${c1}-market`, `${tree.city}-gov`, `${t11}-gov`]) {
        const department = await platform.as(username);
        expect(await titles(department)).toEqual([]);
        await refused(department, JOINT_PROJECT, { id: projectId }, HIDDEN);
        expect((await department.ok<{ myAssignments: unknown[] }>(MY_ASSIGNMENTS)).myAssignments).toEqual([]);
      }
    });

    it('a VIEWER of the county reads what its coordinator reads', async () => {
      const viewer = await platform.as(await createAccount(platform.dataSource, c1, 'VIEWER'));
      expect(await titles(viewer)).toContain(projectId);
    });

    it('year filters the list', async () => {
      const { jointProjects } = await city.ok<{ jointProjects: Array<{ id: string }> }>(JOINT_PROJECTS, {
        year: 2022,
      });
      expect(jointProjects.map((p) => p.id)).not.toContain(projectId);
      const in2023 = await city.ok<{ jointProjects: Array<{ id: string }> }>(JOINT_PROJECTS, { year: 2023 });
      expect(in2023.jointProjects.map((p) => p.id)).toContain(projectId);
    });

    it('a malformed project id is BAD_USER_INPUT, an unknown one NOT_FOUND', async () => {
      await refused(city, JOINT_PROJECT, { id: 'x' }, 'BAD_USER_INPUT');
      await refused(city, JOINT_PROJECT, { id: unknownId() }, 'NOT_FOUND');
    });
  });
});
