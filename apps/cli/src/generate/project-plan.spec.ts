import { Random } from '../demo-year/random';
import { parseGenerateOptions } from './generate-options';
import { planProjects, spreadFindings } from './project-plan';
import { ProjectWorkGenerator } from './project-work';
import { TenantTree, TreeTenant } from './tenant-tree';
import { YearDays } from './year-days';

/** A city with two counties of three townships each (under a province when asked); every tenant has one unit. */
function smallTree(withProvince = false): TenantTree {
  const tenants: TreeTenant[] = [];
  const add = (code: string, level: string, parent: TreeTenant | null): TreeTenant => {
    const tenant: TreeTenant = {
      id: `id-${code}`,
      code,
      name: `名${code}`,
      level,
      path: parent ? `${parent.path}.${code}` : code,
      parent,
      children: [],
      accountId: `account-${code}`,
      departmentIds: [`department-${code}`],
      committeeIds: [],
    };
    parent?.children.push(tenant);
    tenants.push(tenant);
    return tenant;
  };
  const city = add('4103', 'CITY', withProvince ? add('41', 'PROVINCE', null) : null);
  for (const county of ['410302', '410303']) {
    const countyTenant = add(county, 'COUNTY', city);
    for (const township of ['001', '002', '003']) {
      add(`${county}${township}`, 'TOWNSHIP', countyTenant);
    }
  }
  return { tenants, byId: new Map(tenants.map((t) => [t.id, t])), methods: ['INSPECTION', 'COVERT_VISIT'] };
}

function figures(seed: number): unknown {
  const tree = smallTree();
  const random = new Random(seed);
  const days = new YearDays(2024);
  const projects = planProjects(tree, days, random);
  spreadFindings(projects, 500, random);
  const work = new ProjectWorkGenerator(days, random, new Map(), Date.parse('2026-01-01T00:00:00Z'));
  return projects.map((project) => {
    const { findings, handoffs } = work.generate(project);
    return {
      title: project.title,
      assignments: project.assignments.map((a) => [a.tenant.code, a.publishedBy.code, a.findings]),
      findings: findings.map((f) => [f.status, f.severity, f.title]),
      handoffs: handoffs.map((h) => [h.status, h.letterNo, h.escalationLevel]),
    };
  });
}

describe('generated volume plan', () => {
  it('spreads exactly the findings asked for over the assignments', () => {
    const tree = smallTree();
    const random = new Random(3);
    const projects = planProjects(tree, new YearDays(2024), random);
    spreadFindings(projects, 1_234, random);
    const assignments = projects.flatMap((project) => project.assignments);
    expect(assignments.reduce((sum, a) => sum + a.findings, 0)).toBe(1_234);
    // the city passes each project to its 2 counties, which pass it to their 6 townships
    expect(projects.every((project) => project.assignments.length === 8)).toBe(true);
  });

  it('has provinces publish too, their projects passed down through cities and counties to townships', () => {
    const projects = planProjects(smallTree(true), new YearDays(2024), new Random(9));
    const ofProvince = projects.filter((project) => project.publisher.level === 'PROVINCE');
    expect(ofProvince.length).toBeGreaterThan(0);
    for (const project of ofProvince) {
      // 1 city, 2 counties, 6 townships; each tier published by the one above
      expect(project.assignments.map((a) => a.tenant.level).sort()).toEqual(
        ['CITY', 'COUNTY', 'COUNTY', ...Array<string>(6).fill('TOWNSHIP')].sort(),
      );
      const city = project.assignments.find((a) => a.tenant.level === 'CITY');
      expect(city?.parentId).toBeNull();
      expect(project.assignments.filter((a) => a.parentId === city?.id)).toHaveLength(2);
    }
    expect(projects.some((project) => project.publisher.level === 'CITY')).toBe(true);
  });

  it('links township assignments to the county assignment they were passed on from', () => {
    const projects = planProjects(smallTree(), new YearDays(2024), new Random(5));
    for (const project of projects) {
      const byId = new Map(project.assignments.map((a) => [a.id, a]));
      for (const assignment of project.assignments) {
        const parent = assignment.parentId ? byId.get(assignment.parentId) : undefined;
        expect(parent?.tenant ?? project.publisher).toBe(assignment.publishedBy);
        expect(assignment.acknowledgedAt).toBeGreaterThan(assignment.createdAt);
        if (parent) {
          expect(assignment.createdAt).toBeGreaterThan(parent.acknowledgedAt);
        }
      }
    }
  });

  it('is the same for the same seed, and differs for another', () => {
    expect(figures(11)).toEqual(figures(11));
    expect(figures(12)).not.toEqual(figures(11));
  });
});

describe('generate options', () => {
  const now = new Date('2026-12-06T10:00:00Z');

  it('defaults to seed 1 and the last full Beijing year', () => {
    expect(parseGenerateOptions(['--findings', '2000'], now)).toEqual({
      findings: 2000,
      seed: 1,
      year: 2025,
      batchSize: 500,
    });
  });

  it('refuses a missing or malformed count', () => {
    expect(() => parseGenerateOptions([], now)).toThrow(/--findings/);
    expect(() => parseGenerateOptions(['--findings', 'many'], now)).toThrow(/whole number/);
  });
});
