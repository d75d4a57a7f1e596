import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { AppException, ErrorCode, parseId, parseInput } from '@liandong/errors';
import { HandoffsRepository } from '@liandong/handoffs';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  DepartmentEntity,
  DepartmentRepository,
  Permission,
} from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { duplicateCode } from '../organisation-rules';
import { NewUnit, UNIT, unitSchema, unitUpdateSchema } from './unit-rules';
import { UnitsRepository } from './units.repository';

/**
 * A tenant's responsible units (承办单位), kept by its own ADMIN or COORDINATOR: added, renamed, retired and
 * reinstated, never deleted. Another tenant's unit, the city's for a county or a county's for the city, is
 * not found: each office keeps only its own.
 */
@Injectable()
export class UnitsService {
  constructor(
    private readonly db: Db,
    private readonly units: UnitsRepository,
    private readonly departments: DepartmentRepository,
    private readonly handoffs: HandoffsRepository,
    private readonly clock: Clock,
  ) {}

  async create(caller: Caller, input: unknown): Promise<DepartmentEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const unit = parseInput(unitSchema, input, 'input');
    const [created] = await this.addAll(caller, [unit]);
    return created;
  }

  /**
   * Adds checked units to the caller's own tenant, all or none: a code the tenant holds already (retired
   * units keep theirs) undoes the lot and is refused by name.
   */
  addAll(caller: Caller, units: readonly NewUnit[]): Promise<DepartmentEntity[]> {
    return this.db.transaction(async (manager) => {
      const added = await this.units.insert(manager, { id: caller.tenantId, path: caller.tenantPath }, units);
      const stored = new Set(added.map((unit) => unit.code));
      const taken = units.find((unit) => !stored.has(unit.code));
      if (taken) {
        throw duplicateCode(taken.code, UNIT);
      }
      return added;
    });
  }

  /** The caller's own tenant's units, retired ones included (the office's own list, the import's guide). */
  listOwn(caller: Caller): Promise<DepartmentEntity[]> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    return this.departments.listOfTenant(caller.tenantId, true);
  }

  /** Of `codes`, those the caller's tenant has given a unit already (retired ones keep theirs). */
  takenCodes(caller: Caller, codes: readonly string[]): Promise<Set<string>> {
    return this.units.codesOfTenant(caller.tenantId, codes);
  }

  async update(caller: Caller, id: string, input: unknown): Promise<DepartmentEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const changes = parseInput(unitUpdateSchema, input, 'input');
    return this.change(caller, id, async (manager, unit) => {
      unit.name = changes.name ?? unit.name;
      unit.kind = changes.kind ?? unit.kind;
      return this.units.save(manager, unit);
    });
  }

  /**
   * Retires a unit: it keeps its history and its handoffs but receives nothing new. Refused while any
   * handoff to it is open: those are reassigned (改派) first, so none is left with a unit that is gone.
   */
  async retire(caller: Caller, id: string): Promise<DepartmentEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    return this.change(caller, id, async (manager, unit) => {
      if (unit.retiredAt !== null) {
        return unit;
      }
      const open = (await this.handoffs.countOpenByDepartments([unit.id], manager)).get(unit.id) ?? 0;
      if (open > 0) {
        throw new AppException(
          ErrorCode.CONFLICT,
          'DEPARTMENT_HAS_OPEN_HANDOFFS',
          {
            zh: `“${unit.name}”还有 ${open} 件交办事项未销号,请先改派后再撤销`,
            en: `${unit.code} still has ${open} open handoff(s): reassign them before retiring it.`,
          },
          { openHandoffs: open },
        );
      }
      unit.retiredAt = this.clock.now();
      return this.units.save(manager, unit);
    });
  }

  async reinstate(caller: Caller, id: string): Promise<DepartmentEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    return this.change(caller, id, async (manager, unit) => {
      if (unit.retiredAt === null) {
        return unit;
      }
      unit.retiredAt = null;
      return this.units.save(manager, unit);
    });
  }

  /** Whether the caller is shown a unit's open handoffs: its own tenant's units and those of its subtree. */
  countsOpenHandoffs(caller: Caller, unit: { tenantPath: string }): boolean {
    return canSeeSubtreeOf(caller, unit.tenantPath);
  }

  /** Open handoffs per unit (absent: none), as the caller's row-level security shows them. */
  openHandoffs(departmentIds: readonly string[]): Promise<Map<string, number>> {
    return this.handoffs.countOpenByDepartments(departmentIds);
  }

  private change(
    caller: Caller,
    id: string,
    work: (manager: EntityManager, unit: DepartmentEntity) => Promise<DepartmentEntity>,
  ): Promise<DepartmentEntity> {
    const unitId = parseId(id);
    return this.db.transaction(async (manager) => {
      const unit = await this.units.lockOwn(manager, caller.tenantId, unitId);
      if (!unit) {
        throw AppException.notFound({ zh: '承办单位', en: 'Department' }, id);
      }
      return work(manager, unit);
    });
  }
}
