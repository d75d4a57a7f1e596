import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { Db } from '@liandong/db';
import { AppException, FieldProblem, isUuid, parseId, parseInput } from '@liandong/errors';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  CommitteeRepository,
  isDepartmentCaller,
  Permission,
} from '@liandong/tenancy';
import { AnnualPlanEntity } from './annual-plan.entity';
import { PlanItemEntity } from './plan-item.entity';
import { AnnualPlanTransitions } from './annual-plan-transitions';
import { AnnualPlansRepository } from './annual-plans.repository';
import { JointProjectEntity } from '../joint-projects/joint-project.entity';
import { PlansService } from '../joint-projects/plans.service';
import { Clock } from '@liandong/time';
import { ANNUAL_PLAN, PLAN_ITEM } from '../kinds';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: '不能为空 / must not be empty' })
    .max(max, { message: `不能超过 ${max} 个字符 / at most ${max} characters` });

const annualPlanSchema = z.object({
  year: z.number().int().min(2000, { message: '年度须在 2000–2100 之间 / year 2000–2100' }).max(2100, {
    message: '年度须在 2000–2100 之间 / year 2000–2100',
  }),
  title: text(200),
  items: z
    .array(
      z.object({
        title: text(200),
        isKey: z.boolean(),
        isJoint: z.boolean(),
        leadCommitteeId: z.string().nullish(),
      }),
    )
    .min(1, { message: '至少列出一个监督项目 / at least one item' })
    .max(300),
});

function itemHasProject(title: string): AppException {
  return AppException.conflict('PLAN_ITEM_HAS_PROJECT', {
    zh: `「${title}」已经创建过联动项目`,
    en: 'This item already has its joint project.',
  });
}

/** The annual supervision plan: drafted, adopted (then frozen), its joint items made into joint projects. */
@Injectable()
export class AnnualPlansService {
  constructor(
    private readonly db: Db,
    private readonly annualPlans: AnnualPlansRepository,
    private readonly transitions: AnnualPlanTransitions,
    private readonly plans: PlansService,
    private readonly clock: Clock,
    private readonly committees: CommitteeRepository,
  ) {}

  async create(caller: Caller, input: unknown): Promise<AnnualPlanEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const parsed = parseInput(annualPlanSchema, input, 'input');
    const leads = await this.leadCommitteesOf(caller, parsed.items);
    return this.db.transaction((manager) =>
      this.transitions.draw(
        manager,
        {
          tenantId: caller.tenantId,
          tenantPath: caller.tenantPath,
          year: parsed.year,
          title: parsed.title,
          createdBy: caller.userId,
        },
        parsed.items.map((item, index) => ({
          title: item.title,
          isKey: item.isKey,
          isJoint: item.isJoint,
          leadCommitteeId: leads[index] ?? null,
        })),
      ),
    );
  }

  /** Each item's lead committee, which must be an active committee of the caller's own tenant. */
  private async leadCommitteesOf(
    caller: Caller,
    items: ReadonlyArray<{ leadCommitteeId?: string | null }>,
  ): Promise<Array<string | null>> {
    const requested = items.map((item) => item.leadCommitteeId ?? null);
    const wellFormed = requested.filter((id): id is string => id !== null && isUuid(id));
    const found = await this.committees.findByIds([...new Set(wellFormed.map((id) => id.toLowerCase()))]);
    const usable = new Set(
      found
        .filter((committee) => committee.tenantId === caller.tenantId && committee.retiredAt === null)
        .map((committee) => committee.id),
    );
    const problems: FieldProblem[] = [];
    requested.forEach((id, index) => {
      if (id === null) {
        return;
      }
      const field = `input.items.${index}.leadCommitteeId`;
      if (!isUuid(id)) {
        problems.push({ field, reason: 'INVALID_ID', zh: '不是有效的编号', en: 'not a valid id' });
      } else if (!usable.has(id.toLowerCase())) {
        problems.push({
          field,
          reason: 'COMMITTEE_UNKNOWN',
          zh: '牵头委室须为本机关现有的委室',
          en: 'The lead must be an active committee of your own office.',
        });
      }
    });
    if (problems.length > 0) {
      throw AppException.badFields(problems);
    }
    return requested.map((id) => id?.toLowerCase() ?? null);
  }

  /** DRAFT → ADOPTED (主任会议通过), by the tenant that drew it up; the plan is frozen from then on. */
  async adopt(caller: Caller, planId: string): Promise<AnnualPlanEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    return this.db.transaction(async (manager) => {
      const plan = await this.annualPlans.lockPlan(manager, parseId(planId));
      if (!plan || !canSeeSubtreeOf(caller, plan.tenantPath)) {
        throw AppException.notFound(ANNUAL_PLAN, planId);
      }
      if (plan.tenantId !== caller.tenantId) {
        throw AppException.forbidden('NOT_PLAN_ISSUER', {
          zh: '只有制定计划的机关可以通过该计划',
          en: 'Only the issuer adopts its plan.',
        });
      }
      return this.transitions.adopt(manager, plan, { adoptedAt: this.clock.now(), adoptedBy: caller.userId });
    });
  }

  list(caller: Caller, year?: number): Promise<AnnualPlanEntity[]> {
    return isDepartmentCaller(caller)
      ? Promise.resolve([])
      : this.annualPlans.listVisible(caller.tenantPath, year);
  }

  /** The items of the plans, in plan order, for field resolvers. */
  itemsOf(planIds: readonly string[]): Promise<PlanItemEntity[]> {
    return this.annualPlans.itemsOf(planIds);
  }

  /** The items the projects were made from, for field resolvers. */
  itemsOfProjects(projectIds: readonly string[]): Promise<PlanItemEntity[]> {
    return this.annualPlans.itemsOfProjects(projectIds);
  }

  /** Makes the joint project of a joint item (联动项目), once per item, with the item's title and key flag. */
  async createProjectFromItem(
    caller: Caller,
    planItemId: string,
    unifications: unknown,
  ): Promise<JointProjectEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const id = parseId(planItemId, 'planItemId');
    const item = await this.annualPlans.findItem(id);
    const plan = item ? await this.annualPlans.findPlan(item.planId) : null;
    if (!item || !plan || !canSeeSubtreeOf(caller, plan.tenantPath)) {
      throw AppException.notFound(PLAN_ITEM, planItemId);
    }
    if (plan.tenantId !== caller.tenantId) {
      throw AppException.forbidden('NOT_PLAN_ISSUER', {
        zh: '只有制定计划的机关可以据此发起联动项目',
        en: 'Only the plan’s issuer makes its projects.',
      });
    }
    if (!item.isJoint) {
      throw AppException.badInput('planItemId', 'PLAN_ITEM_NOT_JOINT', {
        zh: `「${item.title}」不是联动项目,不能据此创建`,
        en: 'The item is not marked isJoint.',
      });
    }
    if (item.jointProjectId) {
      throw itemHasProject(item.title);
    }
    return this.plans.createJointProject(
      caller,
      {
        year: plan.year,
        title: item.title,
        isKey: item.isKey,
        unifications,
        leadCommitteeId: item.leadCommitteeId,
      },
      async (manager, project) => {
        const locked = await this.annualPlans.lockItem(manager, item.id);
        if (locked?.jointProjectId) {
          throw itemHasProject(item.title);
        }
        await this.annualPlans.linkItem(manager, item.id, project.id);
      },
    );
  }
}
