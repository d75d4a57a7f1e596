import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { LookBackEntity } from './look-back.entity';

export type LookBackRecord = Pick<LookBackEntity, 'doneAt' | 'relapsed' | 'note' | 'doneBy'>;

@Injectable()
export class LookBacksRepository {
  constructor(private readonly db: Db) {}

  private get lookBacks(): Repository<LookBackEntity> {
    return this.db.repository(LookBackEntity);
  }

  /** A handoff has at most one open look-back: one left from an earlier closure is replaced. */
  async replaceOpen(manager: EntityManager, handoffId: string, dueAt: Date): Promise<LookBackEntity> {
    const repository = manager.getRepository(LookBackEntity);
    await repository.delete({ handoffId, doneAt: IsNull() });
    return repository.save(repository.create({ handoffId, dueAt, doneAt: null }));
  }

  lockOpen(manager: EntityManager, handoffId: string): Promise<LookBackEntity | null> {
    return manager.getRepository(LookBackEntity).findOne({
      where: { handoffId, doneAt: IsNull() },
      order: { dueAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async record(manager: EntityManager, id: string, record: LookBackRecord): Promise<void> {
    await manager.getRepository(LookBackEntity).update({ id }, record);
  }

  /** Closed handoffs inside `scopePath` whose open look-back is due by `now`, the most overdue first. */
  dueHandoffs(scopePath: string, now: Date, limit: number): Promise<HandoffEntity[]> {
    return this.db
      .repository(HandoffEntity)
      .createQueryBuilder('h')
      .innerJoin(LookBackEntity, 'l', 'l.handoff_id = h.id AND l.done_at IS NULL')
      .where('h.status = :closed', { closed: HandoffStatus.CLOSED })
      .andWhere('h.tenant_path <@ :path::ltree', { path: scopePath })
      .andWhere('l.due_at <= :now', { now })
      .orderBy('l.due_at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Per handoff, its open look-back, else its latest done one. */
  async latestOf(handoffIds: readonly string[]): Promise<LookBackEntity[]> {
    if (handoffIds.length === 0) {
      return [];
    }
    const rows: Array<{ id: string }> = await this.lookBacks.query(
      `SELECT DISTINCT ON (handoff_id) id FROM look_back WHERE handoff_id = ANY($1::uuid[])
        ORDER BY handoff_id, (done_at IS NULL) DESC, due_at DESC, id`,
      [handoffIds],
    );
    return rows.length === 0 ? [] : this.lookBacks.findBy({ id: In(rows.map((row) => row.id)) });
  }
}
