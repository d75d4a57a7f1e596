import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { AppException, parseId, parseInput, requireReason } from '@liandong/errors';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  isDepartmentCaller,
  Permission,
  TenancyService,
} from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { DeputyLevel, DeputyStatus } from './deputy-kinds';
import { DEPUTY, deputySchema, deputyUpdateSchema, MAX_DEPUTY_LIST, NewDeputy } from './deputy-rules';
import { assertDeputyTransition, INITIAL_DEPUTY_STATUS } from './deputy-transitions';
import { DeputyEntity } from './deputy.entity';
import { DeputiesRepository } from './deputies.repository';

export interface DeputyFilter {
  tenantId?: string | null;
  level?: DeputyLevel | null;
  status?: DeputyStatus | null;
  search?: string | null;
  includeBelow?: boolean | null;
}

const DUPLICATE: { zh: string; en: string } = {
  zh: '本机关名册中已有同名、同层级、同届次的代表',
  en: 'your roster already has a deputy with that name, level and term',
};

/**
 * The deputy rosters (代表名册): a tier reads its own and those below it, never a sibling's, and only the
 * owning tier writes its roster.
 */
@Injectable()
export class DeputiesService {
  constructor(
    private readonly db: Db,
    private readonly repository: DeputiesRepository,
    private readonly tenancy: TenancyService,
    private readonly clock: Clock,
  ) {}

  async add(caller: Caller, input: unknown): Promise<DeputyEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const deputy = parseInput(deputySchema, input, 'input');
    return this.db.transaction(async (manager) => {
      if (await this.repository.keyTaken(manager, { tenantId: caller.tenantId, ...deputy }, null)) {
        throw AppException.conflict('DUPLICATE_DEPUTY', DUPLICATE);
      }
      return this.repository.insert({
        tenantId: caller.tenantId,
        tenantPath: caller.tenantPath,
        ...deputy,
        status: INITIAL_DEPUTY_STATUS,
      });
    });
  }

  /** Adds or refreshes rows of the caller's own roster, all or nothing (the Excel import). */
  addOrRefreshAll(caller: Caller, deputies: readonly NewDeputy[]): Promise<string[]> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    return this.repository.upsertAll(
      deputies.map((deputy) => ({
        tenantId: caller.tenantId,
        tenantPath: caller.tenantPath,
        ...deputy,
        status: INITIAL_DEPUTY_STATUS,
      })),
    );
  }

  async update(caller: Caller, id: string, input: unknown): Promise<DeputyEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const changes = parseInput(deputyUpdateSchema, input, 'input');
    return this.db.transaction(async (manager) => {
      const deputy = await this.lockOwn(manager, caller, id);
      const next = {
        name: changes.name ?? deputy.name,
        level: changes.level ?? deputy.level,
        constituency: changes.constituency ?? deputy.constituency,
        term: changes.term ?? deputy.term,
        termStartsOn: changes.termStartsOn ?? deputy.termStartsOn,
        termEndsOn: changes.termEndsOn ?? deputy.termEndsOn,
        workplace: changes.workplace ?? deputy.workplace,
      };
      parseInput(deputySchema, next, 'input');
      if (await this.repository.keyTaken(manager, { tenantId: deputy.tenantId, ...next }, deputy.id)) {
        throw AppException.conflict('DUPLICATE_DEPUTY', DUPLICATE);
      }
      await this.repository.update(manager, deputy.id, next);
      return { ...deputy, ...next };
    });
  }

  /** 终止代表资格: the deputy stays on the roster with the record, and is invited no more. */
  async endTerm(caller: Caller, id: string, reason: string): Promise<DeputyEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const why = requireReason(reason, 'reason', { zh: '终止代表资格', en: 'ending a deputy’s term' });
    return this.db.transaction(async (manager) => {
      const deputy = await this.lockOwn(manager, caller, id);
      assertDeputyTransition(deputy.status, DeputyStatus.LEFT);
      const changes = { status: DeputyStatus.LEFT, leftReason: why, leftAt: this.clock.now() };
      await this.repository.update(manager, deputy.id, changes);
      return { ...deputy, ...changes };
    });
  }

  async get(caller: Caller, id: string): Promise<DeputyEntity> {
    const deputy = await this.repository.findById(parseId(id));
    if (!deputy || !canSeeSubtreeOf(caller, deputy.tenantPath)) {
      throw AppException.notFound(DEPUTY, id);
    }
    return deputy;
  }

  /** The deputies with these ids the caller sees (others are left out). */
  async visible(caller: Caller, ids: readonly string[], manager?: EntityManager): Promise<DeputyEntity[]> {
    const rows = await this.repository.findByIds(ids, manager);
    return rows.filter((row) => canSeeSubtreeOf(caller, row.tenantPath));
  }

  findByIds(ids: readonly string[]): Promise<DeputyEntity[]> {
    return this.repository.findByIds(ids);
  }

  async list(caller: Caller, filter: DeputyFilter): Promise<DeputyEntity[]> {
    if (isDepartmentCaller(caller)) {
      return [];
    }
    const scope = await this.tenancy.scope(caller, filter.tenantId ?? null, 'filter.tenantId');
    const search = filter.search?.trim() ?? '';
    return this.repository.list(
      {
        tenantId: scope.id,
        tenantPath: scope.path,
        includeBelow: filter.includeBelow ?? false,
        level: filter.level ?? null,
        status: filter.status ?? null,
        search: search === '' ? null : search.slice(0, 50),
      },
      MAX_DEPUTY_LIST,
    );
  }

  /** Locks a deputy of the caller's own roster; NOT_FOUND outside its view, FORBIDDEN to a tier above. */
  private async lockOwn(manager: EntityManager, caller: Caller, id: string): Promise<DeputyEntity> {
    const deputy = await this.repository.lock(manager, parseId(id));
    if (!deputy || !canSeeSubtreeOf(caller, deputy.tenantPath)) {
      throw AppException.notFound(DEPUTY, id);
    }
    if (deputy.tenantId !== caller.tenantId) {
      throw AppException.forbidden('DEPUTY_NOT_OWN', {
        zh: '只能维护本机关的代表名册',
        en: 'Only the tier whose roster it is changes it.',
      });
    }
    return deputy;
  }
}
