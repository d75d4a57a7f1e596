import { randomInt } from 'node:crypto';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  assignmentDetail,
  countRows,
  CREATE_PROJECT,
  createAccount,
  createTenantTree,
  fieldsOf,
  findingInput,
  HIDDEN,
  plansOperation,
  Platform,
  projectInput,
  PUBLISH,
  publishedProject,
  refused,
  REVIEW,
  sqlRows,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
  unifications,
  Unifications,
  unknownId,
} from '@liandong/testing-system';

const CREATE_ANNUAL_PLAN = plansOperation('CreateAnnualPlan');
const ADOPT_ANNUAL_PLAN = plansOperation('AdoptAnnualPlan');
const ANNUAL_PLANS = plansOperation('AnnualPlans');
const FROM_ITEM = plansOperation('CreateJointProjectFromItem');
const REVISE = plansOperation('ReviseJointProject');
const CHANGES = plansOperation('ProjectChanges');
const PROJECT = `query ($id: ID!) { jointProject(id: $id) {
  id year title isKey version versions issuer { code } planItem { id title isKey isJoint }
  unifications { methods { code } policy { checklist { code } } }
  assignments { id status acknowledgedVersion outdated tenant { code } parent { id tenant { code } } } } }`;

type PlanItem = { id: string; title: string; isKey: boolean; isJoint: boolean };
type AnnualPlan = { id: string; year: number; title: string; status: string; items: PlanItem[] };
type ListedPlan = {
  id: string;
  year: number;
  status: string;
  items: Array<{
    id: string;
    isKey: boolean;
    isJoint: boolean;
    jointProject: { id: string; title: string } | null;
  }>;
};
type ProjectAssignment = {
  id: string;
  status: string;
  acknowledgedVersion: number | null;
  outdated: boolean;
  tenant: { code: string };
  parent: { id: string; tenant: { code: string } } | null;
};
type Project = {
  id: string;
  year: number;
  title: string;
  isKey: boolean;
  version: number;
  versions: number[];
  issuer: { code: string };
  planItem: PlanItem | null;
  unifications: { methods: Array<{ code: string }>; policy: { checklist: Array<{ code: string }> } };
  assignments: ProjectAssignment[];
};
type Change = { section: string; path: string; before: string | null; after: string | null };

const YEAR = 2024;

function annualPlanInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    year: YEAR,
    title: `${YEAR}年度监督工作计划 ${randomInt(1e9)}`,
    items: [
      { title: `优化营商环境联动监督 ${randomInt(1e9)}`, isKey: true, isJoint: true },
      { title: `听取审议财政决算报告 ${randomInt(1e9)}`, isKey: false, isJoint: false },
      { title: `职业教育法执法检查 ${randomInt(1e9)}`, isKey: false, isJoint: true },
      { title: `生态环境保护联动监督 ${randomInt(1e9)}`, isKey: true, isJoint: true },
    ],
    ...overrides,
  };
}

function withScheme(unified: Unifications, scheme: Partial<Unifications['scheme']>): Unifications {
  return { ...unified, scheme: { ...unified.scheme, ...scheme } };
}

