import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { CommitteeEntity } from './committee.entity';

/** Reads of the committees, for whoever names them: plans (a project's lead), accounts, the organisation. */
@Injectable()
export class CommitteeRepository {
  constructor(private readonly db: Db) {}

  private get committees(): Repository<CommitteeEntity> {
    return this.db.repository(CommitteeEntity);
  }

  findById(id: string): Promise<CommitteeEntity | null> {
    return this.committees.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<CommitteeEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.committees.findBy({ id: In([...ids]) });
  }

  /** A tenant's committees, the coordination office first, then by code; retired ones only when asked for. */
  listOfTenant(tenantId: string, includeRetired = false): Promise<CommitteeEntity[]> {
    return this.committees.find({
      where: includeRetired ? { tenantId } : { tenantId, retiredAt: IsNull() },
      order: { coordinates: 'DESC', code: 'ASC' },
    });
  }

  /**
   * The committee an account is about to join, share-locked until the request ends: it cannot be retired
   * meanwhile, and a retirement already under way is waited for and seen.
   */
  lockToJoin(manager: EntityManager, id: string): Promise<CommitteeEntity | null> {
    return manager
      .getRepository(CommitteeEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }
}
