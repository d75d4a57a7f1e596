import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActivitiesService, FindingsService } from '@liandong/findings';
import {
  EvaluationScheme,
  EvaluationsService,
  ExtensionRequestEntity,
  ExtensionStatus,
  ExtensionsService,
  HandoffsService,
  LedgerItemKind,
  LookBacksService,
  ReviewOpinionsService,
  SessionKind,
  SessionsService,
} from '@liandong/handoffs';
import {
  AnnualPlansRepository,
  AnnualPlansService,
  LocalPlansService,
  MilestonesService,
  PlansService,
} from '@liandong/plans';
import { Caller, CommitteeRepository } from '@liandong/tenancy';
import { annualPlanInput } from './annual-plan';
import { CITY_CODE, DemoDirectory } from './directory';
import { activitySummary, localPlanOf } from './paperwork';
import { PlannedHandoff, PlannedOpinion, YearPlan } from './plan';
import { PlanItemCourse } from './annual-plan';
import { DEMO_YEAR } from './year-calendar';
import { shanghaiTime } from '@liandong/time';
import { DemoYearData } from './year-data';
import { DemoProject, Paperwork } from './year-data.schema';
import { YearEvent } from './year-events';

/**
 * Plays one step of the year through the service that does it in the API, as the account whose job it
 * is, and keeps the ids the later steps need.
 */
export class YearPlayer {
  private readonly plans: PlansService;
  private readonly annualPlans: AnnualPlansService;
  private readonly annualPlanItems: AnnualPlansRepository;
  private readonly localPlans: LocalPlansService;
  private readonly milestones: MilestonesService;
  private readonly activities: ActivitiesService;
  private readonly findings: FindingsService;
  private readonly handoffs: HandoffsService;
  private readonly requests: ExtensionsService;
  private readonly evaluations: EvaluationsService;
  private readonly lookBacks: LookBacksService;
  private readonly sessions: SessionsService;
  private readonly opinions: ReviewOpinionsService;
  private readonly dataSource: DataSource;
  private readonly committees: CommitteeRepository;
  private readonly paperwork: Paperwork;

  private annualPlanId = '';
  readonly projectIds: string[] = [];
  /** By `<project>|<tenant code>`: assignments, and the local plan last filed under each. */
  private readonly assignmentIds = new Map<string, string>();
  private readonly localPlanIds = new Map<string, string>();
  /** By `<project>|<tenant code>|<method>`. */
  private readonly activityIds = new Map<string, string>();
  private readonly findingIds: string[] = [];
  private readonly handoffIds: string[] = [];
  /** Plan items by index into the plan's items; sessions by index; opinions and their items in item order. */
  private readonly planItemIds: string[] = [];
  private readonly sessionIds: string[] = [];
  private readonly reportIds = new Map<string, string>();
  private readonly opinionIds: string[] = [];
  private readonly opinionItemIds: string[][] = [];
  private committeeIds: Promise<Map<string, string>> | undefined;

  constructor(
    app: INestApplicationContext,
    private readonly directory: DemoDirectory,
    private readonly data: DemoYearData,
    private readonly plan: YearPlan,
  ) {
    this.paperwork = data.paperwork;
    this.plans = app.get(PlansService);
    this.annualPlans = app.get(AnnualPlansService);
    this.annualPlanItems = app.get(AnnualPlansRepository);
    this.localPlans = app.get(LocalPlansService);
    this.milestones = app.get(MilestonesService);
    this.activities = app.get(ActivitiesService);
    this.findings = app.get(FindingsService);
    this.handoffs = app.get(HandoffsService);
    this.requests = app.get(ExtensionsService);
    this.evaluations = app.get(EvaluationsService);
    this.lookBacks = app.get(LookBacksService);
    this.sessions = app.get(SessionsService);
    this.opinions = app.get(ReviewOpinionsService);
    this.dataSource = app.get(DataSource);
    this.committees = app.get(CommitteeRepository);
  }

