import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Db } from '@liandong/db';
import { DeputyLevel, DeputyStatus } from './deputy-kinds';
import { DeputyEntity } from './deputy.entity';

export type NewDeputyRow = Pick<
  DeputyEntity,
  | 'tenantId'
  | 'tenantPath'
  | 'name'
  | 'level'
  | 'constituency'
  | 'term'
  | 'termStartsOn'
  | 'termEndsOn'
  | 'workplace'
  | 'status'
>;
export type DeputyChanges = Partial<
  Pick<
    DeputyEntity,
    | 'name'
    | 'level'
    | 'constituency'
    | 'term'
    | 'termStartsOn'
    | 'termEndsOn'
    | 'workplace'
    | 'status'
    | 'leftReason'
    | 'leftAt'
  >
>;

/** The roster query, already checked against the caller. */
export interface DeputyCriteria {
  tenantId: string;
  tenantPath: string;
  includeBelow: boolean;
  level: DeputyLevel | null;
  status: DeputyStatus | null;
  search: string | null;
}

/** Deputies; row-level security applies to every read. */
@Injectable()
export class DeputiesRepository {
  constructor(private readonly db: Db) {}

  async insert(deputy: NewDeputyRow): Promise<DeputyEntity> {
    const rows = this.db.repository(DeputyEntity);
    return rows.save(rows.create({ ...deputy, leftReason: null, leftAt: null }));
  }

  /**
   * Adds or refreshes the rows of one roster in one transaction: the same name, level and term in the tenant
   * is the same person, whose other fields are overwritten. Returns the ids in input order.
   */
  async upsertAll(rows: readonly NewDeputyRow[]): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      const ids: string[] = [];
      for (const row of rows) {
        const saved = await manager.query<Array<{ id: string }>>(
          `INSERT INTO deputy (tenant_id, tenant_path, name, level, constituency, term, term_starts_on,
              term_ends_on, workplace, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (tenant_id, name, level, term) DO UPDATE SET
             constituency = EXCLUDED.constituency, term_starts_on = EXCLUDED.term_starts_on,
             term_ends_on = EXCLUDED.term_ends_on, workplace = EXCLUDED.workplace, updated_at = now()
           RETURNING id`,
          [
            row.tenantId,
            row.tenantPath,
            row.name,
            row.level,
            row.constituency,
            row.term,
            row.termStartsOn,
            row.termEndsOn,
            row.workplace,
            row.status,
          ],
        );
        ids.push(...saved.map((inserted) => inserted.id));
      }
      return ids;
    });
  }

  findById(id: string, manager?: EntityManager): Promise<DeputyEntity | null> {
    return (manager ?? this.db.manager).getRepository(DeputyEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[], manager?: EntityManager): Promise<DeputyEntity[]> {
    return (manager ?? this.db.manager).getRepository(DeputyEntity).findBy({ id: In([...ids]) });
  }

  lock(manager: EntityManager, id: string): Promise<DeputyEntity | null> {
    return manager
      .getRepository(DeputyEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(manager: EntityManager, id: string, changes: DeputyChanges): Promise<void> {
    await manager.getRepository(DeputyEntity).update({ id }, changes);
  }

  /** Whether another deputy of the tenant already has this name, level and term. */
  async keyTaken(
    manager: EntityManager,
    key: { tenantId: string; name: string; level: DeputyLevel; term: string },
    exceptId: string | null,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM deputy WHERE tenant_id = $1 AND name = $2 AND level = $3 AND term = $4
          AND ($5::uuid IS NULL OR id <> $5) LIMIT 1`,
      [key.tenantId, key.name, key.level, key.term, exceptId],
    );
    return rows.length > 0;
  }

  /** One roster, or the whole subtree under it; by level (national first), then name. */
  list(criteria: DeputyCriteria, limit: number): Promise<DeputyEntity[]> {
    const query = this.db
      .repository(DeputyEntity)
      .createQueryBuilder('d')
      .orderBy(`array_position(ARRAY['NATIONAL','PROVINCIAL','CITY','COUNTY','TOWNSHIP'], d.level)`)
      .addOrderBy('d.name')
      .addOrderBy('d.id')
      .limit(limit);
    if (criteria.includeBelow) {
      query.where('d.tenant_path <@ :path::ltree', { path: criteria.tenantPath });
    } else {
      query.where('d.tenant_id = :tenantId', { tenantId: criteria.tenantId });
    }
    if (criteria.level) {
      query.andWhere('d.level = :level', { level: criteria.level });
    }
    if (criteria.status) {
      query.andWhere('d.status = :status', { status: criteria.status });
    }
    if (criteria.search) {
      query.andWhere(`(d.name ILIKE :search ESCAPE '\\' OR d.constituency ILIKE :search ESCAPE '\\')`, {
        search: `%${criteria.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return query.getMany();
  }
}
