import { Severity } from '@liandong/findings';
import { TenantLevel } from '@liandong/tenancy';
import { PlanItemCourse, planItemCourses } from './annual-plan';
import { Random } from './random';
import { DEMO_YEAR } from './year-calendar';
import { DemoYearData } from './year-data';
import {
  DemoOpinion,
  DemoProject,
  DemoSession,
  DeptCode,
  FindingTemplate,
  Paperwork,
  PlaceNames,
  problemListMilestone,
} from './year-data.schema';

/**
 * The seed article's city-wide figures: an annual plan of 28 items (18 key, 12 joint), 18 started and 8
 * completed; 372 problems, all handed over; a ledger of 129 items of both kinds (问题交办 and the sessions'
 * 审议意见 / 决议), 113 of them closed. How the ledger splits between the kinds follows from the sessions' data.
 */
export const YEAR_TARGETS = {
  planItems: 28,
  keyItems: 18,
  jointItems: 12,
  started: 18,
  completed: 8,
  findings: 372,
  ledgerItems: 129,
  ledgerClosed: 113,
} as const;

/** The open handoffs at the end of the year, by how far they got, in these proportions (3 : 4 : 6 : 3). */
function openHandoffFates(open: number): HandoffFate[] {
  const share = (parts: number): number => Math.round((open * parts) / 16);
  const issued = share(3);
  const signed = share(4);
  const replied = share(3);
  return [
    ...Array<HandoffFate>(issued).fill('ISSUED'),
    ...Array<HandoffFate>(signed).fill('SIGNED'),
    ...Array<HandoffFate>(Math.max(0, open - issued - signed - replied)).fill('RECTIFYING'),
    ...Array<HandoffFate>(replied).fill('REPLIED'),
  ];
}

export const DEMO_SEED = 20_230_101;

/** Courts and procuratorates answer for themselves: a government cannot take their problems over. */
export const JUDICIAL_DEPTS: ReadonlySet<DeptCode> = new Set(['court', 'procuratorate']);

/** Township letters kept before the townships' items go up to their county's letters. */
const TOWNSHIP_LETTERS = 18;

export interface PlanTenant {
  code: string;
  name: string;
  level: TenantLevel;
  parentCode: string | null;
}

export interface PlannedFinding {
  project: number;
  reporterCode: string;
  row: {
    title: string;
    description: string;
    method: string;
    checklistCode: string;
    category: string;
    severity: Severity;
    location: string;
  };
  /** The unit of the reporter's own tenant the row names; null leaves it to the tier that hands it over. */
  reportDept: DeptCode | null;
  reviewerCode: string;
}

export interface PlannedBatch {
  project: number;
  reporterCode: string;
  findings: number[];
}

export type HandoffFate = 'ISSUED' | 'SIGNED' | 'RECTIFYING' | 'REPLIED' | 'CLOSED';

export interface PlannedHandoff {
  project: number;
  handlerCode: string;
  dept: DeptCode;
  findings: number[];
  letterNo: string;
  deadlineDays: number;
  fate: HandoffFate;
  progress: Array<{ measures: string; percentDone: number }>;
  finalMeasures: string;
  /** A closed item whose first closing report did not pass verification. */
  failedOnce: boolean;
  failOpinion: string;
  passOpinion: string;
}

/** A session's opinion (审议意见 or 决议) as the year sends it: its session and report, letter and lead. */
export interface PlannedOpinion {
  session: number;
  report: number;
  opinion: DemoOpinion;
  letterNo: string;
  /** The lead committee's code: the deliberated plan item's lead, if any. */
  lead: string | null;
  /** What the office writes when it verifies each item. */
  passOpinions: string[];
}

export interface YearPlan {
  findings: PlannedFinding[];
  batches: PlannedBatch[];
  handoffs: PlannedHandoff[];
  opinions: PlannedOpinion[];
  /** The annual plan's items and how far each gets; the city's sessions of the year. */
  planItems: PlanItemCourse[];
  sessions: DemoSession[];
}

