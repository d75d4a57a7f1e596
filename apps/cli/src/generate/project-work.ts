import { randomUUID } from 'node:crypto';
import { Random } from '../demo-year/random';
import { PlannedAssignment, PlannedProject } from './project-plan';
import { TreeTenant } from './tenant-tree';
import { ACTIVITY_PLACES, PROBLEM_DETAILS } from './topics';
import { YearDays } from './year-days';

const DAY = 86_400_000;
const MINUTE = 60_000;

export interface GeneratedActivity {
  id: string;
  assignment: PlannedAssignment;
  methodCode: string;
  startsAt: number;
  endsAt: number;
  location: string;
  summary: string;
  participants: { members: number; deputies: number; experts: number; staff: number };
  covert: boolean;
}

export type FindingStatusName =
  'REPORTED' | 'ACCEPTED' | 'RETURNED' | 'HANDED_OVER' | 'RECTIFYING' | 'CLOSED' | 'DISMISSED' | 'MERGED';

export type HandoffStatusName = 'ISSUED' | 'SIGNED' | 'RECTIFYING' | 'REPLIED' | 'CLOSED';

export interface GeneratedFinding {
  id: string;
  assignment: PlannedAssignment;
  activity: GeneratedActivity;
  title: string;
  description: string;
  checklistCode: string | null;
  category: string;
  severity: string;
  status: FindingStatusName;
  departmentId: string | null;
  handoffId: string | null;
  reportedAt: number;
  canonicalId: string | null;
  updatedAt: number;
}

export interface GeneratedHandoff {
  id: string;
  project: PlannedProject;
  tenant: TreeTenant;
  departmentId: string;
  letterNo: string;
  deadline: number;
  status: HandoffStatusName;
  escalationLevel: number;
  issuedAt: number;
  signedAt: number | null;
  repliedAt: number | null;
  closedAt: number | null;
  updatedAt: number;
}

export interface GeneratedEscalation {
  id: string;
  handoff: GeneratedHandoff;
  level: number;
  name: string;
  tenantId: string;
  reason: string;
  at: number;
}

export interface ProjectWork {
  activities: GeneratedActivity[];
  findings: GeneratedFinding[];
  handoffs: GeneratedHandoff[];
  escalations: GeneratedEscalation[];
}

/** The automatic part of the escalation ladder, as the escalations module names and reasons it. */
const AUTOMATIC_STEPS = [
  { name: '催办', reason: '逾期未办结 / not closed by its deadline', afterDays: 1 },
  { name: '督办函', reason: '逾期持续未办结 / still open after the deadline', afterDays: 8 },
  { name: '挂牌督办', reason: '逾期持续未办结 / still open after the deadline', afterDays: 22 },
];

/** What a handoff's findings are while it stands at each status (the handoff and finding machines agree). */
export const FINDING_STATUS_OF_HANDOFF: Readonly<Record<HandoffStatusName, FindingStatusName>> = {
  ISSUED: 'HANDED_OVER',
  SIGNED: 'HANDED_OVER',
  RECTIFYING: 'RECTIFYING',
  REPLIED: 'RECTIFYING',
  CLOSED: 'CLOSED',
};

function weighted<T extends string>(random: Random, table: ReadonlyArray<readonly [T, number]>): T {
  let roll = random.next();
  for (const [value, share] of table) {
    roll -= share;
    if (roll < 0) {
      return value;
    }
  }
  return table[table.length - 1][0];
}

/** A finding's fate before any handoff: most are accepted and handed over, some wait, some fall away. */
const FATES = [
  ['REPORTED', 0.07],
  ['RETURNED', 0.03],
  ['DISMISSED', 0.04],
  ['MERGED', 0.03],
  ['ACCEPTED', 0.1],
  ['HANDED_OVER', 0.73],
] as const;

const SEVERITIES = [
  ['NORMAL', 0.7],
  ['SERIOUS', 0.25],
  ['CRITICAL', 0.05],
] as const;

const HANDOFF_STATUSES = [
  ['ISSUED', 0.08],
  ['SIGNED', 0.1],
  ['RECTIFYING', 0.25],
  ['REPLIED', 0.1],
  ['CLOSED', 0.47],
] as const;

