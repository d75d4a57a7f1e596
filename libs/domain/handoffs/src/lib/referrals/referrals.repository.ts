import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Db } from '@liandong/db';
import { CollaboratingBodyEntity } from './collaborating-body.entity';
import { ReferralStatus } from './referral-kinds';
import { ReferralEntity } from './referral.entity';

export type NewCollaboratingBody = Pick<
  CollaboratingBodyEntity,
  'tenantId' | 'tenantPath' | 'kind' | 'name' | 'contact'
>;
export type CollaboratingBodyChanges = Partial<
  Pick<CollaboratingBodyEntity, 'kind' | 'name' | 'contact' | 'retiredAt'>
>;

export type NewReferral = Pick<
  ReferralEntity,
  'tenantId' | 'tenantPath' | 'bodyId' | 'findingId' | 'handoffId' | 'reason' | 'status' | 'sentBy'
>;
export type ReferralChanges = Partial<
  Pick<ReferralEntity, 'receiptNo' | 'receivedOn' | 'outcome' | 'decidedOn' | 'closedAt'>
>;

export interface ReferralFilter {
  status?: ReferralStatus | null;
  bodyId?: string | null;
}

/** Collaborating bodies and referrals; row-level security applies to every read. */
@Injectable()
export class ReferralsRepository {
  constructor(private readonly db: Db) {}

  async insertBody(body: NewCollaboratingBody): Promise<CollaboratingBodyEntity> {
    const rows = this.db.repository(CollaboratingBodyEntity);
    return rows.save(rows.create({ ...body, retiredAt: null }));
  }

  findBody(id: string, manager?: EntityManager): Promise<CollaboratingBodyEntity | null> {
    return (manager ?? this.db.manager).getRepository(CollaboratingBodyEntity).findOneBy({ id });
  }

  findBodies(ids: readonly string[]): Promise<CollaboratingBodyEntity[]> {
    return this.db.repository(CollaboratingBodyEntity).findBy({ id: In([...ids]) });
  }

  async updateBody(id: string, changes: CollaboratingBodyChanges): Promise<void> {
    await this.db.repository(CollaboratingBodyEntity).update({ id }, changes);
  }

  /** The bodies of one tenant, by kind and name; retired ones last. */
  bodiesOf(tenantId: string): Promise<CollaboratingBodyEntity[]> {
    return this.db
      .repository(CollaboratingBodyEntity)
      .createQueryBuilder('b')
      .where('b.tenant_id = :tenantId', { tenantId })
      .orderBy('b.retired_at IS NOT NULL')
      .addOrderBy('b.kind')
      .addOrderBy('b.name')
      .getMany();
  }

  async insert(manager: EntityManager, referral: NewReferral): Promise<ReferralEntity> {
    const rows = manager.getRepository(ReferralEntity);
    return rows.save(rows.create(referral));
  }

  lock(manager: EntityManager, id: string): Promise<ReferralEntity | null> {
    return manager
      .getRepository(ReferralEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(
    manager: EntityManager,
    id: string,
    status: ReferralStatus,
    changes: ReferralChanges,
  ): Promise<void> {
    await manager.getRepository(ReferralEntity).update({ id }, { ...changes, status });
  }

  /** A referral of this subject to this body that is not closed yet. */
  async openTo(
    manager: EntityManager,
    subject: { findingId: string | null; handoffId: string | null },
    bodyId: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM referral WHERE body_id = $1 AND status <> 'CLOSED'
          AND (finding_id = $2 OR handoff_id = $3) LIMIT 1`,
      [bodyId, subject.findingId, subject.handoffId],
    );
    return rows.length > 0;
  }

  /** The referrals of the subtree at `scopePath`, newest first. */
  list(scopePath: string, filter: ReferralFilter, limit: number): Promise<ReferralEntity[]> {
    const query = this.db
      .repository(ReferralEntity)
      .createQueryBuilder('r')
      .where('r.tenant_path <@ :scopePath::ltree', { scopePath })
      .orderBy('r.sent_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit);
    if (filter.status) {
      query.andWhere('r.status = :status', { status: filter.status });
    }
    if (filter.bodyId) {
      query.andWhere('r.body_id = :bodyId', { bodyId: filter.bodyId });
    }
    return query.getMany();
  }

  ofFindings(ids: readonly string[]): Promise<ReferralEntity[]> {
    return this.db
      .repository(ReferralEntity)
      .find({ where: { findingId: In([...ids]) }, order: { sentAt: 'ASC', id: 'ASC' } });
  }

  ofHandoffs(ids: readonly string[]): Promise<ReferralEntity[]> {
    return this.db
      .repository(ReferralEntity)
      .find({ where: { handoffId: In([...ids]) }, order: { sentAt: 'ASC', id: 'ASC' } });
  }
}
