import { DEFAULT_LADDER, LOOK_BACK_MONTHS } from '@liandong/handoffs';
import { addCalendarDays, addMonths, CalendarDay, endOfShanghaiDay, shanghaiDay } from '@liandong/time';
import { TenantLevel } from '@liandong/tenancy';
import { PlannedHandoff } from './plan';
import { Planning } from './planning';
import { Random } from './random';
import {
  earliest,
  LAST_WORKING_DAY,
  latest,
  OFFICE_HOURS,
  YEAR_END_DEADLINE,
  YearCalendar,
} from './year-calendar';
import { Ballot, YearStep } from './year-events';

/** Verification closes items by this day at the latest, leaving the year's last day for look-backs and evaluations. */
const LAST_CLOSING_DAY: CalendarDay = '2023-12-28';
/** Items closed after their deadline, once the sweep has pushed them (催办, 督办函, one 挂牌督办). */
const LATE_CLOSURES = 6;
/** Working days after the deadline at which the automatic ladder reaches 挂牌督办 (level 3). */
const LISTED_AFTER = DEFAULT_LADDER.level2AfterDays + DEFAULT_LADDER.level3AfterDays;
/** Items closed within an approved extension, and an open one extended to the year's end. */
const CLOSED_EXTENSIONS = 2;
const OPEN_EXTENSIONS = 1;
/** Extensions are asked for deadlines up to this day, leaving the extended time within the year. */
const EXTENSIONS_UNTIL: CalendarDay = '2023-11-15';
/** The standing committee's members who vote in a satisfaction evaluation: the city's, a county's. */
const CITY_COMMITTEE = 45;
const COUNTY_COMMITTEE = 27;

export interface HandoffTimelineInput extends Planning {
  /** When each finding was accepted: its handoff is issued some working days after the last. */
  reviewedAt: readonly Date[];
}

interface Letter {
  index: number;
  planned: PlannedHandoff;
  issued: CalendarDay;
  signed: CalendarDay;
  deadline: Date;
  /** The deadline's day, the last one for on-time work. */
  due: CalendarDay;
}

type Role =
  | { kind: 'on-time' }
  | { kind: 'late'; workingDays: number }
  | { kind: 'extended'; until: 'later' | 'year-end' };

interface Timed {
  gap: number;
  step: YearStep;
}

/**
 * Each handoff from issue to where its fate leaves it at the year's end: issued a few working days after
 * its findings were accepted, its deadline `deadlineDays` later (at most the year's end), signed, worked,
 * reported and verified before the deadline, except a few closed late after escalation and a few that
 * asked for and got more time. Closed items are looked back at six months on, when that falls in 2023,
 * and one per project that evaluates satisfaction is put to its standing committee's vote. Returns the
 * deadlines as first set.
 */
export function scheduleHandoffs(input: HandoffTimelineInput): Date[] {
  const { calendar, rng } = input;
  const levels = new Map(input.tenants.map((tenant) => [tenant.code, tenant.level]));
  const letters = input.plan.handoffs.map((planned, index): Letter => {
    const reviewed = planned.findings
      .map((finding) => input.reviewedAt[finding])
      .reduce<Date | undefined>((last, at) => (at && (!last || at > last) ? at : last), undefined);
    if (!reviewed) {
      throw new Error(`handoff ${planned.letterNo} holds findings never reviewed`);
    }
    const issued = calendar.after(shanghaiDay(reviewed), 2, 6);
    const natural = endOfShanghaiDay(calendar.onOrAfter(addCalendarDays(issued, planned.deadlineDays)));
    const deadline = natural < YEAR_END_DEADLINE ? natural : YEAR_END_DEADLINE;
    return {
      index,
      planned,
      issued,
      signed: calendar.after(issued, 1, 3),
      deadline,
      due: shanghaiDay(deadline),
    };
  });
  const roles = chooseRoles(letters, calendar, rng, levels);
  const closures = new Map<number, Date>();
  for (const letter of letters) {
    place(input, letter.issued, { kind: 'hand-off', handoff: letter.index, deadline: letter.deadline });
    const closed = work(input, letter, roles.get(letter.index) ?? { kind: 'on-time' });
    if (closed) {
      closures.set(letter.index, closed);
      lookBack(input, letter, closed);
    }
  }
  evaluate(input, letters, closures, roles, levels);
  return letters.map((letter) => letter.deadline);
}

