import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { DepartmentEntity } from './department.entity';

@Injectable()
export class DepartmentRepository {
  constructor(private readonly db: Db) {}

  private get departments(): Repository<DepartmentEntity> {
    return this.db.repository(DepartmentEntity);
  }

  findById(id: string): Promise<DepartmentEntity | null> {
    return this.departments.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<DepartmentEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.departments.findBy({ id: In([...ids]) });
  }

  /** A tenant's units by code; retired ones only when asked for (pickers never offer them). */
  listOfTenant(tenantId: string, includeRetired = false): Promise<DepartmentEntity[]> {
    return this.departments.find({
      where: includeRetired ? { tenantId } : { tenantId, retiredAt: IsNull() },
      order: { code: 'ASC' },
    });
  }

  /**
   * The unit about to be given work, share-locked until the request ends: it cannot be retired meanwhile,
   * and a retirement already under way is waited for and seen.
   */
  lockToReceive(manager: EntityManager, id: string): Promise<DepartmentEntity | null> {
    return manager
      .getRepository(DepartmentEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }
}