  async play(event: YearEvent): Promise<void> {
    switch (event.kind) {
      case 'draft-annual-plan': {
        const city = await this.city();
        const plan = await this.annualPlans.create(city, {
          year: DEMO_YEAR,
          ...annualPlanInput(this.data, await this.committees.listOfTenant(city.tenantId)),
        });
        this.annualPlanId = plan.id;
        const ids = new Map(
          (await this.annualPlanItems.itemsOf([plan.id])).map((item) => [item.title, item.id]),
        );
        this.plan.planItems.forEach((item, index) => {
          this.planItemIds[index] = known(ids.get(item.title), `the plan item ${item.title}`);
        });
        return;
      }
      case 'adopt-annual-plan':
        await this.annualPlans.adopt(await this.city(), this.annualPlanId);
        return;
      case 'issue-project': {
        const project = this.project(event.project);
        const items = await this.annualPlanItems.itemsOf([this.annualPlanId]);
        const item = items.find((candidate) => candidate.title === project.title);
        if (!item) {
          throw new Error(`the annual plan has no item ${project.title}`);
        }
        const created = await this.annualPlans.createProjectFromItem(
          await this.city(),
          item.id,
          project.unifications,
        );
        this.projectIds[event.project] = created.id;
        return;
      }
      case 'publish-project':
        return this.publish(event.project, CITY_CODE, this.project(event.project).counties);
      case 'forward-project':
        return this.publish(
          event.project,
          event.county,
          this.directory.childrenOf(event.county).map((tenant) => tenant.code),
        );
      case 'acknowledge':
        await this.plans.acknowledgeAssignment(
          await this.directory.caller(event.tenant),
          this.assignment(event.project, event.tenant),
        );
        return;
      case 'file-local-plan': {
        const caller = await this.directory.caller(event.tenant);
        const assignmentId = this.assignment(event.project, event.tenant);
        const project = this.project(event.project);
        const filed = await this.localPlans.file(
          caller,
          assignmentId,
          localPlanOf(project, this.directory.tenant(event.tenant), event.complete),
        );
        this.localPlanIds.set(`${event.project}|${event.tenant}`, filed.id);
        const [planFiling] = project.unifications.scheme.milestones;
        if (planFiling) {
          // Marking it again on a second filing changes nothing.
          await this.milestones.submit(caller, assignmentId, planFiling.name);
        }
        return;
      }
      case 'review-local-plan': {
        const id = this.localPlanIds.get(`${event.project}|${event.tenant}`);
        if (!id) {
          throw new Error(`${event.tenant} filed no local plan for project ${event.project}`);
        }
        await this.localPlans.review(
          await this.directory.caller(event.reviewer),
          id,
          event.accept,
          event.accept ? null : this.paperwork.returnPlan,
        );
        return;
      }
      case 'submit-milestone':
        await this.milestones.submit(
          await this.directory.caller(event.tenant),
          this.assignment(event.project, event.tenant),
          event.milestone,
          event.note,
        );
        return;
      case 'record-activity': {
        const activity = await this.activities.record(
          await this.directory.caller(event.tenant),
          this.assignment(event.project, event.tenant),
          {
            method: event.method,
            startsAt: event.startsAt,
            endsAt: event.endsAt,
            location: this.directory.placeName(event.tenant),
            summary: activitySummary(
              this.paperwork,
              event.method,
              this.directory.placeName(event.tenant),
              this.project(event.project),
            ),
            participants: event.participants,
            covert: event.covert,
          },
        );
        this.activityIds.set(`${event.project}|${event.tenant}|${event.method}`, activity.id);
        return;
      }
      case 'report-findings':
        return this.report(event.project, event.tenant, event.method, event.findings);
      case 'review-findings':
        await this.findings.reviewFindings(
          await this.directory.caller(event.reviewer),
          event.findings.map((index) => this.finding(index)),
          true,
          this.paperwork.acceptFindings,
        );
        return;
      case 'hand-off': {
        const planned = this.planned(event.handoff);
        const handoff = await this.handoffs.handOff(await this.directory.caller(planned.handlerCode), {
          findingIds: planned.findings.map((index) => this.finding(index)),
          departmentId: await this.directory.departmentId(planned.handlerCode, planned.dept),
          deadline: event.deadline,
          letterNo: planned.letterNo,
        });
        this.handoffIds[event.handoff] = handoff.id;
        return;
      }
      case 'sign':
        await this.handoffs.sign(await this.unit(event.handoff), this.handoff(event.handoff));
        return;
      case 'report-progress': {
        const step = this.planned(event.handoff).progress[event.step];
        if (!step) {
          throw new Error(`handoff ${event.handoff} plans no progress report ${event.step}`);
        }
        await this.handoffs.report(await this.unit(event.handoff), this.handoff(event.handoff), {
          ...step,
          final: false,
        });
        return;
      }
      case 'request-extension':
        await this.requests.requestExtension(
          await this.unit(event.handoff),
          this.handoff(event.handoff),
          event.until,
          this.paperwork.requestExtension,
        );
        return;
      case 'approve-extension': {
        // The handing tier answers the request it sees on the handoff, as the console shows it.
        const request = await this.dataSource.getRepository(ExtensionRequestEntity).findOneByOrFail({
          handoffId: this.handoff(event.handoff),
          status: ExtensionStatus.PENDING,
        });
        await this.requests.decideExtension(
          await this.handler(event.handoff),
          request.id,
          true,
          this.paperwork.approveExtension,
        );
        return;
      }
      case 'report-done':
        await this.handoffs.report(await this.unit(event.handoff), this.handoff(event.handoff), {
          measures: event.again ? this.paperwork.refix : this.planned(event.handoff).finalMeasures,
          percentDone: 100,
          final: true,
        });
        return;
      case 'verify': {
        const planned = this.planned(event.handoff);
        await this.handoffs.verify(
          await this.handler(event.handoff),
          this.handoff(event.handoff),
          event.passed,
          event.passed ? planned.passOpinion : planned.failOpinion,
        );
        return;
      }
      case 'evaluate': {
        const handler = await this.handler(event.handoff);
        const { eligible, ...votes } = event.ballot;
        const evaluation = await this.evaluations.create(
          handler,
          this.handoff(event.handoff),
          EvaluationScheme.THREE_GRADE,
          eligible,
        );
        await this.evaluations.recordVotes(handler, evaluation.id, votes);
        return;
      }
      case 'look-back':
        await this.lookBacks.record(
          await this.handler(event.handoff),
          this.handoff(event.handoff),
          false,
          this.paperwork.lookBack,
        );
        return;
      case 'sweep-deadlines':
        await this.handoffs.escalateOverdue();
        return;
      case 'start-plan-item':
        await this.annualPlans.startItem(await this.itemLead(event.item), this.planItemId(event.item));
        return;
      case 'complete-plan-item':
        await this.annualPlans.completeItem(await this.itemLead(event.item), this.planItemId(event.item));
        return;
      case 'adjust-plan-item': {
        const { adjusted } = this.planItem(event.item);
        if (!adjusted) {
          throw new Error(`plan item ${event.item} is not adjusted in the year`);
        }
        // The 统筹办 records the deciding body's decision.
        await this.annualPlans.adjustItem(await this.city(), this.planItemId(event.item), adjusted);
        return;
      }
      case 'record-session':
        return this.recordSession(event.session);
      case 'issue-opinion':
        return this.issueOpinion(event.opinion);
      case 'sign-opinion-item':
        await this.handoffs.sign(
          await this.opinionUnit(event.opinion),
          this.opinionItem(event.opinion, event.item),
        );
        return;
      case 'report-opinion-progress': {
        const { opinion } = this.plannedOpinion(event.opinion);
        await this.handoffs.report(
          await this.opinionUnit(event.opinion),
          this.opinionItem(event.opinion, event.item),
          {
            measures: known(opinion.progress, `the progress of ${opinion.title}`),
            percentDone: 50,
            final: false,
          },
        );
        return;
      }
      case 'answer-opinion': {
        const { opinion } = this.plannedOpinion(event.opinion);
        await this.opinions.answer(
          await this.opinionUnit(event.opinion),
          this.opinionId(event.opinion),
          known(opinion.answer, `the answer to ${opinion.title}`),
        );
        return;
      }
      case 'verify-opinion-item':
        await this.handoffs.verify(
          await this.city(),
          this.opinionItem(event.opinion, event.item),
          true,
          this.plannedOpinion(event.opinion).passOpinions[event.item],
        );
        return;
      case 'evaluate-opinion-item': {
        const city = await this.city();
        const { eligible, ...votes } = event.ballot;
        const evaluation = await this.evaluations.create(
          city,
          this.opinionItem(event.opinion, event.item),
          EvaluationScheme.THREE_GRADE,
          eligible,
        );
        await this.evaluations.recordVotes(city, evaluation.id, votes);
        return;
      }
    }
  }

