import { Injectable } from '@nestjs/common';
import { EntityManager, In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { AnnualPlanEntity } from './annual-plan.entity';
import { PlanItemEntity } from './plan-item.entity';

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
    items: Array<
      Pick<PlanItemEntity, 'title' | 'isKey' | 'isJoint'> & Partial<Pick<PlanItemEntity, 'leadCommitteeId'>>
    >,
  ): Promise<AnnualPlanEntity> {
    const saved = await manager.getRepository(AnnualPlanEntity).save(manager.create(AnnualPlanEntity, plan));
    await manager.getRepository(PlanItemEntity).insert(
      items.map((item, index) => ({
        title: item.title,
        isKey: item.isKey,
        isJoint: item.isJoint,
        leadCommitteeId: item.leadCommitteeId ?? null,
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
}
