import { INestApplicationContext } from '@nestjs/common';
import { AccountRepository, callerOf } from '@liandong/auth';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { FindingsService } from '@liandong/findings';
import { HandoffsService } from '@liandong/handoffs';
import { AnnualPlansRepository, AnnualPlansService, AssignmentEntity, PlansService } from '@liandong/plans';
import { ProgressDimension, ProgressService } from '@liandong/progress';
import { Caller, DepartmentRepository, TenantEntity, TenantRepository } from '@liandong/tenancy';
import { ManualClock } from '@liandong/time';
import { DEMO_ANNUAL_PLAN } from './annual-plan';
import { DEMO_YEAR, DeptCode } from './catalogue';
import { PlannedHandoff, planYear } from './plan';
import { DEMO_PROJECTS } from './projects';

const CITY_CODE = '4103';
const DAY_MS = 24 * 3600 * 1000;
const ACCEPT_REASON = '经核实,问题属实,予以采纳。';
const REFIX_MEASURES = '已按核查意见补充整改,完善长效管理制度并落实专人负责,经自查问题已全部整改到位。';

/** The clock the demo year plays on: Luoyang's 2023, from its first working morning. */
export function demoYearClock(): ManualClock {
  return new ManualClock(new Date('2023-01-03T09:00:00+08:00'));
}

export interface DemoYearSummary extends Record<string, number> {
  projects: number;
  assignments: number;
  findings: number;
  handoffs: number;
  handoffsClosed: number;
}

/**
 * Plays Luoyang's 2023 linked-supervision year through the services, each step by the account whose job
 * it is: the city issues and publishes twelve joint projects, every county and township acknowledges,
 * counties and townships report 372 problems, the tier above accepts them, and they are handed over in
 * 129 letters, 113 of which the units rectify and the handing tier closes out. Does nothing when the
 * year's projects are already there.
 */
export async function playDemoYear(app: INestApplicationContext): Promise<Record<string, number>> {
  const year = new DemoYear(app);
  const existing = await year.existingProjectIds();
  if (existing.length > 0) {
    return { alreadyPlayed: 1, ...(await year.summary(existing)) };
  }
  return year.play();
}

class DemoYear {
  private readonly plans: PlansService;
  private readonly annualPlans: AnnualPlansService;
  private readonly annualPlanItems: AnnualPlansRepository;
  private readonly findings: FindingsService;
  private readonly handoffs: HandoffsService;
  private readonly progress: ProgressService;
  private readonly accounts: AccountRepository;
  private readonly tenants: TenantRepository;
  private readonly departments: DepartmentRepository;
  /** Parallel service calls, kept below the pool size: a call may take a second connection inside its transaction. */
  private readonly parallel: number;
  private readonly callers = new Map<string, Promise<Caller>>();
  private readonly departmentIds = new Map<string, Promise<Map<string, string>>>();
  private tenantsByCode = new Map<string, TenantEntity>();

  constructor(app: INestApplicationContext) {
    this.plans = app.get(PlansService);
    this.annualPlans = app.get(AnnualPlansService);
    this.annualPlanItems = app.get(AnnualPlansRepository);
    this.findings = app.get(FindingsService);
    this.handoffs = app.get(HandoffsService);
    this.progress = app.get(ProgressService);
    this.accounts = app.get(AccountRepository);
    this.tenants = app.get(TenantRepository);
    this.departments = app.get(DepartmentRepository);
    this.parallel = Math.max(1, app.get<AppConfig>(APP_CONFIG).db.poolSize - 2);
  }

  async existingProjectIds(): Promise<string[]> {
    const city = await this.city();
    const titles = new Set(DEMO_PROJECTS.map((project) => project.title));
    const projects = await this.plans.listProjects(await this.caller(CITY_CODE), DEMO_YEAR);
    return projects
      .filter((project) => project.tenantId === city.id && titles.has(project.title))
      .map((project) => project.id);
  }