  /** The session as the office records it: its reports tied to their plan items and reporting units. */
  private async recordSession(index: number): Promise<void> {
    const session = known(this.plan.sessions[index], `session ${index}`);
    const itemIds = new Map(this.plan.planItems.map((item, i) => [item.title, this.planItemIds[i]]));
    const recorded = await this.sessions.record(await this.city(), {
      kind: SessionKind[session.kind],
      number: session.number,
      heldOn: shanghaiTime(session.heldOn, '09:00'),
      title: session.title,
      reports: await Promise.all(
        session.reports.map(async (report) => ({
          title: report.title,
          planItemId: report.planItem ? known(itemIds.get(report.planItem), report.planItem) : null,
          departmentId: report.dept ? await this.directory.departmentId(CITY_CODE, report.dept) : null,
        })),
      ),
    });
    this.sessionIds[index] = recorded.id;
    for (const report of await this.sessions.reportsOf([recorded.id])) {
      this.reportIds.set(`${index}|${report.title}`, report.id);
    }
  }

  /** 审议意见 or 决议, to the city's unit, due two months on (the API's default), with its lead committee. */
  private async issueOpinion(index: number): Promise<void> {
    const planned = this.plannedOpinion(index);
    const { opinion } = planned;
    const session = known(this.plan.sessions[planned.session], `session ${planned.session}`);
    const report = known(session.reports[planned.report], `report ${planned.report} of ${session.title}`);
    const committees = await this.cityCommittees();
    const issued = await this.opinions.issue(await this.city(), {
      sessionId: known(this.sessionIds[planned.session], `the id of ${session.title}`),
      reportId: known(this.reportIds.get(`${planned.session}|${report.title}`), `the id of ${report.title}`),
      kind: LedgerItemKind[opinion.kind ?? 'REVIEW_OPINION'],
      departmentId: await this.directory.departmentId(CITY_CODE, opinion.dept),
      title: opinion.title,
      items: opinion.items,
      leadCommitteeId: planned.lead ? (committees.get(planned.lead) ?? null) : null,
      letterNo: planned.letterNo,
    });
    this.opinionIds[index] = issued.id;
    // Each item's letter is the opinion's with its number (…-01, …-02): their order is the items'.
    const items = await this.opinions.itemsOf([issued.id]);
    this.opinionItemIds[index] = items
      .sort((a, b) => a.letterNo.localeCompare(b.letterNo))
      .map((item) => item.id);
  }

