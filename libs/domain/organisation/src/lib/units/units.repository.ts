import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Db } from '@liandong/db';
import { DepartmentEntity } from '@liandong/tenancy';
import { NewUnit } from './unit-rules';

/** The writes of a tenant's responsible units (reads are DepartmentRepository's, shared by every lib). */
@Injectable()
export class UnitsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Adds the units to the tenant, in the order given; the codes already taken are left out of the result
   * (not save(): that would update the unit already holding a code).
   */
  async insert(
    manager: EntityManager,
    tenant: { id: string; path: string },
    units: readonly NewUnit[],
  ): Promise<DepartmentEntity[]> {
    if (units.length === 0) {
      return [];
    }
    const rows = units.map((unit) =>
      manager.create(DepartmentEntity, {
        ...unit,
        tenantId: tenant.id,
        tenantPath: tenant.path,
        retiredAt: null,
      }),
    );
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(DepartmentEntity)
      .values(rows)
      .orIgnore()
      .updateEntity(false)
      .returning('id')
      .execute();
    const ids = (inserted.raw as Array<{ id: string }>).map((row) => row.id);
    if (ids.length === 0) {
      return [];
    }
    const stored = await manager.getRepository(DepartmentEntity).findBy({ id: In(ids) });
    const order = new Map(units.map((unit, index) => [unit.code, index]));
    return stored.sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0));
  }

  /** The tenant's codes already taken, retired units included. */
  async codesOfTenant(tenantId: string, codes: readonly string[]): Promise<Set<string>> {
    if (codes.length === 0) {
      return new Set();
    }
    const rows = await this.db.manager.query<Array<{ code: string }>>(
      'SELECT code FROM department WHERE tenant_id = $1 AND code = ANY($2::text[])',
      [tenantId, codes],
    );
    return new Set(rows.map((row) => row.code));
  }

  /** One of the tenant's own units, locked for a change; null when it is not the tenant's. */
  lockOwn(manager: EntityManager, tenantId: string, id: string): Promise<DepartmentEntity | null> {
    return manager
      .getRepository(DepartmentEntity)
      .findOne({ where: { id, tenantId }, lock: { mode: 'pessimistic_write' } });
  }

  save(manager: EntityManager, unit: DepartmentEntity): Promise<DepartmentEntity> {
    return manager.getRepository(DepartmentEntity).save(unit);
  }
}