/** Within the project's tree: the publisher or below it. */
function inProjectTree(project: PlannedProject, tenant: TreeTenant): boolean {
  return tenant.path === project.publisher.path || tenant.path.startsWith(`${project.publisher.path}.`);
}

/** Who hands a finding over: its own tenant or the one above, whichever has units to take it. */
function handingTenant(project: PlannedProject, tenant: TreeTenant, random: Random): TreeTenant | null {
  const candidates = [tenant, tenant.parent].filter(
    (candidate): candidate is TreeTenant =>
      candidate !== null && candidate.departmentIds.length > 0 && inProjectTree(project, candidate),
  );
  if (candidates.length === 2) {
    return random.chance(0.6) ? candidates[0] : candidates[1];
  }
  return candidates[0] ?? null;
}

export class ProjectWorkGenerator {
  constructor(
    private readonly days: YearDays,
    private readonly random: Random,
    /** Letters issued so far per tenant, continued by the generated handoffs. */
    private readonly letters: Map<string, number>,
    /** Open handoffs past their deadline by now carry the automatic steps due, as the deadline sweep would. */
    private readonly now: number,
  ) {}

  generate(project: PlannedProject): ProjectWork {
    const work: ProjectWork = { activities: [], findings: [], handoffs: [], escalations: [] };
    const toHand = new Map<TreeTenant, GeneratedFinding[]>();
    for (const assignment of project.assignments) {
      let remaining = assignment.findings;
      let canonical: GeneratedFinding | null = null;
      while (remaining > 0) {
        const activity = this.activity(project, assignment);
        work.activities.push(activity);
        const count = Math.min(remaining, this.random.int(1, 12));
        remaining -= count;
        for (let index = 0; index < count; index += 1) {
          const finding = this.finding(project, assignment, activity);
          if (finding.status === 'MERGED') {
            if (canonical) {
              finding.canonicalId = canonical.id;
            } else {
              finding.status = 'REPORTED';
            }
          } else if (finding.status !== 'DISMISSED') {
            canonical = finding;
          }
          if (finding.status === 'HANDED_OVER') {
            const by = handingTenant(project, assignment.tenant, this.random);
            const handing = by ? (toHand.get(by) ?? []) : null;
            if (by && handing) {
              handing.push(finding);
              toHand.set(by, handing);
            } else {
              finding.status = 'ACCEPTED';
            }
          }
          work.findings.push(finding);
        }
      }
    }
    for (const [tenant, findings] of toHand) {
      for (let start = 0; start < findings.length;) {
        const size = this.random.int(1, 10);
        this.handoff(project, tenant, findings.slice(start, start + size), work);
        start += size;
      }
    }
    return work;
  }

  private activity(project: PlannedProject, assignment: PlannedAssignment): GeneratedActivity {
    const random = this.random;
    const firstDay = this.days.dayOf(assignment.acknowledgedAt) + 3;
    const day = random.int(firstDay, Math.max(firstDay, Math.min(firstDay + 150, 300)));
    const startsAt = this.days.at(day, 8 * 60 + random.int(0, 480));
    const methodCode = random.pick(project.methods);
    const place = `${assignment.tenant.name}${random.pick(ACTIVITY_PLACES)}`;
    return {
      id: randomUUID(),
      assignment,
      methodCode,
      startsAt,
      endsAt: startsAt + random.int(2, 5) * 60 * MINUTE,
      location: place,
      summary: `${project.topic.subject}:${place}`,
      participants: {
        members: random.int(2, 8),
        deputies: random.int(0, 5),
        experts: random.int(0, 2),
        staff: random.int(1, 3),
      },
      covert: methodCode === 'COVERT_VISIT',
    };
  }

