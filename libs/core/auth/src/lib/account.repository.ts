import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { AccountEntity } from './account.entity';
import { AuthSessionEntity, SessionRevocation } from './auth-session.entity';

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

  /** A new password ends every session of the account, in the same transaction. */
  async replacePassword(accountId: string, passwordHash: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.update(AccountEntity, { id: accountId }, { passwordHash });
      await manager
        .createQueryBuilder()
        .update(AuthSessionEntity)
        .set({ revokedAt: () => 'now()', revokedReason: SessionRevocation.PASSWORD_CHANGED })
        .where('account_id = :accountId', { accountId })
        .andWhere('revoked_at IS NULL')
        .execute();
    });
  }
}