/** How the ledger splits: the sessions' opinion items as the data has them, the rest handoffs of findings. */
export function ledgerSplit(data: DemoYearData): {
  opinionItems: number;
  opinionItemsClosed: number;
  handoffs: number;
  handoffsClosed: number;
} {
  const opinions = data.sessions.sessions.flatMap((session) =>
    session.reports.flatMap((report) => (report.opinion ? [report.opinion] : [])),
  );
  const opinionItems = opinions.reduce((sum, opinion) => sum + opinion.items.length, 0);
  const opinionItemsClosed = opinions
    .filter((opinion) => opinion.fate === 'CLOSED')
    .reduce((sum, opinion) => sum + opinion.items.length, 0);
  return {
    opinionItems,
    opinionItemsClosed,
    handoffs: YEAR_TARGETS.ledgerItems - opinionItems,
    handoffsClosed: YEAR_TARGETS.ledgerClosed - opinionItemsClosed,
  };
}

interface Group {
  project: number;
  handlerCode: string;
  dept: DeptCode;
  findings: number[];
  /** How many of its findings each unit answers for: a merged list goes to the unit with most of them. */
  tally: Map<DeptCode, number>;
}

/**
 * The whole year decided up front from the seed and the tenant tree: who reports what, who reviews it, how
 * problems are grouped into handoffs and how far each handoff gets. Playing it is then only service calls.
 */
