import { resolve } from 'node:path';
import {
  automaticLevelDue,
  EvaluationResult,
  EvaluationScheme,
  evaluate,
  LOOK_BACK_MONTHS,
  WorkingCalendar,
} from '@liandong/handoffs';
import { TenantLevel } from '@liandong/tenancy';
import { cityTree } from '../seed/divisions';
import { planYear, PlanTenant, YEAR_TARGETS } from './plan';
import { ANNUAL_PLAN_ADOPTED, planTimeline } from './timeline';
import { YEAR_CLOSE, YEAR_END_DEADLINE } from './year-calendar';
import { YearEvent, YearStepKind } from './year-events';
import { demoYearData } from './year-data';
import { problemListMilestone } from './year-data.schema';
import { addMonths, endOfShanghaiDay, shanghaiDay } from '@liandong/time';

const tenants: PlanTenant[] = cityTree(resolve(__dirname, '../../../../data/divisions'), '4103').map(
  (node) => ({ code: node.code, name: node.name, level: node.level, parentCode: node.parentCode }),
);
const levelOf = new Map(tenants.map((tenant) => [tenant.code, tenant.level]));
const working = new WorkingCalendar();
const data = demoYearData();
const { projects, paperwork } = data;
const plan = planYear(tenants, data);
const events = planTimeline({ plan, projects, paperwork, tenants });

type Of<K extends YearStepKind> = Extract<YearEvent, { kind: K }>;
function all<K extends YearStepKind>(kind: K): Array<Of<K>> {
  return events.filter((event): event is Of<K> => event.kind === kind);
}
function month(at: Date): string {
  return shanghaiDay(at).slice(0, 7);
}

/** Per handoff, the instant of each step of its life. */
const life = plan.handoffs.map((_, index) => {
  const of = <K extends YearStepKind>(kind: K): Array<Of<K>> =>
    all(kind).filter((event) => 'handoff' in event && event.handoff === index);
  const [issued] = of('hand-off');
  return {
    issued,
    signed: of('sign')[0]?.at,
    replied: of('report-done')[0]?.at,
    closed: of('verify').find((event) => event.passed)?.at,
    extension: of('request-extension')[0],
    approved: of('approve-extension')[0]?.at,
    steps: events.filter((event) => 'handoff' in event && event.handoff === index),
  };
});
const reportedAt = new Map<number, Date>();
for (const event of all('report-findings')) {
  event.findings.forEach((finding) => reportedAt.set(finding, event.at));
}
const reviewedAt = new Map<number, Date>();
for (const event of all('review-findings')) {
  event.findings.forEach((finding) => reviewedAt.set(finding, event.at));
}

