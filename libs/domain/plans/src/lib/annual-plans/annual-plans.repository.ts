import { Injectable } from '@nestjs/common';
import { EntityManager, In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { AnnualPlanStatus } from './annual-plan-status';
import { AnnualPlanEntity } from './annual-plan.entity';
import { PlanItemStatus } from './plan-item-status';
import { PlanItemEntity } from './plan-item.entity';

/** The counts of `planFigures`, over one tenant's adopted plans of one year. */
export interface PlanItemCounts {
  items: number;
  key: number;
  joint: number;
  notStarted: number;
  started: number;
  completed: number;
  adjusted: number;
  overdue: number;
}

/** What a new plan's item carries; its status starts at the column's default. */
export type NewPlanItem = Pick<PlanItemEntity, 'title' | 'isKey' | 'isJoint'> &
  Partial<Pick<PlanItemEntity, 'leadCommitteeId' | 'plannedMonth' | 'session' | 'method'>>;

@Injectable()
export class AnnualPlansRepository {
  constructor(private readonly db: Db) {}

  private get plans(): Repository<AnnualPlanEntity> {
    return this.db.repository(AnnualPlanEntity);
  }

  private get items(): Repository<PlanItemEntity> {
    return this.db.repository(PlanItemEntity);
  }

  findPlan(id: string, manager?: EntityManager): Promise<AnnualPlanEntity | null> {
    return (manager?.getRepository(AnnualPlanEntity) ?? this.plans).findOneBy({ id });
  }

  lockPlan(manager: EntityManager, id: string): Promise<AnnualPlanEntity | null> {
    return manager
      .getRepository(AnnualPlanEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findPlans(ids: readonly string[]): Promise<AnnualPlanEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.plans.findBy({ id: In([...ids]) });
  }

  findItem(id: string): Promise<PlanItemEntity | null> {
    return this.items.findOneBy({ id });
  }

  /** Plans issued in the scope's subtree, and the adopted (published) plans of the tenants above it. */
  listVisible(scopePath: string, year?: number): Promise<AnnualPlanEntity[]> {
    const query = this.plans
      .createQueryBuilder('p')
      .where(
        `(p.tenant_path <@ :scope::ltree OR (p.status = 'ADOPTED' AND :scope::ltree <@ p.tenant_path))`,
        {
          scope: scopePath,
        },
      )
      .orderBy('p.year', 'DESC')
      .addOrderBy('p.created_at', 'ASC');
    if (year !== undefined) {
      query.andWhere('p.year = :year', { year });
    }
    return query.getMany();
  }

  itemsOf(planIds: readonly string[]): Promise<PlanItemEntity[]> {
    if (planIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.items.find({ where: { planId: In([...planIds]) }, order: { sortOrder: 'ASC' } });
  }

  itemsOfProjects(projectIds: readonly string[]): Promise<PlanItemEntity[]> {
    return projectIds.length === 0
      ? Promise.resolve([])
      : this.items.findBy({ jointProjectId: In([...projectIds]) });
  }

  lockItem(manager: EntityManager, id: string): Promise<PlanItemEntity | null> {
    return manager
      .getRepository(PlanItemEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insertPlan(
    manager: EntityManager,
    plan: Omit<AnnualPlanEntity, 'id' | 'createdAt' | 'tenant' | 'adoptedAt' | 'adoptedBy'>,
    items: NewPlanItem[],
  ): Promise<AnnualPlanEntity> {
    const saved = await manager.getRepository(AnnualPlanEntity).save(manager.create(AnnualPlanEntity, plan));
    await manager.getRepository(PlanItemEntity).insert(
      items.map((item, index) => ({
        title: item.title,
        isKey: item.isKey,
        isJoint: item.isJoint,
        leadCommitteeId: item.leadCommitteeId ?? null,
        plannedMonth: item.plannedMonth ?? null,
        session: item.session ?? null,
        method: item.method ?? null,
        planId: saved.id,
        sortOrder: index + 1,
        jointProjectId: null,
      })),
    );
    return saved;
  }

  async update(manager: EntityManager, id: string, changes: Partial<AnnualPlanEntity>): Promise<void> {
    await manager.getRepository(AnnualPlanEntity).update({ id }, changes);
  }

  async linkItem(manager: EntityManager, itemId: string, projectId: string): Promise<void> {
    await manager.getRepository(PlanItemEntity).update({ id: itemId }, { jointProjectId: projectId });
  }

  /** Writes a plan item's columns; its status only through PlanItemTransitions. */
  async updateItem(manager: EntityManager, id: string, changes: Partial<PlanItemEntity>): Promise<void> {
    await manager.getRepository(PlanItemEntity).update({ id }, changes);
  }

  /**
   * The items of the tenant's ADOPTED plans of `year`, counted in one pass: key, joint, by status, started so
   * far (STARTED or COMPLETED), and overdue (not started or started, and planned for a month up to
   * `monthsEnded`, the months of the year already over).
   */
  async countItems(tenantId: string, year: number, monthsEnded: number): Promise<PlanItemCounts> {
    const rows: PlanItemCounts[] = await this.db.manager.query(
      `SELECT count(*)::int AS "items",
              count(*) FILTER (WHERE i.is_key)::int AS "key",
              count(*) FILTER (WHERE i.is_joint)::int AS "joint",
              count(*) FILTER (WHERE i.status = $4)::int AS "notStarted",
              count(*) FILTER (WHERE i.status IN ($5, $6))::int AS "started",
              count(*) FILTER (WHERE i.status = $6)::int AS "completed",
              count(*) FILTER (WHERE i.status = $7)::int AS "adjusted",
              count(*) FILTER (WHERE i.status IN ($4, $5) AND i.planned_month <= $8)::int AS "overdue"
         FROM plan_item i
         JOIN annual_plan p ON p.id = i.plan_id
        WHERE p.tenant_id = $1 AND p.year = $2 AND p.status = $3`,
      [
        tenantId,
        year,
        AnnualPlanStatus.ADOPTED,
        PlanItemStatus.NOT_STARTED,
        PlanItemStatus.STARTED,
        PlanItemStatus.COMPLETED,
        PlanItemStatus.ADJUSTED,
        monthsEnded,
      ],
    );
    const [row] = rows;
    return (
      row ?? {
        items: 0,
        key: 0,
        joint: 0,
        notStarted: 0,
        started: 0,
        completed: 0,
        adjusted: 0,
        overdue: 0,
      }
    );
  }
}
