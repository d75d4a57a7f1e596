import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { LedgerItemKind, LedgerService, SessionsService } from '@liandong/handoffs';
import { AnnualPlansService, PlansService } from '@liandong/plans';
import { ProgressDimension, ProgressService } from '@liandong/progress';
import { DisclosureChannel, DisclosuresService } from '@liandong/results';
import { Clock, ManualClock, shanghaiTime } from '@liandong/time';
import { CITY_CODE, DemoDirectory } from './directory';
import { enterIndicatorActuals } from './indicator-actuals';
import { planYear } from './plan';
import { planTimeline } from './timeline';
import { DEMO_YEAR, YEAR_CLOSE } from './year-calendar';
import { demoYearData, DemoYearData } from './year-data';
import { YearEvent } from './year-events';
import { countYearSteps, YearSteps } from './year-figures';
import { publishYearDisclosures } from './year-disclosures';
import { seedCityExperts } from './year-experts';
import { YearPlayer } from './year-player';

/** The clock the demo year plays on: Luoyang's 2023, from its first working morning. */
export function demoYearClock(): ManualClock {
  return new ManualClock(shanghaiTime('2023-01-03', '09:00'));
}

export interface DemoYearSummary extends YearSteps, Record<string, number> {
  planItems: number;
  planKey: number;
  planJoint: number;
  planStarted: number;
  planCompleted: number;
  planAdjusted: number;
  projects: number;
  assignments: number;
  findings: number;
  handedOver: number;
  /** Handoffs of findings (问题交办). */
  handoffs: number;
  handoffsClosed: number;
  sessions: number;
  /** Items of the sessions' 审议意见 and 决议. */
  opinionItems: number;
  opinionItemsClosed: number;
  /** The whole ledger at city scope, both kinds. */
  ledgerItems: number;
  ledgerClosed: number;
  /** Items the city published on its website and WeChat account (公开), and in the provincial and national press. */
  disclosedOwnChannels: number;
  disclosedMedia: number;
}

/**
 * Plays Luoyang's 2023 supervision year through the services on the year's own calendar, each step by the
 * account whose job it is, at its day and hour: the annual plan of 28 items adopted in February, its items
 * started, completed or adjusted by their lead committees (18 started, 8 completed by the year's end); twelve
 * joint projects published and passed down to 1,110 assignments, local plans filed and reviewed, milestones
 * marked, activities (暗访 among them) that find 372 problems, accepted by the tier above and all handed over;
 * the city's 常委会会议 and 主任会议 recorded with the reports they deliberated and the 审议意见 and 决议 they
 * sent to the city's government, courts, procuratorate and units. The ledger of both kinds holds 129 items,
 * 113 of them closed between June and December; with extensions, the deadline sweep's escalations,
 * satisfaction evaluations and look-backs. At the year's close the tiers enter the actuals of the unified
 * indicators the data cannot compute, with their sources, and the city has disclosed 152 items on its website
 * and WeChat account and 17 in the provincial and national press (公开), and keeps an expert pool (专家库) of
 * ten. Does nothing when the year's projects are already there.
 */
export async function playDemoYear(app: INestApplicationContext): Promise<Record<string, number>> {
  const data = demoYearData();
  const directory = await DemoDirectory.load(app);
  const existing = await existingProjectIds(app, directory, data);
  if (existing.length > 0) {
    return { alreadyPlayed: 1, ...(await summary(app, directory, existing)) };
  }
  const clock = app.get(Clock);
  if (!(clock instanceof ManualClock)) {
    throw new Error('the demo year plays on its own clock: start the command line with demoYearClock()');
  }
  const tenants = directory.planTenants();
  const plan = planYear(tenants, data);
  const player = new YearPlayer(app, directory, data, plan);
  // Steps at one instant are independent: they run side by side, below the pool size, since a call may
  // take a second connection inside its transaction.
  const parallel = Math.max(1, app.get<AppConfig>(APP_CONFIG).db.poolSize - 2);
  const { projects, paperwork } = data;
  for (const group of byInstant(planTimeline({ plan, projects, paperwork, tenants }))) {
    clock.set(group.at);
    await each(group.events, parallel, (event) => player.play(event));
  }
  clock.set(YEAR_CLOSE);
  await enterIndicatorActuals(app, directory, data.paperwork, player.projectIds);
  await publishYearDisclosures(app, directory, player.projectIds);
  await seedCityExperts(app, directory);
  return summary(app, directory, player.projectIds);
}