  private cityCommittees(): Promise<Map<string, string>> {
    this.committeeIds ??= this.committees
      .listOfTenant(this.directory.city.id)
      .then((rows) => new Map(rows.map((row) => [row.code, row.id])));
    return this.committeeIds;
  }

  private async publish(project: number, publisher: string, targets: readonly string[]): Promise<void> {
    const published = await this.plans.publishJointProject(
      await this.directory.caller(publisher),
      this.projectId(project),
      { tenantIds: targets.map((code) => this.directory.tenant(code).id), includeDescendants: false },
    );
    const codes = new Map(targets.map((code) => [this.directory.tenant(code).id, code]));
    for (const assignment of published) {
      const code = codes.get(assignment.tenantId);
      if (code) {
        this.assignmentIds.set(`${project}|${code}`, assignment.id);
      }
    }
  }

  /** The problems one activity turned up, cited to it, each naming the reporter's own unit when it has one. */
  private async report(project: number, tenant: string, method: string, indexes: number[]): Promise<void> {
    const activityId = this.activityIds.get(`${project}|${tenant}|${method}`);
    if (!activityId) {
      throw new Error(`${tenant} recorded no ${method} activity for project ${project}`);
    }
    const rows = await Promise.all(
      indexes.map(async (index) => {
        const finding = this.plan.findings[index];
        if (!finding) {
          throw new Error(`finding ${index} is not in the plan`);
        }
        const departmentId = finding.reportDept
          ? await this.directory.departmentId(tenant, finding.reportDept)
          : null;
        return { ...finding.row, departmentId, activityId };
      }),
    );
    const stored = await this.findings.submitFindings(
      await this.directory.caller(tenant),
      this.assignment(project, tenant),
      rows,
      `demo-${DEMO_YEAR}-${this.project(project).key}-${tenant}-${method}`,
    );
    stored.forEach((finding, i) => {
      this.findingIds[indexes[i]] = finding.id;
    });
  }