function chooseRoles(
  letters: readonly Letter[],
  calendar: YearCalendar,
  rng: Random,
  levels: ReadonlyMap<string, TenantLevel>,
): Map<number, Role> {
  const roles = new Map<number, Role>();
  const free = (letter: Letter): boolean => !roles.has(letter.index);
  const closed = rng.shuffle(
    letters.filter((letter) => letter.planned.fate === 'CLOSED' && !letter.planned.failedOnce),
  );
  const room = (letter: Letter): number => calendar.between(letter.due, LAST_CLOSING_DAY);
  // One county letter left so long that the sweep lists it (挂牌督办) and raises it to the city.
  const listed = closed.find(
    (letter) =>
      levels.get(letter.planned.handlerCode) === TenantLevel.COUNTY && room(letter) >= LISTED_AFTER + 6,
  );
  if (listed) {
    roles.set(listed.index, { kind: 'late', workingDays: LISTED_AFTER + rng.int(0, 2) });
  }
  for (const letter of closed.filter((l) => free(l) && room(l) >= 14).slice(0, LATE_CLOSURES - 1)) {
    roles.set(letter.index, { kind: 'late', workingDays: rng.int(1, 9) });
  }
  const extendable = (letter: Letter): boolean =>
    free(letter) && letter.due <= EXTENSIONS_UNTIL && calendar.between(letter.signed, letter.due) >= 6;
  for (const letter of closed.filter(extendable).slice(0, CLOSED_EXTENSIONS)) {
    roles.set(letter.index, { kind: 'extended', until: 'later' });
  }
  const rectifying = rng.shuffle(letters.filter((letter) => letter.planned.fate === 'RECTIFYING'));
  for (const letter of rectifying.filter(extendable).slice(0, OPEN_EXTENSIONS)) {
    roles.set(letter.index, { kind: 'extended', until: 'year-end' });
  }
  return roles;
}

/** The department's work on one handoff and the handing tier's checks; returns when it was closed, if it was. */
function work(input: HandoffTimelineInput, letter: Letter, role: Role): Date | null {
  const { calendar, rng } = input;
  const { planned, index } = letter;
  if (planned.fate === 'ISSUED') {
    return null;
  }
  place(input, letter.signed, { kind: 'sign', handoff: index });
  const progress = planned.progress.map((_, step): Timed => ({
    gap: 3,
    step: { kind: 'report-progress', handoff: index, step },
  }));
  const done = (again: boolean): YearStep => ({ kind: 'report-done', handoff: index, again });
  const verify = (passed: boolean): YearStep => ({ kind: 'verify', handoff: index, passed });
  let from = letter.signed;
  let to = earliest(letter.due, LAST_CLOSING_DAY);
  if (role.kind === 'extended') {
    const requested = calendar.pick(calendar.shift(letter.signed, 2), calendar.shift(letter.due, -2));
    const approved = calendar.shift(requested, 1);
    const later = endOfShanghaiDay(calendar.onOrAfter(addCalendarDays(letter.due, rng.int(20, 40))));
    const until = role.until === 'year-end' || later > YEAR_END_DEADLINE ? YEAR_END_DEADLINE : later;
    place(input, requested, { kind: 'request-extension', handoff: index, until });
    place(input, approved, { kind: 'approve-extension', handoff: index });
    from = latest(approved, letter.due);
    to = earliest(shanghaiDay(until), LAST_CLOSING_DAY);
  }
  switch (planned.fate) {
    case 'SIGNED':
      return null;
    case 'RECTIFYING':
      spread(input, from, LAST_CLOSING_DAY, progress);
      return null;
    case 'REPLIED': {
      // Replied in the year's last weeks: verification is still to come.
      const progressed = spread(input, from, calendar.shift(LAST_WORKING_DAY, -10), progress);
      const earliestReply = calendar.shift(progressed ? shanghaiDay(progressed) : from, 1);
      const replied = calendar.pick(
        latest(earliestReply, calendar.shift(LAST_WORKING_DAY, -8)),
        LAST_WORKING_DAY,
      );
      place(input, replied, done(false));
      return null;
    }
    case 'CLOSED':
      break;
  }
  if (role.kind === 'late') {
    spread(input, from, letter.due, progress);
    const replied = calendar.shift(letter.due, role.workingDays);
    place(input, replied, done(false));
    return place(input, calendar.after(replied, 2, 3), verify(true));
  }
  const redo: Timed[] = planned.failedOnce
    ? [
        { gap: 2, step: verify(false) },
        { gap: 3, step: done(true) },
      ]
    : [];
  return spread(input, from, to, [
    ...progress,
    { gap: 2, step: done(false) },
    ...redo,
    { gap: 2, step: verify(true) },
  ]);
}

