import { endOfBeijingDay, formatDay, startOfBeijingDay } from '../common/format';
import type { LedgerItemKind, SessionKind } from '../graphql/generated/enums';
import type { ReviewOpinionInput, SessionInput } from '../graphql/generated/graphql';

/** 办理期限 of an opinion unless chosen: two months from the day it is sent (监督法 practice). */
export const DEFAULT_OPINION_MONTHS = 2;

/**
 * The Beijing calendar day `months` after `now`'s, as YYYY-MM-DD; a day the shorter month lacks becomes its
 * last day (12-31 plus two months is 02-28, or 02-29).
 */
export function monthsAfter(now: Date, months: number): string {
  const [year, month, day] = formatDay(now.toISOString()).split('-').map(Number) as [number, number, number];
  const index = month - 1 + months;
  const targetYear = year + Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

export interface SessionValues {
  kind: SessionKind;
  number: number;
  /** YYYY-MM-DD, the Beijing day it sat. */
  heldOn: string;
  title?: string;
  reports?: Array<{ title?: string; departmentId?: string }>;
}

/** The session as recordSession takes it: reports without a title are left out, a blank title defaulted. */
export function toSessionInput(values: SessionValues): SessionInput {
  const reports = (values.reports ?? [])
    .filter((report) => report.title?.trim())
    .map((report) => ({ title: (report.title ?? '').trim(), departmentId: report.departmentId ?? null }));
  const title = values.title?.trim();
  return {
    kind: values.kind,
    number: values.number,
    heldOn: startOfBeijingDay(values.heldOn),
    ...(title && { title }),
    reports,
  };
}

export interface OpinionValues {
  kind: LedgerItemKind;
  reportId?: string;
  departmentId: string;
  title: string;
  items: Array<{ text?: string }>;
  /** YYYY-MM-DD, the Beijing day it is due. */
  deadline?: string;
  leadCommitteeId?: string;
  letterNo?: string;
}

/** The opinion as issueReviewOpinion takes it: blank items left out, the deadline the end of its day. */
export function toOpinionInput(sessionId: string, values: OpinionValues): ReviewOpinionInput {
  const letterNo = values.letterNo?.trim();
  return {
    sessionId,
    kind: values.kind,
    departmentId: values.departmentId,
    title: values.title.trim(),
    items: values.items.map((item) => item.text?.trim() ?? '').filter((text) => text !== ''),
    ...(values.reportId && { reportId: values.reportId }),
    ...(values.deadline && { deadline: endOfBeijingDay(values.deadline) }),
    ...(values.leadCommitteeId && { leadCommitteeId: values.leadCommitteeId }),
    ...(letterNo && { letterNo }),
  };
}

/** How far an opinion's items have come: closed of all, and how many are overdue. */
export function opinionProgress(items: ReadonlyArray<{ status: string; overdue: boolean }>): {
  closed: number;
  total: number;
  overdue: number;
} {
  return {
    closed: items.filter((item) => item.status === 'CLOSED').length,
    total: items.length,
    overdue: items.filter((item) => item.overdue).length,
  };
}
