import { Injectable } from '@nestjs/common';
import { EntityManager, In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { HandoffStatus } from '../handoff-status';
import { DEFAULT_LADDER, LadderSettings } from './escalation-ladder';
import { EscalationLadderEntity } from './escalation-ladder.entity';
import { EscalationEntity } from './escalation.entity';

@Injectable()
export class EscalationsRepository {
  constructor(private readonly db: Db) {}

  private get escalations(): Repository<EscalationEntity> {
    return this.db.repository(EscalationEntity);
  }

  private get ladders(): Repository<EscalationLadderEntity> {
    return this.db.repository(EscalationLadderEntity);
  }

  /** Records an escalation step; false when that level was already reached (the step happens once). */
  async insert(
    manager: EntityManager,
    step: Omit<EscalationEntity, 'id' | 'at' | 'handoff'>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(EscalationEntity)
      .values(step)
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  findAt(handoffId: string, level: number): Promise<EscalationEntity | null> {
    return this.escalations.findOneBy({ handoffId, level });
  }

  /** The steps of the handoffs, lowest level first. */
  stepsOf(handoffIds: readonly string[]): Promise<EscalationEntity[]> {
    return this.escalations.find({ where: { handoffId: In([...handoffIds]) }, order: { level: 'ASC' } });
  }

  /** The tenant's own ladder, or the default one. */
  async ladderOf(manager: EntityManager, tenantId: string): Promise<LadderSettings> {
    const own = await manager.getRepository(EscalationLadderEntity).findOneBy({ tenantId });
    return own
      ? { level2AfterDays: own.level2AfterDays, level3AfterDays: own.level3AfterDays }
      : DEFAULT_LADDER;
  }

  async saveLadder(tenantId: string, ladder: LadderSettings): Promise<void> {
    await this.ladders.upsert({ tenantId, ...ladder }, ['tenantId']);
  }

  /** Open handoffs whose deadline has passed and that have not reached `level` yet, the oldest deadline first. */
  async dueForEscalation(now: Date, level: number, limit = 500): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.manager.query(
      `SELECT id FROM handoff WHERE status <> $1 AND deadline <= $2 AND escalation_level < $3
        ORDER BY deadline LIMIT $4`,
      [HandoffStatus.CLOSED, now, level, limit],
    );
    return rows.map((row) => row.id);
  }
}