  private finding(
    project: PlannedProject,
    assignment: PlannedAssignment,
    activity: GeneratedActivity,
  ): GeneratedFinding {
    const random = this.random;
    const problem = random.pick(project.topic.problems);
    const title = problem.title.replace('{place}', assignment.tenant.name);
    const reportedAt =
      activity.startsAt + random.int(0, 3) * DAY + random.int(60, 600) * MINUTE + random.int(0, 59_999);
    return {
      id: randomUUID(),
      assignment,
      activity,
      title,
      description: `${title}。${random.pick(PROBLEM_DETAILS)}`,
      checklistCode: random.chance(0.6) ? random.pick(project.topic.checklist).code : null,
      category: problem.category,
      severity: weighted(random, SEVERITIES),
      status: weighted(random, FATES),
      departmentId: null,
      handoffId: null,
      reportedAt,
      canonicalId: null,
      updatedAt: reportedAt + random.int(1, 5) * DAY,
    };
  }

  private handoff(
    project: PlannedProject,
    tenant: TreeTenant,
    findings: GeneratedFinding[],
    work: ProjectWork,
  ): void {
    const random = this.random;
    const days = this.days;
    const lastReported = Math.max(...findings.map((finding) => finding.reportedAt));
    const issuedDay = days.dayOf(lastReported) + random.int(3, 20);
    const issuedAt = days.at(issuedDay, 9 * 60 + random.int(0, 480));
    const deadlineDay = issuedDay + random.int(20, 60);
    const deadline = days.endOf(deadlineDay);
    const status = weighted(random, HANDOFF_STATUSES);
    const letters = (this.letters.get(tenant.id) ?? 0) + 1;
    this.letters.set(tenant.id, letters);
    const handoff: GeneratedHandoff = {
      id: randomUUID(),
      project,
      tenant,
      departmentId: random.pick(tenant.departmentIds),
      letterNo: `${tenant.code}-${days.year}-${String(letters).padStart(4, '0')}`,
      deadline,
      status,
      escalationLevel: 0,
      issuedAt,
      signedAt: status === 'ISSUED' ? null : issuedAt + random.int(1, 3) * DAY,
      repliedAt: null,
      closedAt: null,
      updatedAt: issuedAt,
    };
    let lastStep = handoff.signedAt ?? issuedAt;
    // An open handoff past its deadline has climbed every automatic step due by now; a closed one was late
    // now and then, and climbed some before it was closed.
    const stepsDue = AUTOMATIC_STEPS.filter(
      (step) => days.at(deadlineDay + step.afterDays, 8 * 60 + 30) <= this.now,
    ).length;
    const level =
      status === 'CLOSED' ? (random.chance(0.25) ? Math.min(stepsDue, random.int(1, 3)) : 0) : stepsDue;
    const late = level > 0;
    for (let step = 1; step <= level; step += 1) {
      const { name, reason, afterDays } = AUTOMATIC_STEPS[step - 1];
      const at = days.at(deadlineDay + afterDays, 8 * 60 + 30);
      work.escalations.push({
        id: randomUUID(),
        handoff,
        level: step,
        name,
        // 挂牌督办 is carried by the tier above the handing-over tenant.
        tenantId: step >= 3 ? (tenant.parent ?? tenant).id : tenant.id,
        reason,
        at,
      });
      lastStep = Math.max(lastStep, at);
    }
    handoff.escalationLevel = level;
    if (status === 'REPLIED' || status === 'CLOSED') {
      const earliest = days.dayOf(lastStep) + 2;
      const latest = late ? earliest + 20 : Math.max(earliest, deadlineDay - 1);
      handoff.repliedAt = days.at(random.int(earliest, latest), 9 * 60 + random.int(0, 480));
      lastStep = handoff.repliedAt;
    }
    if (status === 'CLOSED') {
      handoff.closedAt = (handoff.repliedAt ?? lastStep) + random.int(2, 15) * DAY;
      lastStep = handoff.closedAt;
    }
    if (status === 'RECTIFYING') {
      lastStep += random.int(3, 20) * DAY;
    }
    handoff.updatedAt = lastStep;
    const findingStatus = FINDING_STATUS_OF_HANDOFF[status];
    for (const finding of findings) {
      finding.status = findingStatus;
      finding.handoffId = handoff.id;
      finding.departmentId = handoff.departmentId;
      finding.updatedAt = lastStep;
    }
    work.handoffs.push(handoff);
  }
}
