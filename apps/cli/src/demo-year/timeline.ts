import { WorkingCalendar } from '@liandong/handoffs';
import { TenantLevel } from '@liandong/tenancy';
import { CalendarDay, shanghaiDay, shanghaiTime } from '@liandong/time';
import { scheduleHandoffs } from './handoff-timeline';
import { PLAN_ITEM_MOVED, scheduleSessions } from './session-timeline';
import { PlanTenant, YearPlan } from './plan';
import { Random } from './random';
import {
  earliest,
  LAST_WORKING_DAY,
  latest,
  OFFICE_HOURS,
  ROUTINE_HOURS,
  SWEEP_HOUR,
  YearCalendar,
} from './year-calendar';
import { YearEvent, YearStep } from './year-events';
import { Planning } from './planning';
import { DemoProject, Paperwork, problemListMilestone } from './year-data.schema';

export const TIMELINE_SEED = 20_230_203;

/** The chair's council drafts the annual plan after the Spring Festival and adopts it in February. */
export const ANNUAL_PLAN_DRAFTED: CalendarDay = '2023-01-30';
export const ANNUAL_PLAN_ADOPTED: CalendarDay = '2023-02-03';

/** How far into its window (plan filed → problem list due) a tier's first activities fall, at the earliest. */
const ACTIVITIES_FROM = 0.4;
/** Share of milestones an assignment reports a few working days late. */
const LATE_MILESTONE_SHARE = 0.02;
/** County plans first filed without one of the unified checklist points, returned, then filed again. */
const INCOMPLETE_PLANS = 2;

export interface TimelineInput {
  plan: YearPlan;
  projects: readonly DemoProject[];
  paperwork: Paperwork;
  tenants: readonly PlanTenant[];
  calendar?: WorkingCalendar;
  seed?: number;
}

interface Assignment {
  project: number;
  tenant: string;
  level: TenantLevel;
  /** The tenant that published it, and reviews its local plan: the city for a county, the county for a township. */
  publisher: string;
  acknowledged: CalendarDay;
  /** When its plan was filed, or the plan-filing milestone marked. */
  planned?: CalendarDay;
  lastReport?: CalendarDay;
}

/**
 * The demo year's calendar, decided up front from the plan and a seed: every step at a Beijing instant
 * on a working day, each after what it needs, in time order. Playing it is setting the clock and calling
 * the step's service, instant by instant.
 */
