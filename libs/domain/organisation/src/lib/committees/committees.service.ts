import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { AppException, ErrorCode, parseId, parseInput } from '@liandong/errors';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  CommitteeEntity,
  CommitteeRepository,
  Permission,
  TenancyService,
} from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { duplicateCode } from '../organisation-rules';
import { COMMITTEE, committeeSchema, committeeUpdateSchema } from './committee-rules';
import { CommitteesRepository } from './committees.repository';

/**
 * A tenant's committees and working bodies (财经委, 代表工委, the 统筹办 …), kept by its own ADMIN or
 * COORDINATOR. Others read them by name: the tenants of its subtree and those below it (a county sees which
 * city committee leads a project). Retired, never deleted.
 */
@Injectable()
export class CommitteesService {
  constructor(
    private readonly db: Db,
    private readonly tenancy: TenancyService,
    private readonly committees: CommitteeRepository,
    private readonly writes: CommitteesRepository,
    private readonly clock: Clock,
  ) {}

  /** The committees of a tenant the caller may see (default its own): its subtree's and its ancestors'. */
  async list(
    caller: Caller,
    tenantId: string | null | undefined,
    includeRetired: boolean,
  ): Promise<CommitteeEntity[]> {
    const tenant = tenantId
      ? await this.tenancy.getTenant(caller, parseId(tenantId, 'tenantId'))
      : { id: caller.tenantId };
    return this.committees.listOfTenant(tenant.id, includeRetired);
  }

  async create(caller: Caller, input: unknown): Promise<CommitteeEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const committee = parseInput(committeeSchema, input, 'input');
    const created = await this.db.transaction((manager) =>
      this.writes.insert(manager, { id: caller.tenantId, path: caller.tenantPath }, committee),
    );
    if (!created) {
      throw duplicateCode(committee.code, COMMITTEE);
    }
    return created;
  }

  async update(caller: Caller, id: string, input: unknown): Promise<CommitteeEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const changes = parseInput(committeeUpdateSchema, input, 'input');
    return this.change(caller, id, async (manager, committee) => {
      committee.name = changes.name ?? committee.name;
      return this.writes.save(manager, committee);
    });
  }

  /** Retired while nobody works in it: its enabled accounts move to another committee (or are disabled) first. */
  async retire(caller: Caller, id: string): Promise<CommitteeEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    return this.change(caller, id, async (manager, committee) => {
      if (committee.retiredAt !== null) {
        return committee;
      }
      const active = (await this.writes.countEnabledAccounts([committee.id], manager)).get(committee.id) ?? 0;
      if (active > 0) {
        throw new AppException(
          ErrorCode.CONFLICT,
          'COMMITTEE_HAS_ACCOUNTS',
          {
            zh: `“${committee.name}”还有 ${active} 个启用的账号,请先调整或停用这些账号后再撤销`,
            en: `${committee.code} still has ${active} enabled account(s): move or disable them before retiring it.`,
          },
          { activeAccounts: active },
        );
      }
      committee.retiredAt = this.clock.now();
      return this.writes.save(manager, committee);
    });
  }

  /** Whether the caller is told who works in a committee: those of its subtree, not its ancestors'. */
  countsMembers(caller: Caller, committee: { tenantPath: string }): boolean {
    return canSeeSubtreeOf(caller, committee.tenantPath);
  }

  /** Enabled accounts per committee (absent: none). */
  memberCounts(committeeIds: readonly string[]): Promise<Map<string, number>> {
    return this.writes.countEnabledAccounts(committeeIds);
  }

  private change(
    caller: Caller,
    id: string,
    work: (manager: EntityManager, committee: CommitteeEntity) => Promise<CommitteeEntity>,
  ): Promise<CommitteeEntity> {
    const committeeId = parseId(id);
    return this.db.transaction(async (manager) => {
      const committee = await this.writes.lockOwn(manager, caller.tenantId, committeeId);
      if (!committee) {
        throw AppException.notFound({ zh: '委员会', en: 'Committee' }, id);
      }
      return work(manager, committee);
    });
  }
}