describe('plans in depth: annual plans, revisions and cascading, per role and tier', () => {
  let platform: Platform;
  let tree: TenantTree;
  let city: GraphqlClient;
  let county1: GraphqlClient;
  let county2: GraphqlClient;
  let township11: GraphqlClient;
  let township12: GraphqlClient;
  let township21: GraphqlClient;
  let cityViewer: GraphqlClient;
  let c1: string;
  let c2: string;
  let t11: string;
  let t12: string;
  let t21: string;
  let ids: Record<string, string>;

  const createPlan = async (client: GraphqlClient, input = annualPlanInput()) =>
    (await client.ok<{ createAnnualPlan: AnnualPlan }>(CREATE_ANNUAL_PLAN, { input })).createAnnualPlan;
  const listPlans = async (client: GraphqlClient, year?: number | null) =>
    (await client.ok<{ annualPlans: ListedPlan[] }>(ANNUAL_PLANS, year === undefined ? {} : { year }))
      .annualPlans;
  const listedIds = async (client: GraphqlClient, year?: number | null) =>
    (await listPlans(client, year)).map((plan) => plan.id);
  const planStatus = async (id: string) =>
    (
      await sqlRows<{ status: string }>(platform.dataSource, 'SELECT status FROM annual_plan WHERE id = $1', [
        id,
      ])
    )[0]?.status;
  const itemLink = async (id: string) =>
    (
      await sqlRows<{ joint_project_id: string | null }>(
        platform.dataSource,
        'SELECT joint_project_id FROM plan_item WHERE id = $1',
        [id],
      )
    )[0]?.joint_project_id;
  const projectsTitled = (title: string) =>
    countRows(platform.dataSource, 'SELECT 1 FROM joint_project WHERE title = $1', [title]);
  const project = async (client: GraphqlClient, id: string) =>
    (await client.ok<{ jointProject: Project }>(PROJECT, { id })).jointProject;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 2);
    [c1, c2] = tree.counties as [string, string];
    [t11, t12] = tree.townships[c1] as [string, string];
    [t21] = tree.townships[c2] as [string];
    city = await platform.as(tree.city);
    county1 = await platform.as(c1);
    county2 = await platform.as(c2);
    township11 = await platform.as(t11);
    township12 = await platform.as(t12);
    township21 = await platform.as(t21);
    cityViewer = await platform.as(await createAccount(platform.dataSource, tree.city, 'VIEWER'));
    ids = {};
    for (const code of [tree.city, c1, c2, t11, t12, t21]) {
      ids[code] = await tenantId(city, code);
    }
  });
  afterAll(() => platform.close());

  describe('createAnnualPlan', () => {
    const plansOfCity = () =>
      countRows(
        platform.dataSource,
        'SELECT 1 FROM annual_plan p JOIN tenant t ON t.id = p.tenant_id WHERE t.code = $1',
        [tree.city],
      );

    it('stores a DRAFT with the items in order, each with its isKey and isJoint', async () => {
      const input = annualPlanInput();
      const plan = await createPlan(city, input);
      expect(plan).toMatchObject({ year: YEAR, title: input['title'], status: 'DRAFT' });
      expect(plan.items.map(({ title, isKey, isJoint }) => ({ title, isKey, isJoint }))).toEqual(
        input['items'],
      );
      expect(new Set(plan.items.map((item) => item.id)).size).toBe(4);
      const listed = (await listPlans(city, YEAR)).find((row) => row.id === plan.id);
      expect(listed?.items.map((item) => item.id)).toEqual(plan.items.map((item) => item.id));
      expect(listed?.items.every((item) => item.jointProject === null)).toBe(true);
    });

    it('a county (and a township) draws up its own plan', async () => {
      for (const client of [county1, township11]) {
        const plan = await createPlan(client);
        expect(plan.status).toBe('DRAFT');
      }
    });

    const invalid: Array<[string, Record<string, unknown>, RegExp]> = [
      ['an empty title', { title: '' }, /^(input\.)?title$/],
      ['a blank title', { title: '   ' }, /^(input\.)?title$/],
      ['no items', { items: [] }, /^(input\.)?items$/],
      [
        'an item without a title',
        { items: [{ title: ' ', isKey: false, isJoint: true }] },
        /^(input\.)?items\.0\.title$/,
      ],
    ];
    it.each(invalid)(
      '%s is BAD_USER_INPUT naming the field, and nothing is stored',
      async (_label, change, field) => {
        const before = await plansOfCity();
        const error = await refused(
          city,
          CREATE_ANNUAL_PLAN,
          { input: annualPlanInput(change) },
          'BAD_USER_INPUT',
        );
        expect(fieldsOf(error).some((name) => field.test(name))).toBe(true);
        expect(await plansOfCity()).toBe(before);
      },
    );

    it('a VIEWER or a DEPARTMENT account cannot draw one up', async () => {
      const before = await plansOfCity();
      for (const client of [cityViewer, await platform.as(`${tree.city}-gov`)]) {
        await refused(client, CREATE_ANNUAL_PLAN, { input: annualPlanInput() }, 'FORBIDDEN');
      }
      expect(await plansOfCity()).toBe(before);
    });
  });

  describe('annualPlans visibility', () => {
    let cityDraft: string;
    let cityAdopted: string;
    let county1Draft: string;
    let county1Adopted: string;
    let county2Adopted: string;

    beforeAll(async () => {
      cityDraft = (await createPlan(city)).id;
      cityAdopted = (await createPlan(city)).id;
      county1Draft = (await createPlan(county1)).id;
      county1Adopted = (await createPlan(county1)).id;
      county2Adopted = (await createPlan(county2)).id;
      await city.ok(ADOPT_ANNUAL_PLAN, { id: cityAdopted });
      await county1.ok(ADOPT_ANNUAL_PLAN, { id: county1Adopted });
      await county2.ok(ADOPT_ANNUAL_PLAN, { id: county2Adopted });
    });

    it('the issuer sees its own plans, drafts included, and the city sees every plan in its subtree', async () => {
      expect(await listedIds(city, YEAR)).toEqual(
        expect.arrayContaining([cityDraft, cityAdopted, county1Draft, county1Adopted, county2Adopted]),
      );
      expect(await listedIds(county1, YEAR)).toEqual(expect.arrayContaining([county1Draft, county1Adopted]));
    });

    it('a county sees the city’s ADOPTED plan, not its draft, and not its sibling county’s plans', async () => {
      const seen = await listedIds(county1, YEAR);
      expect(seen).toContain(cityAdopted);
      expect(seen).not.toContain(cityDraft);
      expect(seen).not.toContain(county2Adopted);
      const seenBySibling = await listedIds(county2, YEAR);
      expect(seenBySibling).toEqual(expect.arrayContaining([cityAdopted, county2Adopted]));
      expect(seenBySibling).not.toContain(county1Draft);
      expect(seenBySibling).not.toContain(county1Adopted);
    });

    it('a township sees the adopted plans above it, only along its own branch', async () => {
      const seen = await listedIds(township11, YEAR);
      expect(seen).toEqual(expect.arrayContaining([cityAdopted, county1Adopted]));
      for (const hidden of [cityDraft, county1Draft, county2Adopted]) {
        expect(seen).not.toContain(hidden);
      }
      const other = await listedIds(township21, YEAR);
      expect(other).toEqual(expect.arrayContaining([cityAdopted, county2Adopted]));
      expect(other).not.toContain(county1Adopted);
    });

    it('year filters the list; without a year every year is listed', async () => {
      const other = await createPlan(city, annualPlanInput({ year: YEAR + 1 }));
      expect(await listedIds(city, YEAR)).not.toContain(other.id);
      expect(await listedIds(city, YEAR + 1)).toContain(other.id);
      expect(await listedIds(city, YEAR + 1)).not.toContain(cityDraft);
      expect(await listedIds(city)).toEqual(expect.arrayContaining([other.id, cityDraft]));
      expect((await listPlans(city, YEAR + 1)).every((plan) => plan.year === YEAR + 1)).toBe(true);
    });

    it('a VIEWER reads what its coordinator reads; department accounts see no plans', async () => {
      expect(await listedIds(cityViewer, YEAR)).toEqual(expect.arrayContaining([cityDraft, county1Draft]));
      for (const username of [`${c1}-market`, `${tree.city}-gov`]) {
        expect(await listPlans(await platform.as(username))).toEqual([]);
      }
    });
  });

  describe('adoptAnnualPlan', () => {
    it('by the issuer: DRAFT → ADOPTED; adopting again is CONFLICT', async () => {
      const plan = await createPlan(city);
      const { adoptAnnualPlan } = await city.ok<{ adoptAnnualPlan: { id: string; status: string } }>(
        ADOPT_ANNUAL_PLAN,
        { id: plan.id },
      );
      expect(adoptAnnualPlan).toEqual({ id: plan.id, status: 'ADOPTED' });
      expect((await listPlans(city, YEAR)).find((row) => row.id === plan.id)?.status).toBe('ADOPTED');
      const again = await refused(city, ADOPT_ANNUAL_PLAN, { id: plan.id }, 'CONFLICT');
      expect(again.extensions?.['reason']).toBe('ANNUAL_PLAN_ALREADY_ADOPTED');
      expect(await planStatus(plan.id)).toBe('ADOPTED');
    });

    it('by another tenant (a county for the city, the city for a county, a sibling): refused, still DRAFT', async () => {
      const cityPlan = await createPlan(city);
      const countyPlan = await createPlan(county1);
      await refused(county1, ADOPT_ANNUAL_PLAN, { id: cityPlan.id }, HIDDEN);
      await refused(township11, ADOPT_ANNUAL_PLAN, { id: countyPlan.id }, HIDDEN);
      await refused(city, ADOPT_ANNUAL_PLAN, { id: countyPlan.id }, HIDDEN);
      await refused(county2, ADOPT_ANNUAL_PLAN, { id: countyPlan.id }, HIDDEN);
      expect(await planStatus(cityPlan.id)).toBe('DRAFT');
      expect(await planStatus(countyPlan.id)).toBe('DRAFT');
    });

    it('a VIEWER of the issuer cannot adopt; an unknown id is NOT_FOUND, a malformed one BAD_USER_INPUT', async () => {
      const plan = await createPlan(city);
      await refused(cityViewer, ADOPT_ANNUAL_PLAN, { id: plan.id }, 'FORBIDDEN');
      expect(await planStatus(plan.id)).toBe('DRAFT');
      await refused(city, ADOPT_ANNUAL_PLAN, { id: unknownId() }, 'NOT_FOUND');
      await refused(city, ADOPT_ANNUAL_PLAN, { id: 'plan-1' }, 'BAD_USER_INPUT');
    });
  });

  describe('createJointProjectFromItem', () => {
    let plan: AnnualPlan;
    let keyJoint: PlanItem;
    let notJoint: PlanItem;
    let plainJoint: PlanItem;
    let spareJoint: PlanItem;
    let madeFromKey: string;

    beforeAll(async () => {
      plan = await createPlan(city);
      [keyJoint, notJoint, plainJoint, spareJoint] = plan.items as [PlanItem, PlanItem, PlanItem, PlanItem];
      await city.ok(ADOPT_ANNUAL_PLAN, { id: plan.id });
    });

    it('makes the joint project of a joint item: its title and isKey, the plan’s year, version 1, linked both ways', async () => {
      const { createJointProjectFromItem: made } = await city.ok<{
        createJointProjectFromItem: {
          id: string;
          title: string;
          isKey: boolean;
          version: number;
          planItem: { id: string };
        };
      }>(FROM_ITEM, { planItemId: keyJoint.id, unifications: unifications() });
      expect(made).toMatchObject({
        title: keyJoint.title,
        isKey: true,
        version: 1,
        planItem: { id: keyJoint.id },
      });
      madeFromKey = made.id;
      expect(await project(city, made.id)).toMatchObject({
        year: YEAR,
        issuer: { code: tree.city },
        versions: [1],
        planItem: { id: keyJoint.id, title: keyJoint.title, isKey: true, isJoint: true },
      });
      const listed = (await listPlans(city, YEAR)).find((row) => row.id === plan.id);
      expect(listed?.items.find((item) => item.id === keyJoint.id)?.jointProject).toEqual({
        id: made.id,
        title: keyJoint.title,
      });
      expect(await itemLink(keyJoint.id)).toBe(made.id);
    });

    it('a joint item not marked key gives a project that is not key', async () => {
      const { createJointProjectFromItem: made } = await city.ok<{
        createJointProjectFromItem: { title: string; isKey: boolean; planItem: { id: string } };
      }>(FROM_ITEM, { planItemId: plainJoint.id, unifications: unifications() });
      expect(made).toMatchObject({ title: plainJoint.title, isKey: false, planItem: { id: plainJoint.id } });
    });

    it('a second time on the same item is CONFLICT and makes nothing', async () => {
      const again = await refused(
        city,
        FROM_ITEM,
        { planItemId: keyJoint.id, unifications: unifications() },
        'CONFLICT',
      );
      expect(again.extensions?.['reason']).toBe('PLAN_ITEM_HAS_PROJECT');
      expect(await projectsTitled(keyJoint.title)).toBe(1);
      expect(await itemLink(keyJoint.id)).toBe(madeFromKey);
    });

    it('an item not marked isJoint is BAD_USER_INPUT and stays unlinked', async () => {
      const error = await refused(
        city,
        FROM_ITEM,
        { planItemId: notJoint.id, unifications: unifications() },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toContain('planItemId');
      expect(await itemLink(notJoint.id)).toBeNull();
      expect(await projectsTitled(notJoint.title)).toBe(0);
    });

    it('a tenant other than the plan’s issuer is refused (a county that sees the adopted plan, a township, a VIEWER)', async () => {
      for (const client of [county1, township11, county2]) {
        await refused(client, FROM_ITEM, { planItemId: spareJoint.id, unifications: unifications() }, HIDDEN);
      }
      await refused(
        cityViewer,
        FROM_ITEM,
        { planItemId: spareJoint.id, unifications: unifications() },
        'FORBIDDEN',
      );
      expect(await itemLink(spareJoint.id)).toBeNull();
      expect(await projectsTitled(spareJoint.title)).toBe(0);
    });

    const invalid: Array<[string, () => Unifications, RegExp]> = [
      [
        'an unknown method',
        () => ({ ...unifications(), methods: ['COVERT_VISIT', 'NO_SUCH_METHOD'] }),
        /^unifications\.methods\.1$/,
      ],
      [
        'endsAt before startsAt',
        () =>
          withScheme(unifications(), {
            startsAt: '2024-11-30T00:00:00.000Z',
            endsAt: '2024-03-01T00:00:00.000Z',
          }),
        /^unifications\.scheme\.endsAt$/,
      ],
      [
        'a duplicate indicator code',
        () => ({
          ...unifications(),
          effect: {
            indicators: [
              { code: 'I1', name: '整改率', target: 90 },
              { code: 'I1', name: '满意率', target: 80 },
            ],
          },
        }),
        /^unifications\.effect\.indicators\.1/,
      ],
      [
        'an empty lead body',
        () => ({ ...unifications(), leadership: { leadBody: ' ', leader: '王主任' } }),
        /^unifications\.leadership\.leadBody$/,
      ],
      ['no method at all', () => ({ ...unifications(), methods: [] }), /^unifications\.methods$/],
    ];
    it.each(invalid)(
      '%s is BAD_USER_INPUT naming unifications.…, and nothing is half-stored',
      async (_label, sent, field) => {
        const error = await refused(
          city,
          FROM_ITEM,
          { planItemId: spareJoint.id, unifications: sent() },
          'BAD_USER_INPUT',
        );
        expect(fieldsOf(error).some((name) => field.test(name))).toBe(true);
        expect(await itemLink(spareJoint.id)).toBeNull();
        expect(await projectsTitled(spareJoint.title)).toBe(0);
        const listed = (await listPlans(city, YEAR)).find((row) => row.id === plan.id);
        expect(listed?.items.find((item) => item.id === spareJoint.id)?.jointProject).toBeNull();
      },
    );

    it('after those refusals the item still makes its one project', async () => {
      const { createJointProjectFromItem: made } = await city.ok<{
        createJointProjectFromItem: { id: string };
      }>(FROM_ITEM, { planItemId: spareJoint.id, unifications: unifications() });
      expect(await itemLink(spareJoint.id)).toBe(made.id);
      expect(await projectsTitled(spareJoint.title)).toBe(1);
    });

    it('an unknown item is NOT_FOUND, a malformed id BAD_USER_INPUT', async () => {
      await refused(city, FROM_ITEM, { planItemId: unknownId(), unifications: unifications() }, 'NOT_FOUND');
      await refused(
        city,
        FROM_ITEM,
        { planItemId: 'item-1', unifications: unifications() },
        'BAD_USER_INPUT',
      );
    });

    it('a county reading the city’s adopted plan sees an item’s project only once it is published to it', async () => {
      const itemProject = async (client: GraphqlClient) =>
        (await listPlans(client, YEAR))
          .find((row) => row.id === plan.id)
          ?.items.find((item) => item.id === keyJoint.id)?.jointProject;
      expect(await itemProject(county1)).toBeNull();
      expect(await itemProject(county2)).toBeNull();
      await city.ok(PUBLISH, {
        id: madeFromKey,
        targets: { tenantIds: [ids[c1]], includeDescendants: false },
      });
      expect(await itemProject(county1)).toEqual({ id: madeFromKey, title: keyJoint.title });
      expect(await itemProject(county2)).toBeNull();
      expect((await project(county1, madeFromKey)).planItem?.id).toBe(keyJoint.id);
    });

    it('a county makes projects of its own plan’s joint items', async () => {
      const own = await createPlan(county1);
      const [item] = own.items as [PlanItem];
      const { createJointProjectFromItem: made } = await county1.ok<{
        createJointProjectFromItem: { id: string };
      }>(FROM_ITEM, { planItemId: item.id, unifications: unifications() });
      expect(await project(county1, made.id)).toMatchObject({ issuer: { code: c1 }, title: item.title });
    });
  });

  describe('reviseJointProject, versions and changes', () => {
    let projectId: string;
    let v1: Unifications;
    let v2: Unifications;
    let county1Assignment: string;
    let county2Assignment: string;
    let findingBefore: string;

    const versionOf = async (id: string) =>
      (
        await sqlRows<{ version: number }>(
          platform.dataSource,
          'SELECT version FROM joint_project WHERE id = $1',
          [id],
        )
      )[0]?.version;
    const changes = async (client: GraphqlClient, from: number, to: number) =>
      (await client.ok<{ jointProject: { changes: Change[] } }>(CHANGES, { id: projectId, from, to }))
        .jointProject.changes;
    const projectVersionOfFinding = async (id: string) =>
      (
        await sqlRows<{ project_version: number }>(
          platform.dataSource,
          'SELECT project_version FROM finding WHERE id = $1',
          [id],
        )
      )[0]?.project_version;

    beforeAll(async () => {
      v1 = unifications();
      v1.policy.checklist = v1.policy.checklist.filter((item) => item.code !== 'C3');
      v2 = structuredClone(v1);
      v2.methods = v2.methods.filter((code) => code !== 'COVERT_VISIT');
      v2.policy.checklist.push({ code: 'C3', text: '行政执法是否规范' });
      v2.effect.indicators = [{ code: 'I1', name: '问题整改完成率', target: 95 }];
      v2.scheme.milestones = [
        { name: '方案报备', dueAt: '2023-03-31T00:00:00.000Z' },
        { name: '问题清单', dueAt: '2023-07-31T00:00:00.000Z' },
        { name: '中期评估', dueAt: '2023-06-30T00:00:00.000Z' },
      ];
      const published = await publishedProject(city, [c1, c2], { input: projectInput({ unifications: v1 }) });
      projectId = published.projectId;
      county1Assignment = published.assignments.find((a) => a.tenant.code === c1)!.id;
      county2Assignment = published.assignments.find((a) => a.tenant.code === c2)!.id;
      await county1.ok(ACKNOWLEDGE, { id: county1Assignment });
      const { submitFindings } = await county1.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
        assignmentId: county1Assignment,
        findings: [findingInput({ method: 'COVERT_VISIT', checklistCode: 'C2' })],
      });
      findingBefore = submitFindings[0]!.id;
    });

    it('the issuer revises with a note: version 2, versions [1, 2], and the assigned counties read the new plan', async () => {
      const { reviseJointProject } = await city.ok<{
        reviseJointProject: { id: string; version: number; versions: number[] };
      }>(REVISE, { id: projectId, unifications: v2, note: '根据中期调研情况调整检查要点和时间节点' });
      expect(reviseJointProject).toEqual({ id: projectId, version: 2, versions: [1, 2] });
      const seen = await project(county1, projectId);
      expect(seen).toMatchObject({ version: 2, versions: [1, 2] });
      expect(seen.unifications.methods.map((m) => m.code)).toEqual(['SPECIAL_REPORT', 'APPRAISAL']);
      expect(seen.unifications.policy.checklist.map((c) => c.code)).toEqual(['C1', 'C2', 'C3']);
    });

    it('revisions lists every version with its note, for the issuer and the assigned county alike', async () => {
      const REVISIONS = `query ($id: ID!) { jointProject(id: $id) { revisions { version note createdAt publishedAt } } }`;
      for (const client of [city, county1]) {
        const { jointProject } = await client.ok<{
          jointProject: {
            revisions: Array<{
              version: number;
              note: string | null;
              createdAt: string;
              publishedAt: string | null;
            }>;
          };
        }>(REVISIONS, { id: projectId });
        expect(jointProject.revisions.map(({ version, note }) => ({ version, note }))).toEqual([
          { version: 1, note: null },
          { version: 2, note: '根据中期调研情况调整检查要点和时间节点' },
        ]);
        const [first, second] = jointProject.revisions;
        expect(first?.publishedAt).not.toBeNull();
        expect(Date.parse(second!.createdAt)).toBeGreaterThanOrEqual(Date.parse(first!.createdAt));
      }
    });

    it('changes(1, 2) names each change by section and readable path, with before and after', async () => {
      const found = await changes(county1, 1, 2);
      const normal = found.map((change) =>
        change.section === 'SCHEME'
          ? {
              ...change,
              before: change.before && new Date(change.before).toISOString(),
              after: change.after && new Date(change.after).toISOString(),
            }
          : change,
      );
      expect(normal).toHaveLength(5);
      expect(normal).toEqual(
        expect.arrayContaining([
          {
            section: 'SCHEME',
            path: 'scheme.milestones.问题清单',
            before: '2023-08-31T00:00:00.000Z',
            after: '2023-07-31T00:00:00.000Z',
          },
          {
            section: 'SCHEME',
            path: 'scheme.milestones.中期评估',
            before: null,
            after: '2023-06-30T00:00:00.000Z',
          },
          {
            section: 'METHODS',
            path: 'methods.COVERT_VISIT',
            before: expect.stringContaining('COVERT_VISIT'),
            after: null,
          },
          {
            section: 'POLICY',
            path: 'policy.checklist.C3',
            before: null,
            after: expect.stringContaining('行政执法是否规范'),
          },
          {
            section: 'EFFECT',
            path: 'effect.indicators.I1',
            before: expect.stringContaining('90'),
            after: expect.stringContaining('95'),
          },
        ]),
      );
      expect(found.filter((change) => change.section === 'LEADERSHIP')).toEqual([]);
      expect(found.some((change) => change.path === 'scheme.milestones.方案报备')).toBe(false);
      expect(found.some((change) => change.path.startsWith('policy.checklist.C1'))).toBe(false);
    });

    it('changes read backwards the other way; a version against itself has none', async () => {
      const back = await changes(city, 2, 1);
      expect(back).toContainEqual({
        section: 'METHODS',
        path: 'methods.COVERT_VISIT',
        before: null,
        after: expect.stringContaining('COVERT_VISIT'),
      });
      expect(back).toContainEqual(
        expect.objectContaining({ section: 'POLICY', path: 'policy.checklist.C3', after: null }),
      );
      expect(await changes(city, 2, 2)).toEqual([]);
      expect(await changes(city, 1, 1)).toEqual([]);
    });

    it('an unknown version is BAD_USER_INPUT', async () => {
      for (const [from, to] of [
        [1, 3],
        [0, 2],
        [-1, 1],
      ] as const) {
        await refused(city, CHANGES, { id: projectId, from, to }, 'BAD_USER_INPUT');
      }
    });

    it('a tenant that cannot see the project cannot read its changes', async () => {
      await refused(township21, CHANGES, { id: projectId, from: 1, to: 2 }, HIDDEN);
    });

    it('a revision without a note is BAD_USER_INPUT naming note, and the version is unchanged', async () => {
      for (const note of ['', '   ']) {
        const error = await refused(
          city,
          REVISE,
          { id: projectId, unifications: v2, note },
          'BAD_USER_INPUT',
        );
        expect(fieldsOf(error)).toContain('note');
      }
      expect(await versionOf(projectId)).toBe(2);
    });

    it('a revision by a county (not the issuer), a township or a VIEWER is refused, the version unchanged', async () => {
      for (const client of [county1, county2, township11]) {
        await refused(client, REVISE, { id: projectId, unifications: v1, note: '越权修订' }, HIDDEN);
      }
      await refused(
        cityViewer,
        REVISE,
        { id: projectId, unifications: v1, note: '只读账号修订' },
        'FORBIDDEN',
      );
      expect(await versionOf(projectId)).toBe(2);
      expect((await project(city, projectId)).versions).toEqual([1, 2]);
    });

    const invalid: Array<[string, () => Unifications, RegExp]> = [
      [
        'endsAt before startsAt',
        () => withScheme(v2, { startsAt: '2023-11-30T00:00:00.000Z', endsAt: '2023-03-01T00:00:00.000Z' }),
        /^unifications\.scheme\.endsAt$/,
      ],
      [
        'a duplicate checklist code',
        () => ({
          ...v2,
          policy: {
            ...v2.policy,
            checklist: [...v2.policy.checklist, { code: 'C1', text: '重复的要点' }],
          },
        }),
        /^unifications\.policy\.checklist\.3/,
      ],
      [
        'an unknown method',
        () => ({ ...v2, methods: ['SPECIAL_REPORT', 'NO_SUCH_METHOD'] }),
        /^unifications\.methods\.1$/,
      ],
    ];
    it.each(invalid)(
      'a revision with %s is BAD_USER_INPUT naming the field, the version unchanged',
      async (_label, sent, field) => {
        const error = await refused(
          city,
          REVISE,
          { id: projectId, unifications: sent(), note: '错误的修订' },
          'BAD_USER_INPUT',
        );
        expect(fieldsOf(error).some((name) => field.test(name))).toBe(true);
        expect(await versionOf(projectId)).toBe(2);
        expect((await project(city, projectId)).versions).toEqual([1, 2]);
      },
    );

    it('an assignment acknowledged on version 1 is outdated; one never acknowledged is not', async () => {
      expect(await assignmentDetail(county1, county1Assignment)).toMatchObject({
        acknowledgedVersion: 1,
        outdated: true,
      });
      expect(await assignmentDetail(county2, county2Assignment)).toMatchObject({
        status: 'ISSUED',
        acknowledgedVersion: null,
        outdated: false,
      });
      const seenByIssuer = (await project(city, projectId)).assignments;
      expect(seenByIssuer.find((a) => a.id === county1Assignment)).toMatchObject({ outdated: true });
    });

    it('acknowledging again records version 2: no longer outdated, and the work already done stays', async () => {
      await county1.ok(ACKNOWLEDGE, { id: county1Assignment });
      const detail = await assignmentDetail(county1, county1Assignment);
      expect(detail).toMatchObject({ acknowledgedVersion: 2, outdated: false, status: 'IN_PROGRESS' });
    });

    it('findings keep the version they were reported under; new ones get version 2', async () => {
      const { submitFindings } = await county1.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
        assignmentId: county1Assignment,
        findings: [findingInput({ method: 'SPECIAL_REPORT', checklistCode: 'C3' })],
      });
      expect(await projectVersionOfFinding(findingBefore)).toBe(1);
      expect(await projectVersionOfFinding(submitFindings[0]!.id)).toBe(2);
      const [kept] = await sqlRows<{ status: string; method_code: string }>(
        platform.dataSource,
        'SELECT status, method_code FROM finding WHERE id = $1',
        [findingBefore],
      );
      expect(kept).toEqual({ status: 'REPORTED', method_code: 'COVERT_VISIT' });
    });
  });

  describe('cascading: a county publishes on into its townships', () => {
    let projectId: string;
    let county1Assignment: string;
    let cascaded: Array<{ id: string; status: string; tenant: { code: string } }>;

    const assignmentsFor = (code: string) =>
      countRows(
        platform.dataSource,
        'SELECT 1 FROM assignment a JOIN tenant t ON t.id = a.tenant_id WHERE a.project_id = $1 AND t.code = $2',
        [projectId, code],
      );
    const cascadedTo = (code: string) => cascaded.find((a) => a.tenant.code === code)!;

    beforeAll(async () => {
      const published = await publishedProject(city, [c1, c2]);
      projectId = published.projectId;
      county1Assignment = published.assignments.find((a) => a.tenant.code === c1)!.id;
      await county1.ok(ACKNOWLEDGE, { id: county1Assignment });
    });

    it('a county holding an acknowledged assignment publishes to its townships: the county’s assignment is their parent', async () => {
      const { publishJointProject } = await county1.ok<{
        publishJointProject: Array<{ id: string; status: string; tenant: { code: string } }>;
      }>(PUBLISH, { id: projectId, targets: { tenantIds: [ids[t11], ids[t12]], includeDescendants: false } });
      cascaded = publishJointProject;
      expect(cascaded.map((a) => a.tenant.code).sort()).toEqual([t11, t12].sort());
      expect(cascaded.every((a) => a.status === 'ISSUED')).toBe(true);
      const detail = await assignmentDetail(township11, cascadedTo(t11).id);
      expect(detail.parent).toEqual({ id: county1Assignment, tenant: { code: c1 } });
      expect((await assignmentDetail(county1, county1Assignment)).parent).toBeNull();
    });

    it('publishing again adds nothing and answers the same assignments', async () => {
      const { publishJointProject } = await county1.ok<{ publishJointProject: Array<{ id: string }> }>(
        PUBLISH,
        {
          id: projectId,
          targets: { tenantIds: [ids[t11]], includeDescendants: false },
        },
      );
      expect(publishJointProject.map((a) => a.id)).toEqual([cascadedTo(t11).id]);
      expect(await assignmentsFor(t11)).toBe(1);
    });

    it('a county whose assignment is only ISSUED cannot pass it on: CONFLICT, nothing assigned', async () => {
      const error = await refused(
        county2,
        PUBLISH,
        { id: projectId, targets: { tenantIds: [ids[t21]], includeDescendants: false } },
        'CONFLICT',
      );
      expect(error.extensions?.['reason']).toBe('ASSIGNMENT_NOT_ACKNOWLEDGED');
      expect(await assignmentsFor(t21)).toBe(0);
    });

    it('a county cannot publish to a township of another county, its sibling or its city', async () => {
      for (const target of [t21, c2, tree.city]) {
        await refused(
          county1,
          PUBLISH,
          { id: projectId, targets: { tenantIds: [ids[target]], includeDescendants: false } },
          HIDDEN,
        );
      }
      expect(await assignmentsFor(t21)).toBe(0);
      const error = await refused(
        county1,
        PUBLISH,
        { id: projectId, targets: { tenantIds: [ids[t12], ids[t21]], includeDescendants: false } },
        HIDDEN,
      );
      expect(error.raw).not.toContain('测试镇2-1');
      expect(await assignmentsFor(t21)).toBe(0);
    });

    it('the county sees the cascaded assignments in jointProject.assignments; the city sees all of them', async () => {
      const byCounty = (await project(county1, projectId)).assignments;
      expect(byCounty.map((a) => a.tenant.code).sort()).toEqual([c1, t11, t12].sort());
      const byCity = (await project(city, projectId)).assignments;
      expect(byCity.map((a) => a.tenant.code).sort()).toEqual([c1, c2, t11, t12].sort());
      expect(byCity.find((a) => a.tenant.code === t12)?.parent).toEqual({
        id: county1Assignment,
        tenant: { code: c1 },
      });
      expect(byCity.find((a) => a.tenant.code === c2)?.parent).toBeNull();
      expect((await project(county2, projectId)).assignments.map((a) => a.tenant.code)).toEqual([c2]);
    });

    it('a cascaded township acknowledges, reports, and its county reviews what it reports', async () => {
      await township11.ok(ACKNOWLEDGE, { id: cascadedTo(t11).id });
      await township12.ok(ACKNOWLEDGE, { id: cascadedTo(t12).id });
      const reported11 = await township11.ok<{ submitFindings: Array<{ id: string; status: string }> }>(
        SUBMIT,
        {
          assignmentId: cascadedTo(t11).id,
          findings: [findingInput(), findingInput()],
        },
      );
      const reported12 = await township12.ok<{ submitFindings: Array<{ id: string; status: string }> }>(
        SUBMIT,
        {
          assignmentId: cascadedTo(t12).id,
          findings: [findingInput()],
        },
      );
      const all = [...reported11.submitFindings, ...reported12.submitFindings];
      expect(all.every((finding) => finding.status === 'REPORTED')).toBe(true);
      // a sibling township does not review its neighbour's findings
      await refused(township12, REVIEW, { ids: [reported11.submitFindings[0]!.id], accept: true }, HIDDEN);
      const accepted = await county1.ok<{ reviewFindings: Array<{ id: string; status: string }> }>(REVIEW, {
        ids: reported11.submitFindings.map((finding) => finding.id),
        accept: true,
      });
      expect(accepted.reviewFindings.map((finding) => finding.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
      const returned = await county1.ok<{ reviewFindings: Array<{ status: string }> }>(REVIEW, {
        ids: [reported12.submitFindings[0]!.id],
        accept: false,
        reason: '问题描述不具体,请补充时间地点',
      });
      expect(returned.reviewFindings[0]?.status).toBe('RETURNED');
    });

    it('a county that issued its own project publishes it without a parent', async () => {
      const { createJointProject } = await county1.ok<{ createJointProject: { id: string } }>(
        CREATE_PROJECT,
        {
          input: projectInput(),
        },
      );
      const { publishJointProject } = await county1.ok<{ publishJointProject: Array<{ id: string }> }>(
        PUBLISH,
        {
          id: createJointProject.id,
          targets: { tenantIds: [ids[t11]], includeDescendants: false },
        },
      );
      expect((await assignmentDetail(township11, publishJointProject[0]!.id)).parent).toBeNull();
    });
  });
});