async function existingProjectIds(
  app: INestApplicationContext,
  directory: DemoDirectory,
  data: DemoYearData,
): Promise<string[]> {
  const titles = new Set(data.projects.map((project) => project.title));
  const projects = await app.get(PlansService).listProjects(await directory.caller(CITY_CODE), DEMO_YEAR);
  return projects
    .filter((project) => project.tenantId === directory.city.id && titles.has(project.title))
    .map((project) => project.id);
}

/** The year's figures at city scope, counted from the data as the progress view counts them, and its steps. */
async function summary(
  app: INestApplicationContext,
  directory: DemoDirectory,
  projectIds: readonly string[],
): Promise<DemoYearSummary> {
  const cityCaller = await directory.caller(CITY_CODE);
  const ids = new Set(projectIds);
  const rows = (
    await app.get(ProgressService).progressOf(cityCaller, { groupBy: [ProgressDimension.PROJECT] })
  ).filter((row) => row.projectId !== undefined && ids.has(row.projectId));
  const sum = (figure: 'findings' | 'handedOver' | 'handoffs' | 'handoffsClosed'): number =>
    rows.reduce((total, row) => total + row[figure], 0);
  const plan = await app.get(AnnualPlansService).figures(cityCaller, DEMO_YEAR);
  const ledger = await app.get(LedgerService).summary(cityCaller, {});
  const opinions = ledger.filter((row) => row.kind !== LedgerItemKind.FINDINGS);
  const disclosed = await app.get(DisclosuresService).counts(cityCaller, DEMO_YEAR, null);
  const onChannels = (...channels: DisclosureChannel[]): number =>
    disclosed.byChannel
      .filter((row) => channels.includes(row.channel))
      .reduce((total, row) => total + row.count, 0);
  return {
    planItems: plan.items,
    planKey: plan.key,
    planJoint: plan.joint,
    planStarted: plan.started,
    planCompleted: plan.completed,
    planAdjusted: plan.adjusted,
    projects: ids.size,
    assignments: (await app.get(PlansService).projectAssignments(cityCaller, [...ids])).length,
    findings: sum('findings'),
    handedOver: sum('handedOver'),
    // A handoff holds the findings of one project, so per-project counts add up to distinct handoffs.
    handoffs: sum('handoffs'),
    handoffsClosed: sum('handoffsClosed'),
    sessions: (await app.get(SessionsService).list(cityCaller, DEMO_YEAR, directory.city.id)).length,
    opinionItems: opinions.reduce((total, row) => total + row.total, 0),
    opinionItemsClosed: opinions.reduce((total, row) => total + row.closed, 0),
    ledgerItems: ledger.reduce((total, row) => total + row.total, 0),
    ledgerClosed: ledger.reduce((total, row) => total + row.closed, 0),
    disclosedOwnChannels: onChannels(DisclosureChannel.WEBSITE, DisclosureChannel.WECHAT),
    disclosedMedia: onChannels(DisclosureChannel.PROVINCIAL_MEDIA, DisclosureChannel.NATIONAL_MEDIA),
    ...(await countYearSteps(app.get(DataSource), [...ids], directory.city.id)),
  };
}

/** The events in runs that share one instant, in time order. */
function byInstant(events: readonly YearEvent[]): Array<{ at: Date; events: YearEvent[] }> {
  const groups: Array<{ at: Date; events: YearEvent[] }> = [];
  for (const event of events) {
    const last = groups[groups.length - 1];
    if (last && last.at.getTime() === event.at.getTime()) {
      last.events.push(event);
    } else {
      groups.push({ at: event.at, events: [event] });
    }
  }
  return groups;
}

/** Runs the work over the items with a bounded number in flight; the first failure stops the rest. */
async function each<T>(
  items: readonly T[],
  parallel: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next];
      next += 1;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}
