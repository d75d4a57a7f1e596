import { randomUUID } from 'node:crypto';
import { Random } from '../demo-year/random';
import { TenantTree, TreeTenant } from './tenant-tree';
import { Topic, TOPICS } from './topics';
import { YearDays } from './year-days';

export interface PlannedProject {
  id: string;
  year: number;
  publisher: TreeTenant;
  topic: Topic;
  title: string;
  isKey: boolean;
  methods: string[];
  leadCommitteeId: string | null;
  publishedAt: number;
  unifications: Record<string, unknown>;
  assignments: PlannedAssignment[];
}

export interface PlannedAssignment {
  id: string;
  project: PlannedProject;
  tenant: TreeTenant;
  publishedBy: TreeTenant;
  parentId: string | null;
  createdAt: number;
  acknowledgedAt: number;
  /** How many findings its tenant reports under it. */
  findings: number;
}

const COVERT_VISIT = 'COVERT_VISIT';

/** Projects a year: cities publish a few each, provinces one or two (their trees are large). */
function projectsPerYear(level: string, random: Random): number {
  switch (level) {
    case 'PROVINCE':
      return random.int(1, 2);
    case 'CITY':
      return random.int(2, 4);
    default:
      return 0;
  }
}

function publishersOf(tree: TenantTree): TreeTenant[] {
  const publishers = tree.tenants.filter((tenant) => tenant.level === 'PROVINCE' || tenant.level === 'CITY');
  // A tree without cities or provinces (a county on its own) still has its roots to publish.
  return publishers.length > 0 ? publishers : tree.tenants.filter((tenant) => tenant.parent === null);
}

function unificationsOf(
  publisher: TreeTenant,
  topic: Topic,
  methods: string[],
  days: YearDays,
  startDay: number,
): Record<string, unknown> {
  return {
    leadership: {
      leadBody: `${publisher.name}人大常委会${topic.committee}`,
      leader: '常委会副主任(分管)',
      office: `${publisher.name}人大常委会监督工作统筹协调办公室`,
    },
    scheme: {
      objectives: `上下联动开展${topic.subject},${topic.goal}。`,
      startsAt: days.iso(startDay),
      endsAt: days.iso(353),
      milestones: [
        { name: '方案报备', dueAt: days.iso(startDay + 20) },
        { name: '自查和暗访调查完成', dueAt: days.iso(startDay + 90) },
        { name: '问题清单报送', dueAt: days.iso(startDay + 150) },
      ],
    },
    methods,
    policy: { legalBasis: [...topic.legalBasis], checklist: topic.checklist.map((item) => ({ ...item })) },
    effect: { indicators: topic.indicators.map((indicator) => ({ ...indicator })) },
  };
}

/** Issues the project down the publisher's subtree, each tier passing it on once it has acknowledged. */
function cascade(
  project: PlannedProject,
  from: TreeTenant,
  parent: PlannedAssignment | null,
  issuedAt: number,
  random: Random,
): void {
  for (const child of from.children) {
    const createdAt = issuedAt + random.int(0, 120) * 60_000;
    const assignment: PlannedAssignment = {
      id: randomUUID(),
      project,
      tenant: child,
      publishedBy: from,
      parentId: parent?.id ?? null,
      createdAt,
      acknowledgedAt: createdAt + random.int(1, 5) * 86_400_000 + random.int(0, 300) * 60_000,
      findings: 0,
    };
    project.assignments.push(assignment);
    cascade(project, child, assignment, assignment.acknowledgedAt + random.int(1, 3) * 86_400_000, random);
  }
}

/** The year's joint projects and their assignments, the same for the same seed and tree. */
export function planProjects(tree: TenantTree, days: YearDays, random: Random): PlannedProject[] {
  const projects: PlannedProject[] = [];
  const others = tree.methods.filter((code) => code !== COVERT_VISIT);
  for (const publisher of publishersOf(tree)) {
    const count = projectsPerYear(publisher.level, random) || 2;
    for (const topic of random.sample(TOPICS, Math.min(count, TOPICS.length))) {
      const methods = random.sample(others, Math.min(others.length, random.int(2, 3)));
      if (tree.methods.includes(COVERT_VISIT) && random.chance(0.7)) {
        methods.push(COVERT_VISIT);
      }
      const publishDay = 59 + random.int(0, 60);
      const project: PlannedProject = {
        id: randomUUID(),
        year: days.year,
        publisher,
        topic,
        title: `${publisher.name}${days.year}年${topic.subject}`,
        isKey: random.chance(0.4),
        methods,
        leadCommitteeId: publisher.committeeIds.length > 0 ? random.pick(publisher.committeeIds) : null,
        publishedAt: days.at(publishDay, 9 * 60 + random.int(0, 480)),
        unifications: unificationsOf(publisher, topic, methods, days, publishDay + 7),
        assignments: [],
      };
      cascade(project, publisher, null, project.publishedAt + 3_600_000, random);
      projects.push(project);
    }
  }
  return projects;
}

/** Weight of an assignment in the spread: counties and townships report most, some townships nothing. */
function weightOf(assignment: PlannedAssignment, random: Random): number {
  const factor = 0.2 + random.next() * 1.6;
  switch (assignment.tenant.level) {
    case 'TOWNSHIP':
      return random.chance(0.3) ? 0 : factor;
    case 'COUNTY':
      return 3 * factor;
    default:
      return 2 * factor;
  }
}

/** Spreads `total` findings over the assignments by weight, the rounding remainder one by one in order. */
export function spreadFindings(projects: PlannedProject[], total: number, random: Random): void {
  const assignments = projects.flatMap((project) => project.assignments);
  const weights = assignments.map((assignment) => weightOf(assignment, random));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    return;
  }
  let given = 0;
  assignments.forEach((assignment, index) => {
    assignment.findings = Math.floor((total * weights[index]) / sum);
    given += assignment.findings;
  });
  const receiving = assignments.filter((_, index) => weights[index] > 0);
  for (let index = 0; given < total; index = (index + 1) % receiving.length) {
    receiving[index].findings += 1;
    given += 1;
  }
}
