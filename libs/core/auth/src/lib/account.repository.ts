import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { CommitteeEntity } from '@liandong/tenancy';
import { AccountEntity } from './account.entity';
import { AuthSessionEntity, SessionRevocation } from './auth-session.entity';

/** What creating an account stores; id, disabledAt and createdAt are the database's. */
export type NewAccount = Pick<
  AccountEntity,
  | 'tenantId'
  | 'tenantPath'
  | 'username'
  | 'displayName'
  | 'passwordHash'
  | 'roles'
  | 'departmentId'
  | 'committeeId'
  | 'mustChangePassword'
>;

/** What an administrator may change of an existing account (never its username or tenant). */
export type AccountChanges = Partial<
  Pick<AccountEntity, 'displayName' | 'roles' | 'departmentId' | 'committeeId'>
>;

@Injectable()
export class AccountRepository {
  constructor(private readonly db: Db) {}

  private get accounts(): Repository<AccountEntity> {
    return this.db.repository(AccountEntity);
  }

  findByUsername(username: string): Promise<AccountEntity | null> {
    return this.accounts.findOne({ where: { username }, relations: { tenant: true, committee: true } });
  }

  findByIds(ids: readonly string[]): Promise<AccountEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.accounts.find({ where: { id: In([...ids]) }, relations: { tenant: true, committee: true } });
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.accounts.findOne({ where: { id }, relations: { tenant: true, committee: true } });
  }

  findCommittee(committeeId: string): Promise<CommitteeEntity | null> {
    return this.db.repository(CommitteeEntity).findOneBy({ id: committeeId });
  }

  /** An account of exactly this tenant (not of its subtree), or null. */
  findInTenant(tenantId: string, id: string): Promise<AccountEntity | null> {
    return this.accounts.findOne({
      where: { id, tenantId },
      relations: { tenant: true, committee: true, department: true },
    });
  }

  /** The accounts of exactly this tenant, by username. */
  listOfTenant(tenantId: string, includeDisabled: boolean): Promise<AccountEntity[]> {
    return this.accounts.find({
      where: includeDisabled ? { tenantId } : { tenantId, disabledAt: IsNull() },
      relations: { tenant: true, committee: true, department: true },
      order: { username: 'ASC' },
    });
  }

  /**
   * Stores the accounts whose usernames are free and returns them (id and username). A username already
   * taken, in any tenant (also one the caller cannot read), is skipped: the unique index decides, so two
   * requests racing for one name cannot both win.
   */
  async insertWhereUsernameFree(
    accounts: readonly NewAccount[],
  ): Promise<Array<{ id: string; username: string }>> {
    if (accounts.length === 0) {
      return [];
    }
    const inserted = await this.accounts
      .createQueryBuilder()
      .insert()
      .into(AccountEntity)
      .values(accounts.map((account) => ({ ...account })))
      .orIgnore()
      .returning(['id', 'username'])
      .execute();
    return (inserted.raw as Array<{ id: string; username: string }>).map(({ id, username }) => ({
      id,
      username,
    }));
  }

  async update(accountId: string, changes: AccountChanges): Promise<void> {
    if (Object.keys(changes).length > 0) {
      await this.accounts.update({ id: accountId }, changes);
    }
  }

  /** Passwords of accounts just created (issued, so still to be changed by their holders). */
  async setPasswordHashes(rows: ReadonlyArray<{ id: string; passwordHash: string }>): Promise<void> {
    for (const { id, passwordHash } of rows) {
      await this.accounts.update({ id }, { passwordHash });
    }
  }

  /** The holder's own new password: the must-change flag clears, and every session of the account ends. */
  async replacePassword(accountId: string, passwordHash: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.update(AccountEntity, { id: accountId }, { passwordHash, mustChangePassword: false });
      await revokeSessions(manager, accountId, SessionRevocation.PASSWORD_CHANGED);
    });
  }

  /** A password an administrator issued: to be changed at the next sign-in; every session ends. */
  async issuePassword(accountId: string, passwordHash: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.update(AccountEntity, { id: accountId }, { passwordHash, mustChangePassword: true });
      await revokeSessions(manager, accountId, SessionRevocation.PASSWORD_RESET);
    });
  }

  /** Disabled from `at` (kept if already disabled); every session ends with it. */
  async disable(accountId: string, at: Date): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.update(AccountEntity, { id: accountId, disabledAt: IsNull() }, { disabledAt: at });
      await revokeSessions(manager, accountId, SessionRevocation.ACCOUNT_DISABLED);
    });
  }

  async enable(accountId: string): Promise<void> {
    await this.accounts.update({ id: accountId }, { disabledAt: null });
  }

  /** Ends every live session of the account; answers how many were live. */
  endSessions(accountId: string): Promise<number> {
    return revokeSessions(this.db.manager, accountId, SessionRevocation.ENDED_BY_ADMINISTRATOR);
  }
}

/**
 * Ends the account's live sessions, counting them; an access token of one stops working at its next request.
 * The account row is locked first, as a renewal locks it (AuthSessionRepository.rotate): a renewal racing
 * this either commits first, and its new session is ended here too, or finds its old one ended.
 */
async function revokeSessions(
  manager: EntityManager,
  accountId: string,
  reason: SessionRevocation,
): Promise<number> {
  await manager
    .createQueryBuilder(AccountEntity, 'account')
    .setLock('pessimistic_write')
    .where('account.id = :accountId', { accountId })
    .getOne();
  const ended = await manager
    .createQueryBuilder()
    .update(AuthSessionEntity)
    .set({ revokedAt: () => 'now()', revokedReason: reason })
    .where('account_id = :accountId', { accountId })
    .andWhere('revoked_at IS NULL')
    .andWhere('expires_at > now()')
    .execute();
  return ended.affected ?? 0;
}
