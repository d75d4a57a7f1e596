import { addMonths, CalendarDay, endOfShanghaiDay, shanghaiDay, shanghaiTime } from '@liandong/time';
import { PlannedOpinion } from './plan';
import { Planning } from './planning';
import { Random } from './random';
import { LAST_WORKING_DAY, latest, OFFICE_HOURS } from './year-calendar';
import { Ballot, YearStep } from './year-events';

/** An opinion is due two months after it is issued: the API's default, which the year leaves alone. */
const OPINION_MONTHS = 2;
/** Verification closes opinion items by this day at the latest, as it does handoffs. */
const LAST_CLOSING_DAY: CalendarDay = '2023-12-28';
/** The city's standing committee members who vote in a satisfaction evaluation. */
const CITY_COMMITTEE = 45;
/** Sessions are recorded once the morning's sitting is over; plan items move at the day's end. */
const SESSION_RECORDED = '11:30';
export const PLAN_ITEM_MOVED = '17:00';

/**
 * The city's own year beside the joint projects: its own plan items started, completed or adjusted on
 * their days (a joint item starts when its project is published, in the assignments' timeline); its
 * sessions recorded on the day they sit; each session's opinion issued some working days later, due two
 * months on, signed by its body, answered with its 研究处理情况报告 before the deadline (one some days after,
 * once the sweep has pressed it) and verified item by item by the office, one answer put to the standing
 * committee's satisfaction vote; the opinions of the autumn still open at the year's end as far as their
 * fate says. Returns the opinions' deadlines.
 */
export function scheduleSessions(planning: Planning): Date[] {
  const { plan, calendar, add } = planning;
  const at = (day: string, time: string): Date => shanghaiTime(calendar.onOrAfter(day), time);
  plan.planItems.forEach((item, index) => {
    if (item.project === null && item.startedOn) {
      add(at(item.startedOn, PLAN_ITEM_MOVED), { kind: 'start-plan-item', item: index });
    }
    if (item.completedOn) {
      add(at(item.completedOn, PLAN_ITEM_MOVED), { kind: 'complete-plan-item', item: index });
    }
    if (item.adjusted) {
      add(at(item.adjusted.on, PLAN_ITEM_MOVED), { kind: 'adjust-plan-item', item: index });
    }
  });
  plan.sessions.forEach((session, index) => {
    if (!calendar.isWorking(session.heldOn)) {
      throw new Error(`session ${session.title} sits on ${session.heldOn}, not a working day`);
    }
    add(shanghaiTime(session.heldOn, SESSION_RECORDED), { kind: 'record-session', session: index });
  });
  return plan.opinions.map((opinion, index) => scheduleOpinion(planning, opinion, index));
}

function scheduleOpinion(planning: Planning, planned: PlannedOpinion, index: number): Date {
  const { calendar, add } = planning;
  const place = (day: CalendarDay, step: YearStep): Date => {
    const instant = calendar.at(day, OFFICE_HOURS);
    add(instant, step);
    return instant;
  };
  const { opinion } = planned;
  const items = opinion.items.map((_, item) => item);
  const heldOn = planning.plan.sessions[planned.session]?.heldOn;
  const issuedAt = place(calendar.after(heldOn, 3, 6), { kind: 'issue-opinion', opinion: index });
  const issued = shanghaiDay(issuedAt);
  const deadline = endOfShanghaiDay(addMonths(issuedAt, OPINION_MONTHS));
  const due = calendar.onOrBefore(shanghaiDay(deadline));
  if (opinion.fate === 'ISSUED') {
    return deadline;
  }
  const signed = calendar.after(issued, 1, 3);
  for (const item of items) {
    place(signed, { kind: 'sign-opinion-item', opinion: index, item });
  }
  switch (opinion.fate) {
    case 'SIGNED':
      return deadline;
    case 'RECTIFYING':
      for (const item of items) {
        place(calendar.pick(calendar.shift(signed, 3), calendar.shift(LAST_WORKING_DAY, -2)), {
          kind: 'report-opinion-progress',
          opinion: index,
          item,
        });
      }
      return deadline;
    case 'REPLIED':
      place(
        calendar.pick(
          latest(calendar.shift(signed, 2), calendar.shift(LAST_WORKING_DAY, -8)),
          LAST_WORKING_DAY,
        ),
        {
          kind: 'answer-opinion',
          opinion: index,
        },
      );
      return deadline;
    case 'CLOSED':
      break;
  }
  const answered = opinion.lateBy
    ? calendar.shift(due, opinion.lateBy)
    : // Bodies answer in the last weeks before the deadline, as they answer handoffs.
      calendar.pick(latest(calendar.shift(signed, 8), calendar.shift(due, -20)), calendar.shift(due, -7));
  place(answered, { kind: 'answer-opinion', opinion: index });
  const closed = items.map((item) => {
    const day = calendar.after(answered, 2, 5);
    if (day > LAST_CLOSING_DAY) {
      throw new Error(`opinion ${planned.letterNo} would close after ${LAST_CLOSING_DAY}`);
    }
    return place(day, { kind: 'verify-opinion-item', opinion: index, item });
  });
  if (opinion.evaluated) {
    const last = closed.reduce((a, b) => (b > a ? b : a));
    const voted = calendar.after(shanghaiDay(last), 3, 10);
    const ballot = ballotOf(planning.rng);
    for (const item of items) {
      place(voted, { kind: 'evaluate-opinion-item', opinion: index, item, ballot });
    }
  }
  return deadline;
}

/** A secret ballot of the city's standing committee that passes, as the handoffs' evaluations do. */
function ballotOf(rng: Random): Ballot {
  const present = CITY_COMMITTEE - rng.int(2, 5);
  const unsatisfied = rng.int(0, 1);
  const basicallySatisfied = rng.int(2, 6);
  return {
    eligible: CITY_COMMITTEE,
    satisfied: present - basicallySatisfied - unsatisfied,
    basicallySatisfied,
    unsatisfied,
  };
}
