import { Injectable } from '@nestjs/common';
import { EntityManager, In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { LocalPlanDecisionEntity } from './local-plan-decision.entity';
import { LocalPlanStatus } from './local-plan-status';
import { LocalPlanEntity } from './local-plan.entity';
import { ledBySql } from '../joint-projects/committee-filter';

@Injectable()
export class LocalPlansRepository {
  constructor(private readonly db: Db) {}

  private get localPlans(): Repository<LocalPlanEntity> {
    return this.db.repository(LocalPlanEntity);
  }

  lock(manager: EntityManager, id: string): Promise<LocalPlanEntity | null> {
    return manager
      .getRepository(LocalPlanEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  ofAssignments(assignmentIds: readonly string[]): Promise<LocalPlanEntity[]> {
    return assignmentIds.length === 0
      ? Promise.resolve([])
      : this.localPlans.findBy({ assignmentId: In([...assignmentIds]) });
  }

  /**
   * Submitted plans of the assignments a tenant published: its review queue; with a committee code, only
   * those of projects led by a committee of that code.
   */
  toReviewBy(tenantId: string, committeeCode: string | null): Promise<LocalPlanEntity[]> {
    const query = this.localPlans
      .createQueryBuilder('l')
      .innerJoin('l.assignment', 'a')
      .where('a.published_by_tenant_id = :tenantId', { tenantId })
      .andWhere('l.status = :status', { status: LocalPlanStatus.SUBMITTED })
      .orderBy('l.submitted_at', 'ASC');
    if (committeeCode !== null) {
      query.andWhere(ledBySql('a.project_id', ':committeeCode'), { committeeCode });
    }
    return query.getMany();
  }

  async upsert(
    manager: EntityManager,
    plan: Omit<LocalPlanEntity, 'id' | 'updatedAt' | 'tenant' | 'assignment'>,
  ): Promise<LocalPlanEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(LocalPlanEntity)
      .values(plan)
      .orUpdate(
        ['status', 'based_on_version', 'content', 'issues', 'review_reason', 'submitted_by', 'submitted_at'],
        ['assignment_id'],
      )
      .execute();
    return manager.getRepository(LocalPlanEntity).findOneByOrFail({ assignmentId: plan.assignmentId });
  }

  async update(manager: EntityManager, id: string, changes: Partial<LocalPlanEntity>): Promise<void> {
    await manager.getRepository(LocalPlanEntity).update({ id }, changes);
  }

  async insertDecision(
    manager: EntityManager,
    decision: Omit<LocalPlanDecisionEntity, 'id' | 'at' | 'localPlan'>,
  ): Promise<void> {
    await manager.getRepository(LocalPlanDecisionEntity).insert(decision);
  }
}
