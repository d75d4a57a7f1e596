import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppException, optionalReason, parseId, parseInput, requireReason } from '@liandong/errors';
import { assertPermission, Caller, canSeeSubtreeOf, isDepartmentCaller, Permission } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { Db } from '@liandong/db';
import { checkConformance, conforms } from '../conformance/conformance';
import { ConformanceIssue, LocalPlanContent } from '../conformance/conformance.types';
import { committeeFilter, isLedFor } from '../joint-projects/committee-filter';
import { JointProjectEntity } from '../joint-projects/joint-project.entity';
import { PlansRepository } from '../joint-projects/plans.repository';
import { PlansService } from '../joint-projects/plans.service';
import { LOCAL_PLAN } from '../kinds';
import { MethodsService } from '../methods/methods.service';
import { LocalPlanStatus } from './local-plan-status';
import { LocalPlanEntity } from './local-plan.entity';
import { LocalPlanTransitions } from './local-plan-transitions';
import { LocalPlansRepository } from './local-plans.repository';

const bounded = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `不能超过 ${max} 个字符 / at most ${max} characters` });
const named = (max: number) => bounded(max).min(1, { message: '不能为空 / must not be empty' });

/** Shape only: what the unified plan requires is the conformance checker's to judge, issue by issue. */
const localPlanSchema = z.object({
  leadership: z.object({ leadBody: bounded(200), leader: bounded(100), office: bounded(200).nullish() }),
  methods: z.array(named(32)).max(30),
  checklist: z.array(z.object({ code: named(32), text: bounded(1000) })).max(500),
  milestones: z
    .array(
      z.object({
        name: named(200),
        dueAt: z.date({ message: '须为有效的日期时间 / must be a valid date-time' }),
      }),
    )
    .max(50),
  indicators: z
    .array(
      z.object({
        code: named(32),
        name: named(200),
        target: z.number().refine(Number.isFinite, { message: '须为有限数值 / must be a finite number' }),
      }),
    )
    .max(100),
});

export interface ConformanceReport {
  conforms: boolean;
  issues: ConformanceIssue[];
}

/** Local implementation plans (实施方案) checked against the unified plan, and their review. */
@Injectable()
export class LocalPlansService {
  constructor(
    private readonly db: Db,
    private readonly localPlans: LocalPlansRepository,
    private readonly plans: PlansRepository,
    private readonly plansService: PlansService,
    private readonly methods: MethodsService,
    private readonly transitions: LocalPlanTransitions,
    private readonly clock: Clock,
  ) {}

  /** The conformance report of a local plan, stored nowhere (a dry run). */
  async check(caller: Caller, assignmentId: string, input: unknown): Promise<ConformanceReport> {
    const { project } = await this.plansService.getVisibleAssignment(caller, assignmentId);
    return this.report(project, toContent(parseInput(localPlanSchema, input, 'input')));
  }

