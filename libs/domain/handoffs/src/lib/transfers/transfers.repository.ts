import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransferRequestEntity } from './transfer-request.entity';

export type Reassignment = Pick<TransferRequestEntity, 'toDepartmentId' | 'reassignedBy' | 'reassignedAt'>;

@Injectable()
export class TransfersRepository {
  /** The latest request of the department to hand the item back, if any. */
  latestFrom(
    manager: EntityManager,
    handoffId: string,
    fromDepartmentId: string,
  ): Promise<TransferRequestEntity | null> {
    return manager.getRepository(TransferRequestEntity).findOne({
      where: { handoffId, fromDepartmentId },
      order: { requestedAt: 'DESC' },
    });
  }

  async insert(
    manager: EntityManager,
    request: Omit<TransferRequestEntity, 'id' | 'requestedAt' | 'handoff' | keyof Reassignment> &
      Partial<Reassignment>,
  ): Promise<void> {
    await manager.getRepository(TransferRequestEntity).insert(request);
  }

  async markReassigned(manager: EntityManager, id: string, reassignment: Reassignment): Promise<void> {
    await manager.getRepository(TransferRequestEntity).update({ id }, reassignment);
  }
}