describe('planTimeline', () => {
  it('plays every step in 2023, on a working day, in time order', () => {
    const astray = events.filter(
      (event) =>
        shanghaiDay(event.at) < '2023-01-01' ||
        event.at > YEAR_CLOSE ||
        !working.isWorkingDay(shanghaiDay(event.at)),
    );
    expect(astray).toEqual([]);
    const times = events.map((event) => event.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('adopts the annual plan in February and publishes each project before it starts, after adoption', () => {
    const [adopted] = all('adopt-annual-plan');
    expect(shanghaiDay(adopted!.at)).toBe(ANNUAL_PLAN_ADOPTED);
    expect(month(adopted!.at)).toBe('2023-02');
    projects.forEach((project, index) => {
      const issued = all('issue-project').find((event) => event.project === index)!;
      const published = all('publish-project').find((event) => event.project === index)!;
      expect(issued.at > adopted!.at).toBe(true);
      expect(published.at > issued.at).toBe(true);
      expect(published.at < project.unifications.scheme.startsAt).toBe(true);
    });
  });

  it('has each county acknowledge before passing the project on, and its townships after', () => {
    const acknowledged = new Map(
      all('acknowledge').map((event) => [`${event.project}|${event.tenant}`, event.at]),
    );
    expect(acknowledged.size).toBe(all('acknowledge').length);
    for (const forward of all('forward-project')) {
      expect(acknowledged.get(`${forward.project}|${forward.county}`)! < forward.at).toBe(true);
      const townships = tenants.filter((tenant) => tenant.parentCode === forward.county);
      for (const township of townships) {
        expect(acknowledged.get(`${forward.project}|${township.code}`)! > forward.at).toBe(true);
      }
    }
    const expected = projects.reduce(
      (sum, project) =>
        sum +
        project.counties.length +
        (project.includeDescendants
          ? tenants.filter((tenant) => project.counties.includes(tenant.parentCode ?? '')).length
          : 0),
      0,
    );
    expect(acknowledged.size).toBe(expected);
  });

  it('files local plans before the plan-filing milestone, reviewed by the tier that published them', () => {
    const firstFiled = new Map<string, Of<'file-local-plan'>>();
    for (const event of all('file-local-plan')) {
      const assignment = `${event.project}|${event.tenant}`;
      firstFiled.set(assignment, firstFiled.get(assignment) ?? event);
    }
    expect(firstFiled.size).toBeGreaterThan(0);
    for (const filed of firstFiled.values()) {
      const [planFiling] = projects[filed.project]!.unifications.scheme.milestones;
      expect(planFiling!.name).toMatch(/^方案报备/);
      expect(filed.at < planFiling!.dueAt).toBe(true);
    }
    const reviews = all('review-local-plan');
    const decided = new Map<string, boolean>();
    for (const review of reviews) {
      const filed = firstFiled.get(`${review.project}|${review.tenant}`);
      expect(filed!.at < review.at).toBe(true);
      const tenant = tenants.find((candidate) => candidate.code === review.tenant)!;
      expect(review.reviewer).toBe(tenant.level === TenantLevel.COUNTY ? '4103' : tenant.parentCode);
      decided.set(`${review.project}|${review.tenant}`, review.accept);
    }
    expect(reviews.some((review) => !review.accept)).toBe(true);
    expect(reviews.some((review) => levelOf.get(review.reviewer) === TenantLevel.COUNTY)).toBe(true);
    // Every plan filed is accepted in the end, a returned one after filing it again.
    expect([...decided.keys()].sort()).toEqual([...firstFiled.keys()].sort());
    expect([...decided.values()].every(Boolean)).toBe(true);
  });

  it('has every assignment mark every unified milestone, after acknowledging it, a few (≤ 3%) late', () => {
    const marked = new Map<string, Date>();
    for (const event of all('submit-milestone')) {
      marked.set(`${event.project}|${event.tenant}|${event.milestone}`, event.at);
    }
    for (const event of all('file-local-plan')) {
      const [planFiling] = projects[event.project]!.unifications.scheme.milestones;
      const id = `${event.project}|${event.tenant}|${planFiling!.name}`;
      marked.set(id, marked.get(id) ?? event.at);
    }
    const missing: string[] = [];
    const early: string[] = [];
    const lateness: number[] = [];
    for (const acknowledged of all('acknowledge')) {
      const { milestones } = projects[acknowledged.project]!.unifications.scheme;
      for (const milestone of milestones) {
        const id = `${acknowledged.project}|${acknowledged.tenant}|${milestone.name}`;
        const at = marked.get(id);
        if (!at) {
          missing.push(id);
        } else if (at <= acknowledged.at) {
          early.push(id);
        } else if (at > milestone.dueAt) {
          lateness.push(working.workingDaysBetween(milestone.dueAt, at));
        }
      }
    }
    expect(missing).toEqual([]);
    expect(early).toEqual([]);
    expect(lateness.length).toBeGreaterThan(0);
    expect(lateness.length / marked.size).toBeLessThanOrEqual(0.03);
    expect(Math.max(...lateness)).toBeLessThanOrEqual(5);
  });

  it('reports each finding once, after the activity that found it and by its problem-list milestone', () => {
    expect(reportedAt.size).toBe(YEAR_TARGETS.findings);
    for (const report of all('report-findings')) {
      const project = projects[report.project]!;
      const activity = all('record-activity').find(
        (event) =>
          event.project === report.project &&
          event.tenant === report.tenant &&
          event.method === report.method,
      )!;
      expect(activity.endsAt <= activity.at && activity.at < report.at).toBe(true);
      expect(report.at > project.unifications.scheme.startsAt).toBe(true);
      expect(report.at <= problemListMilestone(project).dueAt).toBe(true);
      for (const finding of report.findings) {
        expect(plan.findings[finding]?.row.method).toBe(report.method);
      }
    }
    expect(new Set([...reportedAt.values()].map(month)).size).toBeGreaterThanOrEqual(4);
  });

  it('records covert visits (暗访), the Yellow River project’s among them', () => {
    const covert = all('record-activity').filter((event) => event.covert);
    expect(covert.length).toBeGreaterThan(0);
    expect(covert.every((event) => event.method === 'COVERT_VISIT')).toBe(true);
    const yellowRiver = projects.findIndex((project) => project.key === 'yellow-river');
    expect(covert.some((event) => event.project === yellowRiver)).toBe(true);
  });

  it('moves each handoff forward in order: reported < reviewed < issued < signed < replied < closed < year end', () => {
    plan.handoffs.forEach((planned, index) => {
      const { issued, signed, replied, closed } = life[index]!;
      expect(issued).toBeDefined();
      for (const finding of planned.findings) {
        expect(reportedAt.get(finding)! < reviewedAt.get(finding)!).toBe(true);
        expect(reviewedAt.get(finding)! < issued!.at).toBe(true);
      }
      expect(issued!.deadline > issued!.at).toBe(true);
      expect(issued!.deadline <= YEAR_END_DEADLINE).toBe(true);
      const chain = [issued!.at, signed, replied, closed].filter((at): at is Date => at !== undefined);
      expect(chain).toEqual([...chain].sort((a, b) => a.getTime() - b.getTime()));
      expect(new Set(chain.map((at) => at.getTime())).size).toBe(chain.length);
      expect(closed !== undefined).toBe(planned.fate === 'CLOSED');
      if (closed) {
        expect(closed < YEAR_CLOSE).toBe(true);
      }
      const times = life[index]!.steps.map((step) => step.at.getTime());
      expect(new Set(times).size).toBe(times.length);
    });
  });

  it('closes the ledger’s 113 items, handoffs and opinion items, between June and December, in at least six months', () => {
    const closures = [
      ...life.flatMap(({ closed }) => (closed ? [month(closed)] : [])),
      ...all('verify-opinion-item').map((event) => month(event.at)),
    ];
    expect(closures).toHaveLength(YEAR_TARGETS.ledgerClosed);
    expect(closures.every((m) => m >= '2023-06' && m <= '2023-12')).toBe(true);
    expect(new Set(closures).size).toBeGreaterThanOrEqual(6);
  });

  it('moves the plan’s items on their days: joint items started when published, 18 started, 8 completed, 2 adjusted', () => {
    const started = all('start-plan-item');
    const completed = all('complete-plan-item');
    const adjusted = all('adjust-plan-item');
    expect(started).toHaveLength(YEAR_TARGETS.started);
    expect(completed).toHaveLength(YEAR_TARGETS.completed);
    expect(adjusted).toHaveLength(2);
    projects.forEach((_, index) => {
      const published = all('publish-project').find((event) => event.project === index)!;
      const start = started.find((event) => event.item === index)!;
      expect(shanghaiDay(start.at)).toBe(shanghaiDay(published.at));
      expect(start.at > published.at).toBe(true);
    });
    for (const done of completed) {
      expect(started.find((event) => event.item === done.item)!.at < done.at).toBe(true);
    }
    // Adjusted by the 主任会议 sitting that day, recorded before.
    for (const event of adjusted) {
      const session = all('record-session').find((s) => shanghaiDay(s.at) === shanghaiDay(event.at))!;
      expect(plan.sessions[session.session]?.kind).toBe('CHAIRMEN');
      expect(session.at < event.at).toBe(true);
      expect(started.some((s) => s.item === event.item)).toBe(false);
    }
  });

  it('records each session on its day and works its opinions like handoffs: issued, signed, answered, verified', () => {
    expect(all('record-session')).toHaveLength(plan.sessions.length);
    plan.opinions.forEach((planned, index) => {
      const mine = <K extends YearStepKind>(kind: K): Array<Of<K>> =>
        all(kind).filter((event) => 'opinion' in event && event.opinion === index);
      const recorded = all('record-session').find((event) => event.session === planned.session)!;
      const [issued] = mine('issue-opinion');
      expect(issued!.at > recorded.at).toBe(true);
      const deadline = endOfShanghaiDay(addMonths(issued!.at, 2));
      const signed = mine('sign-opinion-item');
      const [answered] = mine('answer-opinion');
      const verified = mine('verify-opinion-item');
      const { fate, items, lateBy } = planned.opinion;
      expect(signed).toHaveLength(fate === 'ISSUED' ? 0 : items.length);
      expect(signed.every((event) => event.at > issued!.at)).toBe(true);
      expect(answered !== undefined).toBe(fate === 'CLOSED' || fate === 'REPLIED');
      expect(verified).toHaveLength(fate === 'CLOSED' ? items.length : 0);
      if (answered) {
        expect(signed.every((event) => event.at < answered.at)).toBe(true);
        expect(verified.every((event) => event.at > answered.at)).toBe(true);
      }
      if (fate === 'CLOSED') {
        // On time, or answered after the deadline once the sweep has pressed it.
        expect(answered!.at > deadline).toBe(lateBy !== undefined);
        expect(verified.every((event) => event.at <= deadline)).toBe(lateBy === undefined);
      }
      for (const evaluation of mine('evaluate-opinion-item')) {
        expect(verified.every((event) => event.at < evaluation.at)).toBe(true);
      }
    });
    expect(all('evaluate-opinion-item').length).toBeGreaterThan(0);
    const late = plan.opinions.findIndex((planned) => planned.opinion.lateBy !== undefined);
    const answered = all('answer-opinion').find((event) => event.opinion === late)!;
    const issued = all('issue-opinion').find((event) => event.opinion === late)!;
    const deadline = endOfShanghaiDay(addMonths(issued.at, 2));
    expect(all('sweep-deadlines').some((sweep) => sweep.at > deadline && sweep.at < answered.at)).toBe(true);
  });

  it('sweeps the deadlines each working morning, alone at its instant, from the first deadline to the year’s end', () => {
    const sweeps = all('sweep-deadlines');
    const firstDeadline = Math.min(
      ...life.map(({ issued }) => issued!.deadline.getTime()),
      ...all('issue-opinion').map((event) => endOfShanghaiDay(addMonths(event.at, 2)).getTime()),
    );
    expect(sweeps[0]!.at.getTime()).toBeGreaterThan(firstDeadline);
    expect(shanghaiDay(sweeps[sweeps.length - 1]!.at)).toBe('2023-12-29');
    const instants = new Set(sweeps.map((sweep) => sweep.at.getTime()));
    expect(events.filter((event) => instants.has(event.at.getTime()))).toHaveLength(sweeps.length);
  });

  it('closes most items on time and a few late, once the sweep has escalated them, one as far as 挂牌督办', () => {
    const sweeps = all('sweep-deadlines').map((sweep) => sweep.at);
    const levelAtClosure = life.map(({ issued, closed, approved, extension }) => {
      if (!closed) {
        return 0;
      }
      const deadline = approved ? extension!.until : issued!.deadline;
      const last = sweeps.filter((at) => at < closed).pop();
      return last
        ? automaticLevelDue({ deadline, closed: false }, last, working.workingDaysBetween(deadline, last))
        : 0;
    });
    const late = levelAtClosure.filter((level) => level > 0);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThanOrEqual(10);
    const listed = levelAtClosure.findIndex((level) => level === 3);
    expect(listed).toBeGreaterThanOrEqual(0);
    expect(levelOf.get(plan.handoffs[listed]!.handlerCode)).toBe(TenantLevel.COUNTY);
  });

  it('extends some deadlines on request, approved before the deadline passes', () => {
    const extended = life.filter(({ extension }) => extension !== undefined);
    expect(extended.length).toBeGreaterThan(0);
    for (const { issued, extension, approved, closed } of extended) {
      expect(extension!.at > issued!.at && approved! > extension!.at).toBe(true);
      expect(approved! < issued!.deadline).toBe(true);
      expect(extension!.until > issued!.deadline).toBe(true);
      if (closed) {
        expect(closed > issued!.deadline && closed < extension!.until).toBe(true);
      }
    }
    expect(extended.some(({ closed }) => closed !== undefined)).toBe(true);
  });

  it('holds passing satisfaction evaluations on closed items, after closure', () => {
    const evaluations = all('evaluate');
    expect(evaluations.length).toBeGreaterThan(0);
    for (const event of evaluations) {
      expect(event.at > life[event.handoff]!.closed!).toBe(true);
      const { eligible, ...votes } = event.ballot;
      const result = evaluate(EvaluationScheme.THREE_GRADE, eligible, { ...votes, averageScore: null });
      expect(result).toBe(EvaluationResult.SATISFIED);
    }
  });

  it('looks back at items closed by June six months on, in December', () => {
    const lookBacks = all('look-back');
    expect(lookBacks.length).toBeGreaterThan(0);
    for (const event of lookBacks) {
      const closed = life[event.handoff]!.closed!;
      expect(event.at >= addMonths(closed, LOOK_BACK_MONTHS)).toBe(true);
    }
    expect(lookBacks.some((event) => month(life[event.handoff]!.closed!) <= '2023-06')).toBe(true);
    expect(lookBacks.some((event) => month(event.at) === '2023-12')).toBe(true);
  });

  it('plays the same calendar from the same seed, whatever order the tree comes in', () => {
    const shuffled = [...tenants].reverse();
    expect(planTimeline({ plan: planYear(shuffled, data), projects, paperwork, tenants: shuffled })).toEqual(
      events,
    );
  });
});