  /** Files (stores and submits) the assigned tenant's local plan with its conformance report. */
  async file(caller: Caller, assignmentId: string, input: unknown): Promise<LocalPlanEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const content = toContent(parseInput(localPlanSchema, input, 'input'));
    const { assignment, project } = await this.plansService.getOwnAssignment(caller, assignmentId);
    const [existing] = await this.localPlans.ofAssignments([assignment.id]);
    if (existing?.status === LocalPlanStatus.ACCEPTED && existing.basedOnVersion === project.version) {
      throw AppException.conflict('LOCAL_PLAN_ALREADY_ACCEPTED', {
        zh: '实施方案已通过审核;统一方案修订后方可重新报备',
        en: 'Already accepted for this version of the unified plan.',
      });
    }
    const { issues } = await this.report(project, content);
    return this.db.transaction((manager) =>
      this.transitions.file(manager, existing ?? null, {
        assignmentId: assignment.id,
        tenantId: assignment.tenantId,
        tenantPath: assignment.tenantPath,
        basedOnVersion: project.version,
        content,
        issues,
        reviewReason: null,
        submittedBy: caller.userId,
        submittedAt: this.clock.now(),
      }),
    );
  }

  /**
   * Accept or return a submitted plan, by the tenant that published the assignment. The plan is checked
   * again against the current unified plan: one with BLOCKING issues cannot be accepted.
   */
  async review(
    caller: Caller,
    localPlanId: string,
    accept: boolean,
    reason?: string | null,
  ): Promise<LocalPlanEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const why = accept
      ? optionalReason(reason, 'reason')
      : requireReason(reason, 'reason', { zh: '退回实施方案', en: 'Returning a plan' });
    return this.db.transaction(async (manager) => {
      const plan = await this.localPlans.lock(manager, parseId(localPlanId));
      const assignment = plan ? await this.plans.findAssignment(plan.assignmentId, manager) : null;
      const project = assignment ? await this.plans.findProject(assignment.projectId, manager) : null;
      if (
        !plan ||
        !assignment ||
        !project ||
        !canSeeSubtreeOf(caller, assignment.tenantPath) ||
        !isLedFor(committeeFilter(caller), project.leadCommittee)
      ) {
        throw AppException.notFound(LOCAL_PLAN, localPlanId);
      }
      if (assignment.publishedByTenantId !== caller.tenantId) {
        throw AppException.forbidden('NOT_PUBLISHING_TENANT', {
          zh: '实施方案由下达任务的机关审核',
          en: 'The tenant that published the assignment reviews it.',
        });
      }
      if (plan.status !== LocalPlanStatus.SUBMITTED) {
        throw AppException.conflict('LOCAL_PLAN_NOT_SUBMITTED', {
          zh: `实施方案状态为 ${plan.status},只能审核已报备的方案`,
          en: 'Only a SUBMITTED plan can be reviewed.',
        });
      }
      const { issues } = await this.report(project, plan.content);
      if (accept && !conforms(issues)) {
        throw AppException.conflict('LOCAL_PLAN_HAS_BLOCKING_ISSUES', {
          zh: `实施方案存在 ${issues.filter((i) => i.severity === 'BLOCKING').length} 个阻断性问题,不能通过`,
          en: 'A plan with BLOCKING issues cannot be accepted.',
        });
      }
      const basedOnVersion = project.version;
      await this.localPlans.insertDecision(manager, {
        localPlanId: plan.id,
        accepted: accept,
        reason: why,
        byUserId: caller.userId,
        byTenantId: caller.tenantId,
        snapshot: { basedOnVersion, content: plan.content, issues },
      });
      return this.transitions.decide(manager, plan, accept, { reviewReason: why, issues, basedOnVersion });
    });
  }

  toReview(caller: Caller): Promise<LocalPlanEntity[]> {
    return isDepartmentCaller(caller)
      ? Promise.resolve([])
      : this.localPlans.toReviewBy(caller.tenantId, committeeFilter(caller));
  }

  /** The local plans of the assignments, for field resolvers (each checks who may see it). */
  ofAssignments(assignmentIds: readonly string[]): Promise<LocalPlanEntity[]> {
    return this.localPlans.ofAssignments(assignmentIds);
  }

  private async report(project: JointProjectEntity, content: LocalPlanContent): Promise<ConformanceReport> {
    const knownMethodCodes = await this.methods.knownCodes();
    const issues = checkConformance(project.unifications, content, { knownMethodCodes });
    return { conforms: conforms(issues), issues };
  }
}

function toContent(input: z.infer<typeof localPlanSchema>): LocalPlanContent {
  return {
    leadership: {
      leadBody: input.leadership.leadBody,
      leader: input.leadership.leader,
      office: input.leadership.office ?? null,
    },
    methods: [...input.methods],
    checklist: input.checklist.map((item) => ({ ...item })),
    milestones: input.milestones.map((milestone) => ({
      name: milestone.name,
      dueAt: milestone.dueAt.toISOString(),
    })),
    indicators: input.indicators.map((indicator) => ({ ...indicator })),
  };
}
