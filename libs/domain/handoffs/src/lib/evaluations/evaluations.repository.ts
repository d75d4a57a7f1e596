import { Injectable } from '@nestjs/common';
import { EntityManager, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { EvaluationEntity, EvaluationResult } from './evaluation.entity';

@Injectable()
export class EvaluationsRepository {
  constructor(private readonly db: Db) {}

  private get evaluations(): Repository<EvaluationEntity> {
    return this.db.repository(EvaluationEntity);
  }

  insert(
    manager: EntityManager,
    evaluation: Pick<EvaluationEntity, 'handoffId' | 'scheme' | 'eligible' | 'createdBy'>,
  ): Promise<EvaluationEntity> {
    const repository = manager.getRepository(EvaluationEntity);
    return repository.save(repository.create(evaluation));
  }

  findById(manager: EntityManager, id: string): Promise<EvaluationEntity | null> {
    return manager.getRepository(EvaluationEntity).findOneBy({ id });
  }

  lock(manager: EntityManager, id: string): Promise<EvaluationEntity | null> {
    return manager
      .getRepository(EvaluationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(manager: EntityManager, id: string, changes: Partial<EvaluationEntity>): Promise<void> {
    await manager.getRepository(EvaluationEntity).update({ id }, changes);
  }

  /** The result of the handoff's last evaluation voted before this one, if any. */
  async previousResult(
    manager: EntityManager,
    handoffId: string,
    evaluationId: string,
  ): Promise<EvaluationResult | null> {
    const rows: Array<{ result: EvaluationResult | null }> = await manager.query(
      `SELECT result FROM evaluation WHERE handoff_id = $1 AND id <> $2 AND voted_at IS NOT NULL
        ORDER BY voted_at DESC, created_at DESC LIMIT 1`,
      [handoffId, evaluationId],
    );
    return rows[0]?.result ?? null;
  }

  /** Evaluations of the handoffs, oldest first. */
  evaluationsOf(handoffIds: readonly string[]): Promise<EvaluationEntity[]> {
    if (handoffIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.evaluations
      .createQueryBuilder('e')
      .where('e.handoff_id = ANY(:ids::uuid[])', { ids: handoffIds })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }
}