export function planTimeline(input: TimelineInput): YearEvent[] {
  const rng = new Random(input.seed ?? TIMELINE_SEED);
  const calendar = new YearCalendar(input.calendar ?? new WorkingCalendar(), rng);
  const events: YearEvent[] = [];
  const add = (at: Date, step: YearStep): void => {
    events.push({ ...step, at });
  };
  const planning: Planning = { ...input, calendar, rng, add };
  const assignments = planAssignments(planning);
  planLocalPlans(planning, assignments);
  const reviewedAt = planFindings(planning, assignments);
  planMilestones(planning, assignments);
  const deadlines = [...scheduleHandoffs({ ...planning, reviewedAt }), ...scheduleSessions(planning)];
  const first = deadlines.reduce((min, deadline) => (deadline < min ? deadline : min));
  for (
    let day = calendar.shift(shanghaiDay(first), 1);
    day <= LAST_WORKING_DAY;
    day = calendar.shift(day, 1)
  ) {
    add(shanghaiTime(day, SWEEP_HOUR), { kind: 'sweep-deadlines' });
  }
  // Stable: steps at one instant keep the order they were planned in.
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The annual plan, then each project issued and published a few working days before it starts, and passed down. */
function planAssignments(planning: Planning): Map<string, Assignment> {
  const { calendar, rng, add } = planning;
  const city = planning.tenants.find((tenant) => tenant.level === TenantLevel.CITY);
  if (!city) {
    throw new Error('the tenant tree has no city');
  }
  add(shanghaiTime(ANNUAL_PLAN_DRAFTED, '10:00'), { kind: 'draft-annual-plan' });
  add(shanghaiTime(ANNUAL_PLAN_ADOPTED, '15:00'), { kind: 'adopt-annual-plan' });
  const assignments = new Map<string, Assignment>();
  planning.projects.forEach((project, index) => {
    const published = calendar.shift(shanghaiDay(project.unifications.scheme.startsAt), -rng.int(2, 4));
    const issued = calendar.shift(published, -rng.int(1, 2));
    if (issued <= ANNUAL_PLAN_ADOPTED) {
      throw new Error(`project ${project.key} would be issued before the annual plan is adopted`);
    }
    add(calendar.at(issued, OFFICE_HOURS), { kind: 'issue-project', project: index });
    add(calendar.at(published, OFFICE_HOURS), { kind: 'publish-project', project: index });
    // Its item of the annual plan (the joint items come first, in the projects' order) starts with it.
    add(shanghaiTime(published, PLAN_ITEM_MOVED), { kind: 'start-plan-item', item: index });
    for (const county of project.counties) {
      const acknowledged = calendar.after(published, 1, 3);
      add(calendar.at(acknowledged, ROUTINE_HOURS), { kind: 'acknowledge', project: index, tenant: county });
      assignments.set(key(index, county), {
        project: index,
        tenant: county,
        level: TenantLevel.COUNTY,
        publisher: city.code,
        acknowledged,
      });
      if (!project.includeDescendants) {
        continue;
      }
      const forwarded = calendar.after(acknowledged, 1, 2);
      add(calendar.at(forwarded, OFFICE_HOURS), { kind: 'forward-project', project: index, county });
      const townships = planning.tenants
        .filter((tenant) => tenant.parentCode === county)
        .sort((a, b) => a.code.localeCompare(b.code));
      for (const township of townships) {
        const ack = calendar.after(forwarded, 1, 4);
        add(calendar.at(ack, ROUTINE_HOURS), { kind: 'acknowledge', project: index, tenant: township.code });
        assignments.set(key(index, township.code), {
          project: index,
          tenant: township.code,
          level: TenantLevel.TOWNSHIP,
          publisher: county,
          acknowledged: ack,
        });
      }
    }
  });
  return assignments;
}

/**
 * 方案报备: counties, and the townships that report problems, file a local plan before the first milestone
 * and the tier that published it reviews it; the other townships follow their county's plan and mark the
 * milestone. A couple of county plans come back once for a missing checklist point.
 */
function planLocalPlans(planning: Planning, assignments: Map<string, Assignment>): void {
  const { calendar, rng, add } = planning;
  const reporters = new Set(planning.plan.batches.map((batch) => key(batch.project, batch.reporterCode)));
  const counties = [...assignments.values()].filter((a) => a.level === TenantLevel.COUNTY);
  const incomplete = new Set(rng.sample(counties, INCOMPLETE_PLANS).map((a) => key(a.project, a.tenant)));
  for (const [id, assignment] of assignments) {
    const project = planning.projects[assignment.project];
    const [planMilestone] = project.unifications.scheme.milestones;
    if (!planMilestone) {
      throw new Error(`project ${project.key} has no milestones`);
    }
    const due = calendar.onOrBefore(shanghaiDay(planMilestone.dueAt));
    if (assignment.level === TenantLevel.TOWNSHIP && !reporters.has(id)) {
      assignment.planned = calendar.pick(calendar.shift(assignment.acknowledged, 1), due);
      add(calendar.at(assignment.planned, ROUTINE_HOURS), {
        kind: 'submit-milestone',
        project: assignment.project,
        tenant: assignment.tenant,
        milestone: planMilestone.name,
        note: planning.paperwork.followsCountyPlan,
      });
      continue;
    }
    const filed = calendar.pick(calendar.shift(assignment.acknowledged, 2), calendar.shift(due, -1));
    assignment.planned = filed;
    const step = { project: assignment.project, tenant: assignment.tenant };
    const review = { ...step, kind: 'review-local-plan' as const, reviewer: assignment.publisher };
    const complete = !incomplete.has(id);
    add(calendar.at(filed, OFFICE_HOURS), { ...step, kind: 'file-local-plan', complete });
    const reviewed = calendar.after(filed, 1, 3);
    add(calendar.at(reviewed, OFFICE_HOURS), { ...review, accept: complete });
    if (!complete) {
      const refiled = calendar.after(reviewed, 1, 3);
      add(calendar.at(refiled, OFFICE_HOURS), { ...step, kind: 'file-local-plan', complete: true });
      add(calendar.at(calendar.after(refiled, 1, 2), OFFICE_HOURS), { ...review, accept: true });
    }
  }
}

/**
 * Each reporting tier holds one activity per method its problems were found by, between filing its plan
 * and the problem-list milestone; records it the next working days and reports that activity's problems;
 * the tier above accepts them a few working days later. Returns when each finding was accepted.
 */
function planFindings(planning: Planning, assignments: Map<string, Assignment>): Date[] {
  const { calendar, rng, add } = planning;
  const reviewedAt: Date[] = [];
  for (const batch of planning.plan.batches) {
    const project = planning.projects[batch.project];
    const assignment = assignments.get(key(batch.project, batch.reporterCode));
    if (!assignment?.planned) {
      throw new Error(`${batch.reporterCode} holds no assignment of project ${project.key}`);
    }
    const due = calendar.onOrBefore(shanghaiDay(problemListMilestone(project).dueAt));
    const from = latest(
      calendar.shift(assignment.planned, 1),
      calendar.onOrAfter(shanghaiDay(project.unifications.scheme.startsAt)),
    );
    const byMethod = new Map<string, number[]>();
    for (const index of batch.findings) {
      const method = planning.plan.findings[index]?.row.method;
      byMethod.set(method, [...(byMethod.get(method) ?? []), index]);
    }
    const last = calendar.shift(due, -4);
    // The visits cluster in the months before the problem list is due, after the plans are settled.
    const first = calendar.shift(from, Math.floor(calendar.between(from, last) * ACTIVITIES_FROM));
    for (const [method, findings] of byMethod) {
      const held = calendar.pick(first, last);
      const covert = method === 'COVERT_VISIT';
      const step = { project: batch.project, tenant: batch.reporterCode, method };
      const recorded = calendar.after(held, 1, 2);
      add(calendar.at(recorded, OFFICE_HOURS), {
        ...step,
        kind: 'record-activity',
        // 暗访 goes out early and unannounced (四不两直); the others are a working day's visit.
        startsAt: shanghaiTime(held, covert ? '07:30' : '09:00'),
        endsAt: shanghaiTime(held, covert ? '12:00' : '17:00'),
        covert,
        participants: covert
          ? { members: rng.int(1, 2), deputies: rng.int(0, 2), experts: 0, staff: rng.int(1, 3) }
          : {
              members: rng.int(3, 8),
              deputies: rng.int(4, 15),
              experts: rng.int(0, 3),
              staff: rng.int(2, 4),
            },
      });
      const reported = calendar.after(recorded, 1, 2);
      add(calendar.at(reported, OFFICE_HOURS), { ...step, kind: 'report-findings', findings });
      assignment.lastReport = latest(assignment.lastReport ?? reported, reported);
      const reviewer = planning.plan.findings[findings[0]]?.reviewerCode;
      const reviewed = calendar.at(calendar.after(reported, 2, 5), OFFICE_HOURS);
      add(reviewed, { kind: 'review-findings', reviewer, findings });
      for (const index of findings) {
        reviewedAt[index] = reviewed;
      }
    }
  }
  return reviewedAt;
}

/**
 * The unified milestones after plan filing, each marked by every assignment in the working days before
 * it falls due (the problem list after its last report); a few come in a little late.
 */
function planMilestones(planning: Planning, assignments: Map<string, Assignment>): void {
  const { calendar, rng, add } = planning;
  for (const assignment of assignments.values()) {
    const project = planning.projects[assignment.project];
    const milestones = project.unifications.scheme.milestones;
    const problemList = problemListMilestone(project).name;
    if (!assignment.planned) {
      throw new Error(`${assignment.tenant} marks project ${project.key}'s milestones before its plan`);
    }
    let previous = assignment.planned;
    milestones.slice(1).forEach((milestone, i) => {
      const due = calendar.onOrBefore(shanghaiDay(milestone.dueAt));
      let from = latest(calendar.shift(previous, 1), calendar.shift(due, -6));
      if (milestone.name === problemList && assignment.lastReport) {
        from = latest(from, calendar.shift(assignment.lastReport, 1));
      }
      const last = i === milestones.length - 2;
      const day =
        !last && rng.chance(LATE_MILESTONE_SHARE) ? calendar.after(due, 1, 4) : calendar.pick(from, due);
      previous = earliest(day, LAST_WORKING_DAY);
      add(calendar.at(previous, ROUTINE_HOURS), {
        kind: 'submit-milestone',
        project: assignment.project,
        tenant: assignment.tenant,
        milestone: milestone.name,
        note: null,
      });
    });
  }
}

function key(project: number, tenant: string): string {
  return `${project}|${tenant}`;
}