  private city(): Promise<Caller> {
    return this.directory.caller(CITY_CODE);
  }

  /** The handing tier's coordinator. */
  private handler(handoff: number): Promise<Caller> {
    return this.directory.caller(this.planned(handoff).handlerCode);
  }

  /** The responsible unit's account. */
  private unit(handoff: number): Promise<Caller> {
    const planned = this.planned(handoff);
    return this.directory.caller(`${planned.handlerCode}-${planned.dept}`);
  }

  /** A plan item moves by its lead committee's account, or by the office's coordinator when it has none. */
  private itemLead(index: number): Promise<Caller> {
    const { lead } = this.planItem(index);
    return this.directory.caller(lead ? `${CITY_CODE}-${lead}` : CITY_CODE);
  }

  private planItem(index: number): PlanItemCourse {
    return known(this.plan.planItems[index], `plan item ${index}`);
  }

  private planItemId(index: number): string {
    return known(this.planItemIds[index], `the id of plan item ${index}`);
  }

  private plannedOpinion(index: number): PlannedOpinion {
    return known(this.plan.opinions[index], `opinion ${index}`);
  }

  private opinionId(index: number): string {
    return known(this.opinionIds[index], `the id of opinion ${index}`);
  }

  private opinionItem(opinion: number, item: number): string {
    return known(this.opinionItemIds[opinion]?.[item], `item ${item} of opinion ${opinion}`);
  }

  /** The account of the unit an opinion went to. */
  private opinionUnit(index: number): Promise<Caller> {
    return this.directory.caller(`${CITY_CODE}-${this.plannedOpinion(index).opinion.dept}`);
  }

  private project(index: number): DemoProject {
    return known(this.data.projects[index], `project ${index}`);
  }

  private projectId(index: number): string {
    return known(this.projectIds[index], `the id of project ${index}`);
  }

  private assignment(project: number, tenant: string): string {
    return known(
      this.assignmentIds.get(`${project}|${tenant}`),
      `${tenant}'s assignment of project ${project}`,
    );
  }

  private finding(index: number): string {
    return known(this.findingIds[index], `the id of finding ${index}`);
  }

  private planned(index: number): PlannedHandoff {
    return known(this.plan.handoffs[index], `handoff ${index}`);
  }

  private handoff(index: number): string {
    return known(this.handoffIds[index], `the id of handoff ${index}`);
  }
}

/** A value an earlier step made: its absence means the timeline played steps out of order. */
function known<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`${what} is not there yet: the year's steps ran out of order`);
  }
  return value;
}