export function planYear(tenants: readonly PlanTenant[], data: DemoYearData, seed = DEMO_SEED): YearPlan {
  const { projects } = data;
  const rng = new Random(seed);
  const byCode = new Map(tenants.map((tenant) => [tenant.code, tenant]));
  const city = tenants.find((tenant) => tenant.level === TenantLevel.CITY);
  if (!city) {
    throw new Error('the tenant tree has no city');
  }
  const townshipsOf = (countyCode: string): PlanTenant[] =>
    tenants.filter((tenant) => tenant.parentCode === countyCode).sort((a, b) => a.code.localeCompare(b.code));

  const findings: PlannedFinding[] = [];
  const batches: PlannedBatch[] = [];
  const handlers: Array<{ handlerCode: string; dept: DeptCode }> = [];

  projects.forEach((project, projectIndex) => {
    const slots: string[] = [];
    for (const countyCode of project.counties) {
      if (!byCode.has(countyCode)) {
        throw new Error(`project ${project.key}: county ${countyCode} is not in the tenant tree`);
      }
      slots.push(countyCode);
      if (project.includeDescendants) {
        slots.push(...rng.sample(townshipsOf(countyCode), rng.int(1, 2)).map((township) => township.code));
      }
    }
    const reporters = slots.length > project.findings ? rng.sample(slots, project.findings) : slots;
    const counts = reporters.map(() => 1);
    const weighted = reporters.flatMap((code, index) =>
      byCode.get(code)?.level === TenantLevel.COUNTY ? [index, index] : [index],
    );
    for (let extra = project.findings - reporters.length; extra > 0; extra -= 1) {
      const index = rng.pick(weighted);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    reporters.forEach((reporterCode, slot) => {
      const reporter = byCode.get(reporterCode) as PlanTenant;
      const isTownship = reporter.level === TenantLevel.TOWNSHIP;
      const county = isTownship ? (byCode.get(reporter.parentCode ?? '') as PlanTenant) : reporter;
      const eligible = project.templates.filter((template) =>
        isTownship
          ? template.tiers !== 'county' && template.handledBy !== 'city'
          : template.tiers !== 'township',
      );
      const chosen = chooseTemplates(rng, eligible, counts[slot] ?? 0);
      const batch: PlannedBatch = { project: projectIndex, reporterCode, findings: [] };
      for (const template of chosen) {
        const place = reporter.name;
        batch.findings.push(findings.length);
        findings.push({
          project: projectIndex,
          reporterCode,
          row: {
            title: fill(rng, template.title, place),
            description: fill(rng, template.description, place),
            method: template.method,
            checklistCode: template.checklist,
            category: template.category,
            severity: severityOf(rng, template),
            location: isTownship ? `${county.name}${reporter.name}` : county.name,
          },
          reportDept: isTownship ? (template.handledBy === 'township' ? 'gov' : null) : template.dept,
          reviewerCode: isTownship ? county.code : city.code,
        });
        handlers.push(
          template.handledBy === 'city'
            ? { handlerCode: city.code, dept: template.dept }
            : isTownship && template.handledBy === 'township'
              ? { handlerCode: reporter.code, dept: 'gov' }
              : { handlerCode: county.code, dept: template.dept },
        );
      }
      batches.push(batch);
    });
  });

  if (findings.length !== YEAR_TARGETS.findings) {
    throw new Error(`the projects add up to ${findings.length} findings, not ${YEAR_TARGETS.findings}`);
  }
  const split = ledgerSplit(data);
  if (split.handoffsClosed < 0 || split.handoffsClosed > split.handoffs) {
    throw new Error(
      `the sessions' opinions leave ${split.handoffs} handoffs, ${split.handoffsClosed} closed`,
    );
  }
  const groups = groupHandoffs(rng, findings, handlers, byCode, split.handoffs);
  const open = openHandoffFates(split.handoffs - split.handoffsClosed);
  return {
    findings,
    batches,
    handoffs: planHandoffs(rng, groups, findings, byCode, data, open),
    opinions: planOpinions(rng, data, byCode),
    planItems: planItemCourses(data),
    sessions: data.sessions.sessions,
  };
}

/**
 * The sessions' opinions in the order they are sent, each with its letter (洛人常审〔2023〕n号 for 审议意见,
 * 洛人常决〔2023〕n号 for 决议, numbered through the year) and the lead committee of the item deliberated.
 */
function planOpinions(
  rng: Random,
  data: DemoYearData,
  byCode: ReadonlyMap<string, PlanTenant>,
): PlannedOpinion[] {
  const { sessions, placeNames } = data;
  const city = [...byCode.values()].find((tenant) => tenant.level === TenantLevel.CITY);
  const abbr = placeNames[city?.code ?? '']?.abbr ?? city?.name ?? '';
  const leads = new Map(planItemCourses(data).map((item) => [item.title, item.lead]));
  const sequence = { REVIEW_OPINION: 0, RESOLUTION: 0 };
  const planned: PlannedOpinion[] = [];
  sessions.sessions.forEach((session, sessionIndex) => {
    session.reports.forEach((report, reportIndex) => {
      const { opinion } = report;
      if (!opinion) {
        return;
      }
      const kind = opinion.kind ?? 'REVIEW_OPINION';
      sequence[kind] += 1;
      planned.push({
        session: sessionIndex,
        report: reportIndex,
        opinion,
        letterNo: `${abbr}人常${kind === 'RESOLUTION' ? '决' : '审'}〔${DEMO_YEAR}〕${sequence[kind]}号`,
        lead: report.planItem ? (leads.get(report.planItem) ?? null) : null,
        passOpinions: opinion.items.map(() => rng.pick(sessions.verified)),
      });
    });
  });
  return planned;
}

/** Distinct kinds of problem while they last; a long list repeats kinds, with other numbers. */
function chooseTemplates(
  rng: Random,
  eligible: readonly FindingTemplate[],
  count: number,
): FindingTemplate[] {
  if (eligible.length === 0) {
    throw new Error('no finding template fits this reporter');
  }
  const chosen: FindingTemplate[] = [];
  while (chosen.length < count) {
    chosen.push(...rng.sample(eligible, Math.min(eligible.length, count - chosen.length)));
  }
  return chosen;
}

function fill(rng: Random, text: string, place: string): string {
  return text
    .replace(/\{place\}/g, place)
    .replace(/\{(\d+)-(\d+)\}/g, (_, min: string, max: string) => String(rng.int(Number(min), Number(max))));
}

function severityOf(rng: Random, template: FindingTemplate): Severity {
  const base = template.severity ?? Severity.NORMAL;
  if (base === Severity.NORMAL && rng.chance(0.15)) {
    return Severity.SERIOUS;
  }
  if (base === Severity.SERIOUS && rng.chance(0.1)) {
    return Severity.CRITICAL;
  }
  return base;
}

/**
 * Groups the findings into exactly the ledger's number of handoffs. One letter per project, handing tier
 * and unit to start with. Where that makes too many, most townships pass their items up to the county's
 * letter, then a county's several units give way to its government (which takes the whole list), and as a
 * last resort a county's items go up to the city's letter. Where it makes too few, the largest letters are
 * split in two batches.
 */
function groupHandoffs(
  rng: Random,
  findings: readonly PlannedFinding[],
  handlers: ReadonlyArray<{ handlerCode: string; dept: DeptCode }>,
  byCode: ReadonlyMap<string, PlanTenant>,
  target: number,
): Group[] {
  const groups: Group[] = [];
  const index = new Map<string, Group>();
  findings.forEach((finding, i) => {
    const { handlerCode, dept } = handlers[i];
    const key = `${finding.project}|${handlerCode}|${dept}`;
    let group = index.get(key);
    if (!group) {
      group = { project: finding.project, handlerCode, dept, findings: [], tally: new Map() };
      index.set(key, group);
      groups.push(group);
    }
    group.findings.push(i);
    group.tally.set(dept, (group.tally.get(dept) ?? 0) + 1);
  });
  const levelOf = (group: Group): TenantLevel | undefined => byCode.get(group.handlerCode)?.level;
  const merge = (into: Group, from: Group): void => {
    into.findings.push(...from.findings);
    from.tally.forEach((n, dept) => into.tally.set(dept, (into.tally.get(dept) ?? 0) + n));
    into.dept = leadUnit(into.tally);
    groups.splice(groups.indexOf(from), 1);
  };
  /** Merges a group into the letter its parent tier writes for the project, when there is one that fits. */
  const passUp = (group: Group): boolean => {
    const parentCode = byCode.get(group.handlerCode)?.parentCode;
    const candidates = groups.filter(
      (g) =>
        g.project === group.project &&
        g.handlerCode === parentCode &&
        (g.dept === group.dept || (!JUDICIAL_DEPTS.has(g.dept) && !JUDICIAL_DEPTS.has(group.dept))),
    );
    const into =
      candidates.find((g) => g.dept === group.dept) ??
      candidates.find((g) => g.dept === 'gov') ??
      candidates[0];
    if (into) {
      merge(into, group);
    }
    return into !== undefined;
  };

  for (const group of rng.shuffle(groups.filter((g) => levelOf(g) === TenantLevel.TOWNSHIP))) {
    if (
      groups.length <= target ||
      groups.filter((g) => levelOf(g) === TenantLevel.TOWNSHIP).length <= TOWNSHIP_LETTERS
    ) {
      break;
    }
    passUp(group);
  }
  let merged = true;
  while (groups.length > target && merged) {
    merged = false;
    const buckets = rng.shuffle([...new Set(groups.map((group) => `${group.project}|${group.handlerCode}`))]);
    for (const bucket of buckets) {
      if (groups.length <= target) {
        break;
      }
      const members = groups
        .filter(
          (group) => `${group.project}|${group.handlerCode}` === bucket && !JUDICIAL_DEPTS.has(group.dept),
        )
        .sort((a, b) => a.findings.length - b.findings.length);
      const into = members.find((group) => group.dept === 'gov') ?? members[members.length - 1];
      const from = members.find((group) => group !== into);
      if (into && from) {
        merge(into, from);
        merged = true;
      }
    }
  }
  for (const level of [TenantLevel.TOWNSHIP, TenantLevel.COUNTY]) {
    for (const group of rng.shuffle(groups.filter((g) => levelOf(g) === level))) {
      if (groups.length <= target) {
        break;
      }
      passUp(group);
    }
  }
  if (groups.length > target) {
    throw new Error(`cannot bring ${groups.length} handoffs down to ${target}`);
  }
  while (groups.length < target) {
    const largest = groups.reduce<Group | null>(
      (best, group) =>
        group.findings.length >= 2 && (!best || group.findings.length > best.findings.length) ? group : best,
      null,
    );
    if (!largest) {
      throw new Error(`cannot split ${groups.length} handoffs up to ${target}`);
    }
    const half = Math.floor(largest.findings.length / 2);
    groups.splice(groups.indexOf(largest) + 1, 0, {
      ...largest,
      findings: largest.findings.splice(half),
      tally: new Map(largest.tally),
    });
  }
  return groups;
}

/** The unit answering for most of a list leads it; a tie, or a list split across many, goes to the government. */
function leadUnit(tally: ReadonlyMap<DeptCode, number>): DeptCode {
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) {
    return 'gov';
  }
  return JUDICIAL_DEPTS.has(first[0]) || !second || first[1] > second[1] ? first[0] : 'gov';
}

