import { Injectable } from '@nestjs/common';
import { LessThan, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { AccountEntity } from './account.entity';
import { AuthSessionEntity, SessionRevocation } from './auth-session.entity';

/** What starting a session stores; the tenant columns are copied from the account. */
export type NewSession = Pick<
  AuthSessionEntity,
  'id' | 'accountId' | 'familyId' | 'tenantId' | 'tenantPath' | 'refreshTokenHash' | 'expiresAt'
>;

@Injectable()
export class AuthSessionRepository {
  constructor(private readonly db: Db) {}

  private get sessions(): Repository<AuthSessionEntity> {
    return this.db.repository(AuthSessionEntity);
  }

  async insert(session: NewSession): Promise<void> {
    await this.sessions.insert({ ...session, lastUsedAt: new Date() });
  }

  /** The account (with its tenant) behind a live session: one query, so every request sees a revocation. */
  findLiveSessionAccount(sessionId: string, accountId: string): Promise<AccountEntity | null> {
    return this.db
      .repository(AccountEntity)
      .createQueryBuilder('account')
      .innerJoinAndSelect('account.tenant', 'tenant')
      .innerJoin(AuthSessionEntity, 'session', 'session.accountId = account.id')
      .where('account.id = :accountId', { accountId })
      .andWhere('session.id = :sessionId', { sessionId })
      .andWhere('session.revokedAt IS NULL')
      .andWhere('session.expiresAt > now()')
      .getOne();
  }

  /** The session a refresh token belongs to, live or not, with its account and tenant. */
  findByRefreshTokenHash(hash: string): Promise<AuthSessionEntity | null> {
    return this.sessions.findOne({
      where: { refreshTokenHash: hash },
      relations: { account: { tenant: true, committee: true } },
    });
  }

  /**
   * Ends `previousId` as ROTATED and starts `next`, atomically. False when the previous session was no longer
   * live (another request rotated or revoked it first); then nothing is stored.
   */
  async rotate(previousId: string, next: NewSession): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      // Serialises with a password change (which updates the account row first): a renewal either
      // completes before it, and its new session is revoked with the rest, or sees the old one revoked.
      await manager
        .createQueryBuilder(AccountEntity, 'account')
        .setLock('pessimistic_read')
        .where('account.id = :accountId', { accountId: next.accountId })
        .getOne();
      const claimed = await manager
        .createQueryBuilder()
        .update(AuthSessionEntity)
        .set({
          revokedAt: () => 'now()',
          revokedReason: SessionRevocation.ROTATED,
          lastUsedAt: () => 'now()',
        })
        .where('id = :previousId', { previousId })
        .andWhere('revoked_at IS NULL')
        .andWhere('expires_at > now()')
        .execute();
      if ((claimed.affected ?? 0) === 0) {
        return false;
      }
      await manager.insert(AuthSessionEntity, { ...next, lastUsedAt: new Date() });
      return true;
    });
  }

  /** Ends every live session of a family (a sign-in and its renewals). */
  async revokeFamily(familyId: string, reason: SessionRevocation): Promise<void> {
    await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('family_id = :familyId', { familyId })
      .andWhere('revoked_at IS NULL')
      .execute();
  }

  /** Ends the family of one session, e.g. on logout with that session's access token. */
  async revokeFamilyOf(sessionId: string, accountId: string, reason: SessionRevocation): Promise<void> {
    await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('account_id = :accountId', { accountId })
      .andWhere('revoked_at IS NULL')
      .andWhere('family_id IN (SELECT s.family_id FROM auth_session s WHERE s.id = :sessionId)', {
        sessionId,
      })
      .execute();
  }

  /** Sessions past their expiry can no longer be used or reused; nothing needs them. */
  async deleteExpired(accountId: string): Promise<void> {
    await this.sessions.delete({ accountId, expiresAt: LessThan(new Date()) });
  }
}