  async play(): Promise<DemoYearSummary> {
    const city = await this.city();
    const tree = await this.tenants.listInSubtree(city.path);
    this.tenantsByCode = new Map(tree.map((tenant) => [tenant.code, tenant]));
    const codeById = new Map(tree.map((tenant) => [tenant.id, tenant.code]));
    const plan = planYear(
      tree.map((tenant) => ({
        code: tenant.code,
        name: tenant.name,
        level: tenant.level,
        parentCode: tenant.parentId ? (codeById.get(tenant.parentId) ?? null) : null,
      })),
      DEMO_PROJECTS,
    );
    const cityCaller = await this.caller(CITY_CODE);

    // 1. The city issues each joint project with its five unifications and publishes it down the tiers.
    const projectIds: string[] = [];
    const assignments = new Map<string, AssignmentEntity>();
    // The annual plan comes first: adopted, then each joint item made into its joint project.
    const annualPlan = await this.annualPlans.create(cityCaller, { year: DEMO_YEAR, ...DEMO_ANNUAL_PLAN });
    await this.annualPlans.adopt(cityCaller, annualPlan.id);
    const items = await this.annualPlanItems.itemsOf([annualPlan.id]);
    for (const project of DEMO_PROJECTS) {
      const item = items.find((candidate) => candidate.title === project.title);
      if (!item) {
        throw new Error(`the annual plan has no item ${project.title}`);
      }
      const created = await this.annualPlans.createProjectFromItem(cityCaller, item.id, project.unifications);
      projectIds.push(created.id);
      const published = await this.plans.publishJointProject(cityCaller, created.id, {
        tenantIds: project.counties.map((code) => this.tenant(code).id),
        includeDescendants: project.includeDescendants,
      });
      for (const assignment of published) {
        assignments.set(`${created.id}|${assignment.tenantId}`, assignment);
      }
    }

    // 2. Every county and township acknowledges its assignments (签收).
    await this.each([...assignments.values()], async (assignment) => {
      const code = codeById.get(assignment.tenantId) as string;
      await this.plans.acknowledgeAssignment(await this.caller(code), assignment.id);
    });

    // 3. Counties and townships report their problem lists, one batch per assignment.
    const findingIds: string[] = [];
    await this.each(plan.batches, async (batch) => {
      const project = DEMO_PROJECTS[batch.project];
      const reporter = this.tenant(batch.reporterCode);
      const assignment = assignments.get(`${projectIds[batch.project]}|${reporter.id}`);
      if (!project || !assignment) {
        throw new Error(`${batch.reporterCode} holds no assignment of project ${batch.project}`);
      }
      const rows = await Promise.all(
        batch.findings.map(async (index) => {
          const finding = plan.findings[index];
          if (!finding) {
            throw new Error(`finding ${index} is not in the plan`);
          }
          const departmentId = finding.reportDept
            ? await this.departmentId(batch.reporterCode, finding.reportDept)
            : null;
          return { ...finding.row, departmentId };
        }),
      );
      const stored = await this.findings.submitFindings(
        await this.caller(batch.reporterCode),
        assignment.id,
        rows,
        `demo-${DEMO_YEAR}-${project.key}-${batch.reporterCode}`,
      );
      stored.forEach((finding, i) => {
        findingIds[batch.findings[i]] = finding.id;
      });
    });

    // 4. The tier above accepts them: a county its townships' findings, the city the counties'.
    const reviews = new Map<string, { reviewerCode: string; ids: string[] }>();
    plan.findings.forEach((finding, index) => {
      const key = `${finding.project}|${finding.reviewerCode}`;
      const review = reviews.get(key) ?? { reviewerCode: finding.reviewerCode, ids: [] };
      review.ids.push(findingIds[index]);
      reviews.set(key, review);
    });
    await this.each([...reviews.values()], async (review) => {
      await this.findings.reviewFindings(
        await this.caller(review.reviewerCode),
        review.ids,
        true,
        ACCEPT_REASON,
      );
    });

    // 5. Each tier hands its problems over to its own units (交办), and the units work them through.
    const now = Date.now();
    await this.each(plan.handoffs, async (planned) => {
      const handoff = await this.handoffs.handOff(await this.caller(planned.handlerCode), {
        findingIds: planned.findings.map((index) => findingIds[index]),
        departmentId: await this.departmentId(planned.handlerCode, planned.dept),
        deadline: new Date(now + planned.deadlineDays * DAY_MS),
        letterNo: planned.letterNo,
      });
      await this.rectify(planned, handoff.id);
    });

    return this.summary(projectIds);
  }

