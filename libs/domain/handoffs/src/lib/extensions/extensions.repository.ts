import { Injectable } from '@nestjs/common';
import { EntityManager, In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { ExtensionRequestEntity, ExtensionStatus } from './extension-request.entity';

export type ExtensionDecision = Pick<
  ExtensionRequestEntity,
  'status' | 'decidedReason' | 'decidedBy' | 'decidedAt'
>;

@Injectable()
export class ExtensionsRepository {
  constructor(private readonly db: Db) {}

  private get requests(): Repository<ExtensionRequestEntity> {
    return this.db.repository(ExtensionRequestEntity);
  }

  hasPending(manager: EntityManager, handoffId: string): Promise<boolean> {
    return manager
      .getRepository(ExtensionRequestEntity)
      .existsBy({ handoffId, status: ExtensionStatus.PENDING });
  }

  async insert(
    manager: EntityManager,
    request: Pick<ExtensionRequestEntity, 'handoffId' | 'until' | 'reason' | 'status' | 'requestedBy'>,
  ): Promise<void> {
    await manager.getRepository(ExtensionRequestEntity).insert(request);
  }

  lock(manager: EntityManager, id: string): Promise<ExtensionRequestEntity | null> {
    return manager
      .getRepository(ExtensionRequestEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async decide(manager: EntityManager, id: string, decision: ExtensionDecision): Promise<void> {
    await manager.getRepository(ExtensionRequestEntity).update({ id }, decision);
  }

  /** The requests of the handoffs, oldest first. */
  requestsOf(handoffIds: readonly string[]): Promise<ExtensionRequestEntity[]> {
    return this.requests.find({
      where: { handoffId: In([...handoffIds]) },
      order: { requestedAt: 'ASC' },
    });
  }
}
