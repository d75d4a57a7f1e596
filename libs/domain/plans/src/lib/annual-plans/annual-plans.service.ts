import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { Db } from '@liandong/db';
import { EntityManager } from 'typeorm';
import { AppException, FieldProblem, isUuid, parseId, parseInput, requireReason } from '@liandong/errors';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  CommitteeRepository,
  isDepartmentCaller,
  Permission,
  Role,
  TenancyService,
} from '@liandong/tenancy';
import { AnnualPlanStatus } from './annual-plan-status';
import { AnnualPlanEntity } from './annual-plan.entity';
import { PlanItemEntity } from './plan-item.entity';
import { PlanItemStatus } from './plan-item-status';
import { AnnualPlanTransitions } from './annual-plan-transitions';
import { isPlanItemSettled, PLAN_ITEM_STATUS_ZH, PlanItemTransitions } from './plan-item-transitions';
import { AnnualPlansRepository, PlanItemCounts } from './annual-plans.repository';
import { JointProjectEntity } from '../joint-projects/joint-project.entity';
import { PlansService } from '../joint-projects/plans.service';
import { Clock, hasShanghaiMonthEnded, shanghaiMonthsEnded } from '@liandong/time';
import { ANNUAL_PLAN, PLAN_ITEM } from '../kinds';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: '不能为空 / must not be empty' })
    .max(max, { message: `不能超过 ${max} 个字符 / at most ${max} characters` });

/** Optional text: trimmed, at most `max` characters; `blankToNull` makes a blank one null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `不能超过 ${max} 个字符 / at most ${max} characters` })
    .nullish();

const MONTH = '月份须在 1–12 之间 / month 1–12';

/** When and how an item is done: its planned month, the sitting it goes to and its method (监督方式). */
const scheduleSchema = z.object({
  plannedMonth: z
    .number({ message: MONTH })
    .int({ message: MONTH })
    .min(1, { message: MONTH })
    .max(12, { message: MONTH })
    .nullish(),
  session: optionalText(200),
  method: optionalText(100),
});

function blankToNull(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : value || null;
}

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
        ...scheduleSchema.shape,
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

/** The counts of one tenant's adopted plans of a year (planFigures). */
export interface PlanFigures extends PlanItemCounts {
  year: number;
}

/** What schedulePlanItem may set; a field left out keeps its value, a null clears it. */
export interface PlanItemSchedule {
  plannedMonth?: number | null;
  session?: string | null;
  method?: string | null;
}

/**
 * The annual supervision plan: drafted, adopted (then frozen), its joint items made into joint projects; the
 * items of an adopted plan are scheduled and move 未启动 → 已启动 → 已完成, or are adjusted (已调整).
 */
@Injectable()
export class AnnualPlansService {
  constructor(
    private readonly db: Db,
    private readonly annualPlans: AnnualPlansRepository,
    private readonly transitions: AnnualPlanTransitions,
    private readonly plans: PlansService,
    private readonly clock: Clock,
    private readonly committees: CommitteeRepository,
    private readonly itemTransitions: PlanItemTransitions,
    private readonly tenancy: TenancyService,
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
          plannedMonth: item.plannedMonth ?? null,
          session: blankToNull(item.session) ?? null,
          method: blankToNull(item.method) ?? null,
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

  /** NOT_STARTED → STARTED (启动), by the issuing office or the item's lead committee. */
  startItem(caller: Caller, planItemId: string): Promise<PlanItemEntity> {
    return this.onMovableItem(caller, planItemId, (manager, item) =>
      this.itemTransitions.start(manager, item),
    );
  }

  /** STARTED → COMPLETED (完成). */
  completeItem(caller: Caller, planItemId: string): Promise<PlanItemEntity> {
    return this.onMovableItem(caller, planItemId, (manager, item) =>
      this.itemTransitions.complete(manager, item),
    );
  }

  /**
   * NOT_STARTED or STARTED → ADJUSTED (调整, 监督法: the plan may be adjusted): with the reason and the decision
   * that adjusted it (e.g. 主任会议决定), both required. The caller's input is checked before anything is read.
   */
  adjustItem(
    caller: Caller,
    planItemId: string,
    input: { reason?: string | null; decision?: string | null },
  ): Promise<PlanItemEntity> {
    const reason = requireReason(input.reason, 'reason', { zh: '调整计划项目', en: 'Adjusting a plan item' });
    const decision = requireReason(input.decision, 'decision', {
      zh: '调整计划项目(所依据的决定)',
      en: 'Adjusting a plan item (the deciding body’s decision)',
    });
    return this.onMovableItem(caller, planItemId, (manager, item) =>
      this.itemTransitions.adjust(manager, item, { reason, decision }),
    );
  }

  /** Sets when and how an item is done: planned month, sitting, method. A settled item keeps its schedule. */
  scheduleItem(caller: Caller, planItemId: string, input: unknown): Promise<PlanItemEntity> {
    const parsed = parseInput(scheduleSchema, input ?? {}, 'input');
    const changes: PlanItemSchedule = {
      plannedMonth: parsed.plannedMonth,
      session: blankToNull(parsed.session),
      method: blankToNull(parsed.method),
    };
    const written = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    ) as PlanItemSchedule;
    return this.onMovableItem(caller, planItemId, async (manager, item) => {
      if (isPlanItemSettled(item.status)) {
        throw AppException.conflict('PLAN_ITEM_SETTLED', {
          zh: `「${item.title}」${PLAN_ITEM_STATUS_ZH[item.status]},不能再安排`,
          en: `A ${item.status} plan item is not rescheduled.`,
        });
      }
      if (Object.keys(written).length > 0) {
        await this.annualPlans.updateItem(manager, item.id, written);
      }
      return { ...item, ...written };
    });
  }

