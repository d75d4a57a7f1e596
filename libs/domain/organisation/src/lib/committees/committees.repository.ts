import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { CommitteeEntity } from '@liandong/tenancy';
import { NewCommittee } from './committee-rules';

/** The writes of a tenant's committees, and who belongs to them (reads are CommitteeRepository's). */
@Injectable()
export class CommitteesRepository {
  constructor(private readonly db: Db) {}

  /** Adds a committee to the tenant; null when the tenant has one with that code already. */
  async insert(
    manager: EntityManager,
    tenant: { id: string; path: string },
    committee: NewCommittee,
  ): Promise<CommitteeEntity | null> {
    const row = manager.create(CommitteeEntity, {
      ...committee,
      tenantId: tenant.id,
      tenantPath: tenant.path,
      retiredAt: null,
    });
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(CommitteeEntity)
      .values(row)
      .orIgnore()
      .updateEntity(false)
      .returning('id')
      .execute();
    const [created] = inserted.raw as Array<{ id: string }>;
    return created ? manager.getRepository(CommitteeEntity).findOneBy({ id: created.id }) : null;
  }

  /** One of the tenant's own committees, locked for a change; null when it is not the tenant's. */
  lockOwn(manager: EntityManager, tenantId: string, id: string): Promise<CommitteeEntity | null> {
    return manager
      .getRepository(CommitteeEntity)
      .findOne({ where: { id, tenantId }, lock: { mode: 'pessimistic_write' } });
  }

  save(manager: EntityManager, committee: CommitteeEntity): Promise<CommitteeEntity> {
    return manager.getRepository(CommitteeEntity).save(committee);
  }

  /** Enabled accounts per committee (absent: none), as the caller's row-level security shows them. */
  async countEnabledAccounts(
    committeeIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, number>> {
    if (committeeIds.length === 0) {
      return new Map();
    }
    const rows = await manager.query<Array<{ committee_id: string; members: number }>>(
      `SELECT committee_id, count(*)::int AS members FROM account
        WHERE committee_id = ANY($1::uuid[]) AND disabled_at IS NULL
        GROUP BY committee_id`,
      [committeeIds],
    );
    return new Map(rows.map((row) => [row.committee_id, row.members]));
  }
}