/**
 * Places steps after `from`, each at least its gap of working days after the one before, with a random
 * part of the spare days shared among them: work finishes anywhere from early to the last days before
 * `to`. Returns the instant of the last step, null when there is none.
 */
function spread(
  input: HandoffTimelineInput,
  from: CalendarDay,
  to: CalendarDay,
  steps: readonly Timed[],
): Date | null {
  const { calendar, rng } = input;
  const needed = steps.reduce((sum, step) => sum + step.gap, 0);
  const available = calendar.between(from, to);
  // Short of days, every gap shrinks to one working day rather than run past `to`.
  const gaps = steps.map((step) => (needed <= available ? step.gap : 1));
  const spare = Math.max(0, available - gaps.reduce((sum, gap) => sum + gap, 0));
  const used = Math.round(spare * (0.5 + 0.5 * rng.next()));
  const weights = steps.map(() => rng.next());
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  let day = from;
  let last: Date | null = null;
  steps.forEach((timed, i) => {
    day = calendar.shift(day, (gaps[i] ?? 1) + Math.floor((used * (weights[i] ?? 0)) / total));
    last = place(input, day, timed.step);
  });
  return last;
}

/** 回头看 six months after closure, when that falls within the year. */
function lookBack(input: HandoffTimelineInput, letter: Letter, closedAt: Date): void {
  const due = shanghaiDay(addMonths(closedAt, LOOK_BACK_MONTHS));
  if (due < LAST_WORKING_DAY) {
    const { calendar } = input;
    place(input, calendar.pick(calendar.shift(due, 1), LAST_WORKING_DAY), {
      kind: 'look-back',
      handoff: letter.index,
    });
  }
}

/**
 * 满意度测评: in each project that evaluates satisfaction, the standing committee (the city's or a county's)
 * votes on one of its closed items, some working days after closure. Every vote passes: a failing one
 * would send the item back, and the year's closed count is the seed article's.
 */
function evaluate(
  input: HandoffTimelineInput,
  letters: readonly Letter[],
  closures: ReadonlyMap<number, Date>,
  roles: ReadonlyMap<number, Role>,
  levels: ReadonlyMap<string, TenantLevel>,
): void {
  const { calendar, rng } = input;
  input.projects.forEach((project, projectIndex) => {
    if (!project.unifications.methods.includes('SATISFACTION_EVALUATION')) {
      return;
    }
    const candidates = letters.filter((letter) => {
      const closed = closures.get(letter.index);
      const level = levels.get(letter.planned.handlerCode);
      return (
        letter.planned.project === projectIndex &&
        closed !== undefined &&
        !roles.has(letter.index) &&
        (level === TenantLevel.CITY || level === TenantLevel.COUNTY) &&
        shanghaiDay(closed) < calendar.shift(LAST_WORKING_DAY, -10)
      );
    });
    if (candidates.length === 0) {
      return;
    }
    const chosen = rng.pick(candidates);
    const closed = closures.get(chosen.index) as Date;
    const level = levels.get(chosen.planned.handlerCode) as TenantLevel;
    place(input, calendar.after(shanghaiDay(closed), 3, 10), {
      kind: 'evaluate',
      handoff: chosen.index,
      ballot: ballotOf(rng, level),
    });
  });
}

function place(input: HandoffTimelineInput, day: CalendarDay, step: YearStep): Date {
  const at = input.calendar.at(day, OFFICE_HOURS);
  input.add(at, step);
  return at;
}

/** A secret ballot that passes: most of the members present satisfied, a few basically satisfied. */
function ballotOf(rng: Random, level: TenantLevel): Ballot {
  const eligible = level === TenantLevel.CITY ? CITY_COMMITTEE : COUNTY_COMMITTEE;
  const present = eligible - rng.int(2, 5);
  const unsatisfied = rng.int(0, 1);
  const basicallySatisfied = rng.int(2, 6);
  return { eligible, satisfied: present - basicallySatisfied - unsatisfied, basicallySatisfied, unsatisfied };
}