  /**
   * Whether an item is overdue at the clock's now: not started or started, and its planned month of the plan's
   * year has ended on the Asia/Shanghai calendar.
   */
  isOverdue(item: Pick<PlanItemEntity, 'status' | 'plannedMonth'>, year: number): boolean {
    return (
      (item.status === PlanItemStatus.NOT_STARTED || item.status === PlanItemStatus.STARTED) &&
      item.plannedMonth !== null &&
      hasShanghaiMonthEnded(year, item.plannedMonth, this.clock.now())
    );
  }

  /** The plans by id, for field resolvers (an item's year). */
  findPlans(ids: readonly string[]): Promise<AnnualPlanEntity[]> {
    return this.annualPlans.findPlans(ids);
  }

  /**
   * 计划执行情况: the items of the ADOPTED plans of `year` issued by the scope tenant (the caller's own unless
   * `scopeTenantId` names one in its subtree), counted: key, joint, by status, started so far, overdue.
   */
  async figures(caller: Caller, year: number, scopeTenantId?: string | null): Promise<PlanFigures> {
    assertPermission(caller, Permission.READ);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw AppException.badInput('year', 'YEAR_OUT_OF_RANGE', {
        zh: '年度须在 2000–2100 之间',
        en: 'year 2000–2100',
      });
    }
    const tenantId = await this.scopeTenantOf(caller, scopeTenantId);
    const counts = await this.annualPlans.countItems(
      tenantId,
      year,
      shanghaiMonthsEnded(year, this.clock.now()),
    );
    return { year, ...counts };
  }

  /** The tenant whose plans the figures count: the caller's, or one inside its subtree. */
  private async scopeTenantOf(caller: Caller, scopeTenantId?: string | null): Promise<string> {
    return (await this.tenancy.scope(caller, scopeTenantId)).id;
  }

  /**
   * Runs `work` on a plan item the caller may move, under the item's row lock: an item of an ADOPTED plan
   * (CONFLICT otherwise) issued by the caller's own tenant (NOT_FOUND outside its subtree, FORBIDDEN inside
   * it), moved by that office's COORDINATOR or ADMIN, or by the staff of the item's lead committee. Staff of
   * any other committee (the 统筹办 aside) may not, whatever their role.
   */
  private onMovableItem(
    caller: Caller,
    planItemId: string,
    work: (manager: EntityManager, item: PlanItemEntity) => Promise<PlanItemEntity>,
  ): Promise<PlanItemEntity> {
    const id = parseId(planItemId, 'id');
    return this.db.transaction(async (manager) => {
      const item = await this.annualPlans.lockItem(manager, id);
      const plan = item ? await this.annualPlans.findPlan(item.planId, manager) : null;
      if (!item || !plan || !canSeeSubtreeOf(caller, plan.tenantPath)) {
        throw AppException.notFound(PLAN_ITEM, planItemId);
      }
      if (plan.tenantId !== caller.tenantId) {
        throw AppException.forbidden('NOT_PLAN_ISSUER', {
          zh: '只有制定计划的机关可以推进其中的项目',
          en: 'Only the plan’s issuer moves its items.',
        });
      }
      if (!this.mayMove(caller, item)) {
        throw AppException.forbidden('NOT_ITEM_LEAD', {
          zh: '只有本机关的联络员、管理员或该项目的牵头委室可以推进该项目',
          en: 'Only the office’s coordinators and administrators, or the item’s lead committee, move it.',
        });
      }
      if (plan.status !== AnnualPlanStatus.ADOPTED) {
        throw AppException.conflict('ANNUAL_PLAN_NOT_ADOPTED', {
          zh: '年度计划尚未通过,其中的项目不能推进',
          en: 'The plan is not adopted yet; its items do not move.',
        });
      }
      return work(manager, item);
    });
  }

  private mayMove(caller: Caller, item: PlanItemEntity): boolean {
    const committee = caller.committee;
    if (committee && !committee.coordinates) {
      return committee.id === item.leadCommitteeId;
    }
    return caller.roles.includes(Role.COORDINATOR) || caller.roles.includes(Role.ADMIN);
  }
}