  /** The year's figures at city scope, counted from the data as the progress view counts them. */
  async summary(projectIds: readonly string[]): Promise<DemoYearSummary> {
    const cityCaller = await this.caller(CITY_CODE);
    const ids = new Set(projectIds);
    const rows = (
      await this.progress.progressOf(cityCaller, { groupBy: [ProgressDimension.PROJECT] })
    ).filter((row) => row.projectId !== undefined && ids.has(row.projectId));
    const sum = (figure: 'findings' | 'handoffs' | 'handoffsClosed'): number =>
      rows.reduce((total, row) => total + row[figure], 0);
    return {
      projects: ids.size,
      assignments: (await this.plans.projectAssignments(cityCaller, [...ids])).length,
      findings: sum('findings'),
      // A handoff holds the findings of one project, so per-project counts add up to distinct handoffs.
      handoffs: sum('handoffs'),
      handoffsClosed: sum('handoffsClosed'),
    };
  }

  /** The unit signs, reports progress and its closing report; the handing tier verifies and closes it out. */
  private async rectify(planned: PlannedHandoff, handoffId: string): Promise<void> {
    if (planned.fate === 'ISSUED') {
      return;
    }
    const unit = await this.caller(`${planned.handlerCode}-${planned.dept}`);
    await this.handoffs.sign(unit, handoffId);
    for (const step of planned.progress) {
      await this.handoffs.report(unit, handoffId, { ...step, final: false });
    }
    if (planned.fate === 'SIGNED' || planned.fate === 'RECTIFYING') {
      return;
    }
    await this.handoffs.report(unit, handoffId, {
      measures: planned.finalMeasures,
      percentDone: 100,
      final: true,
    });
    if (planned.fate === 'REPLIED') {
      return;
    }
    const handler = await this.caller(planned.handlerCode);
    if (planned.failedOnce) {
      await this.handoffs.verify(handler, handoffId, false, planned.failOpinion);
      await this.handoffs.report(unit, handoffId, {
        measures: REFIX_MEASURES,
        percentDone: 100,
        final: true,
      });
    }
    await this.handoffs.verify(handler, handoffId, true, planned.passOpinion);
  }

  private async city(): Promise<TenantEntity> {
    const city = await this.tenants.findByCode(CITY_CODE);
    if (!city) {
      throw new Error(
        `洛阳市(${CITY_CODE})尚未载入,请先运行 seed / the Luoyang demo tree is not loaded: run \`seed\` first`,
      );
    }
    return city;
  }

  private tenant(code: string): TenantEntity {
    const tenant = this.tenantsByCode.get(code);
    if (!tenant) {
      throw new Error(`tenant ${code} is not in the Luoyang tree`);
    }
    return tenant;
  }

  /** The caller behind a demo account: a tenant's coordinator (its code) or a unit (`<code>-<unit>`). */
  private caller(username: string): Promise<Caller> {
    let caller = this.callers.get(username);
    if (!caller) {
      caller = this.accounts.findByUsername(username).then((account) => {
        if (!account || account.disabledAt) {
          throw new Error(`demo account ${username} is missing or disabled: run \`seed\` first`);
        }
        return callerOf(account);
      });
      this.callers.set(username, caller);
    }
    return caller;
  }

  private async departmentId(tenantCode: string, dept: DeptCode): Promise<string> {
    let units = this.departmentIds.get(tenantCode);
    if (!units) {
      units = this.departments
        .listOfTenant(this.tenant(tenantCode).id)
        .then((rows) => new Map(rows.map((row) => [row.code, row.id])));
      this.departmentIds.set(tenantCode, units);
    }
    const id = (await units).get(dept);
    if (!id) {
      throw new Error(`tenant ${tenantCode} has no unit ${dept}`);
    }
    return id;
  }

  /** Runs the work over the items with a bounded number in flight; the first failure stops the rest. */
  private async each<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
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
    await Promise.all(Array.from({ length: Math.min(this.parallel, items.length) }, worker));
  }
}
