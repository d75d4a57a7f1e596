import { Injectable } from '@nestjs/common';
import { EntityManager, In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { FindingEntity } from '@liandong/findings';
import { SHANGHAI } from '@liandong/time';
import { HandoffStatus } from './handoff-status';
import { HandoffEntity } from './handoff.entity';
import { LedgerItemKind } from './ledger-item-kind';

/** What a new handoff is given; its first status comes from HandoffTransitions.issue. */
export type NewHandoff = Pick<
  HandoffEntity,
  'projectId' | 'tenantId' | 'tenantPath' | 'departmentId' | 'letterNo' | 'deadline' | 'issuedBy'
> &
  Partial<Pick<HandoffEntity, 'kind' | 'title' | 'opinionId'>>;

/** What changes on a handoff besides its status, which only HandoffTransitions writes. */
export type HandoffChanges = Partial<
  Pick<HandoffEntity, 'departmentId' | 'deadline' | 'escalationLevel' | 'signedAt' | 'repliedAt' | 'closedAt'>
>;

@Injectable()
export class HandoffsRepository {
  constructor(private readonly db: Db) {}

  private get handoffs(): Repository<HandoffEntity> {
    return this.db.repository(HandoffEntity);
  }

  findById(id: string): Promise<HandoffEntity | null> {
    return this.handoffs.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<HandoffEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.handoffs.findBy({ id: In([...ids]) });
  }

  lock(manager: EntityManager, id: string): Promise<HandoffEntity | null> {
    return manager
      .getRepository(HandoffEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether any finding of the handoff was reported inside the scope (so its reporter may follow it). */
  async holdsFindingIn(handoffId: string, scopePath: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.db.manager).query(
      'SELECT 1 FROM finding WHERE handoff_id = $1 AND tenant_path <@ $2::ltree LIMIT 1',
      [handoffId, scopePath],
    );
    return rows.length > 0;
  }

  findingsOf(handoffIds: readonly string[]): Promise<FindingEntity[]> {
    if (handoffIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.db
      .repository(FindingEntity)
      .createQueryBuilder('f')
      .where('f.handoff_id = ANY(:ids::uuid[])', { ids: handoffIds })
      .orderBy('f.reported_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
  }

  /**
   * How many handoffs to each unit are not closed out (what keeps a unit from being retired), as the caller's
   * row-level security shows them; units without any are absent.
   */
  async countOpenByDepartments(
    departmentIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, number>> {
    if (departmentIds.length === 0) {
      return new Map();
    }
    const rows = await manager.query<Array<{ department_id: string; open: number }>>(
      `SELECT department_id, count(*)::int AS open FROM handoff
        WHERE department_id = ANY($1::uuid[]) AND status <> $2
        GROUP BY department_id`,
      [departmentIds, HandoffStatus.CLOSED],
    );
    return new Map(rows.map((row) => [row.department_id, row.open]));
  }

  /** The next letter number of a tenant's year; callers hold the tenant's advisory lock. */
  async nextLetterSequence(manager: EntityManager, tenantId: string, year: number): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`handoff-letter-${tenantId}`]);
    const [row] = await manager.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM handoff
        WHERE tenant_id = $1 AND kind = $4 AND date_part('year', issued_at AT TIME ZONE $3) = $2`,
      [tenantId, year, SHANGHAI, LedgerItemKind.FINDINGS],
    );
    return (row?.n ?? 0) + 1;
  }

  /** HandoffTransitions' write of a new handoff, with its first status. */
  insert(manager: EntityManager, handoff: NewHandoff, status: HandoffStatus): Promise<HandoffEntity> {
    const repository = manager.getRepository(HandoffEntity);
    return repository.save(repository.create({ ...handoff, status, escalationLevel: 0 }));
  }

  async update(manager: EntityManager, id: string, changes: HandoffChanges): Promise<void> {
    await manager.getRepository(HandoffEntity).update({ id }, changes);
  }

  /** HandoffTransitions' write of a status change and what changes with it. */
  async updateStatus(
    manager: EntityManager,
    id: string,
    status: HandoffStatus,
    changes: HandoffChanges,
  ): Promise<void> {
    await manager.getRepository(HandoffEntity).update({ id }, { ...changes, status });
  }
}
