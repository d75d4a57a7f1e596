import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { HandoffMilestoneEntity } from './handoff-milestone.entity';

@Injectable()
export class MilestonesRepository {
  constructor(private readonly db: Db) {}

  private get stages(): Repository<HandoffMilestoneEntity> {
    return this.db.repository(HandoffMilestoneEntity);
  }

  /**
   * Replaces the stages not yet done by `fresh`, keeping those done (a fresh stage named like one done
   * is dropped). Returns nothing: the handoff is what the caller shows.
   */
  async replaceOpen(
    manager: EntityManager,
    handoffId: string,
    fresh: Array<Pick<HandoffMilestoneEntity, 'position' | 'name' | 'dueAt'>>,
  ): Promise<void> {
    const repository = manager.getRepository(HandoffMilestoneEntity);
    const done = await repository.find({ where: { handoffId } });
    await repository.delete({ handoffId, doneAt: IsNull() });
    const kept = new Set(done.filter((stage) => stage.doneAt).map((stage) => stage.name));
    const rows = fresh
      .filter((stage) => !kept.has(stage.name))
      .map((stage) => ({ ...stage, handoffId, doneAt: null }));
    if (rows.length > 0) {
      await repository.insert(rows);
    }
  }

  findByName(
    manager: EntityManager,
    handoffId: string,
    name: string,
  ): Promise<HandoffMilestoneEntity | null> {
    return manager.getRepository(HandoffMilestoneEntity).findOneBy({ handoffId, name });
  }

  async markDone(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.getRepository(HandoffMilestoneEntity).update({ id }, { doneAt: at });
  }

  /** The stages of the handoffs, in order. */
  stagesOf(handoffIds: readonly string[]): Promise<HandoffMilestoneEntity[]> {
    return this.stages.find({ where: { handoffId: In([...handoffIds]) }, order: { position: 'ASC' } });
  }
}