/**
 * The ledger items still open at the year's end come from the projects whose problem lists came in last:
 * the later a list, the less far its items got (the very last only issued).
 */
function openFates(
  rng: Random,
  groups: readonly Group[],
  projects: readonly DemoProject[],
  fates: readonly HandoffFate[],
): Map<number, HandoffFate> {
  if (fates.length === 0) {
    return new Map();
  }
  const listDue = (group: Group): number => problemListMilestone(projects[group.project]).dueAt.getTime();
  const byLateness = groups.map((_, i) => i).sort((a, b) => listDue(groups[b]) - listDue(groups[a]));
  const cutoff = listDue(groups[byLateness[fates.length * 2 - 1] ?? 0]);
  const candidates = byLateness.filter((i) => listDue(groups[i]) >= cutoff);
  const chosen = rng
    .shuffle(candidates)
    .slice(0, fates.length)
    .sort((a, b) => listDue(groups[b]) - listDue(groups[a]));
  return new Map(chosen.map((groupIndex, i) => [groupIndex, fates[i]]));
}

function planHandoffs(
  rng: Random,
  groups: readonly Group[],
  findings: readonly PlannedFinding[],
  byCode: ReadonlyMap<string, PlanTenant>,
  { projects, paperwork, placeNames }: DemoYearData,
  fates: readonly HandoffFate[],
): PlannedHandoff[] {
  const ordered = [...groups].sort(
    (a, b) =>
      a.handlerCode.localeCompare(b.handlerCode) || a.project - b.project || a.dept.localeCompare(b.dept),
  );
  const open = openFates(rng, ordered, projects, fates);
  const sequence = new Map<string, number>();
  return ordered.map((group, i) => {
    const n = (sequence.get(group.handlerCode) ?? 0) + 1;
    sequence.set(group.handlerCode, n);
    const fate = open.get(i) ?? 'CLOSED';
    const reports =
      fate === 'ISSUED' || fate === 'SIGNED'
        ? 0
        : fate === 'RECTIFYING'
          ? rng.int(1, 2)
          : rng.pick([0, 1, 1, 1, 2]);
    const progress = Array.from({ length: reports }, (_, step) => ({
      measures: step === 0 ? rng.pick(paperwork.progressMeasures) : rng.pick(paperwork.furtherMeasures),
      percentDone: step === 0 ? rng.int(3, 5) * 10 : rng.int(6, 9) * 10,
    }));
    const covert = group.findings.some((f) => findings[f]?.row.method === 'COVERT_VISIT');
    return {
      project: group.project,
      handlerCode: group.handlerCode,
      dept: group.dept,
      findings: group.findings,
      letterNo: letterNo(group.handlerCode, n, byCode, placeNames),
      // Items still open at the year's end are the long ones (阶段性整改), given months rather than weeks.
      deadlineDays: fate === 'CLOSED' ? rng.int(20, 120) : rng.int(60, 120),
      fate,
      progress,
      finalMeasures: paperwork.finalMeasures[group.dept],
      failedOnce: fate === 'CLOSED' && rng.chance(0.06),
      failOpinion: paperwork.failOpinion,
      passOpinion: passOpinion(rng, paperwork, covert),
    };
  });
}

/** A verification that passes: after a covert visit, one that says the visit was repeated unannounced. */
function passOpinion(rng: Random, paperwork: Paperwork, covert: boolean): string {
  return covert ? paperwork.passOpinionAfterCovertVisit : rng.pick(paperwork.passOpinions);
}

/** 交办函号: the city's and a county's standing committee, or a township body, numbered through the year. */
function letterNo(
  handlerCode: string,
  n: number,
  byCode: ReadonlyMap<string, PlanTenant>,
  names: PlaceNames,
): string {
  const tenant = byCode.get(handlerCode);
  if (tenant?.level === TenantLevel.TOWNSHIP) {
    return `${names[tenant.parentCode ?? '']?.short ?? ''}${tenant.name}人大交〔${DEMO_YEAR}〕${n}号`;
  }
  return `${names[handlerCode]?.abbr ?? tenant?.name ?? handlerCode}人常督〔${DEMO_YEAR}〕${n}号`;
}
