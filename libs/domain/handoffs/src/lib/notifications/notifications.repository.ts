import { Injectable } from '@nestjs/common';
import { EntityManager, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { NotificationEntity } from './notification.entity';

/**
 * Whose notices: a tenant's office (departmentId null) or one of its departments. A committee's staff
 * (committeeId set) read the office's notices and their own committee's as well.
 */
export interface Recipient {
  tenantId: string;
  departmentId: string | null;
  committeeId: string | null;
}

/** A notice to store; without `committeeId` it is for the whole office (or the department named). */
export type Notice = Omit<NotificationEntity, 'id' | 'createdAt' | 'readAt' | 'committeeId' | 'committee'> & {
  committeeId?: string | null;
};

/** Whether the notice is addressed to the recipient. */
export function isAddressedTo(
  notice: Pick<NotificationEntity, 'tenantId' | 'departmentId' | 'committeeId'>,
  recipient: Recipient,
): boolean {
  return (
    notice.tenantId === recipient.tenantId &&
    notice.departmentId === recipient.departmentId &&
    (notice.committeeId === null || notice.committeeId === recipient.committeeId)
  );
}

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  private get notifications(): Repository<NotificationEntity> {
    return this.db.repository(NotificationEntity);
  }

  /** Stores a notice, inside the caller's transaction when given; a repeat of its dedupe key is a no-op. */
  async notify(notice: Notice, manager: EntityManager = this.db.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({ ...notice, committeeId: notice.committeeId ?? null })
      .orIgnore()
      .execute();
  }

  async unreadCount(recipient: Recipient): Promise<number> {
    const [row] = await this.notifications.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notification
        WHERE tenant_id = $1 AND department_id IS NOT DISTINCT FROM $2 AND read_at IS NULL
          AND (committee_id IS NULL OR committee_id = $3)`,
      [recipient.tenantId, recipient.departmentId, recipient.committeeId],
    );
    return row?.n ?? 0;
  }

  list(recipient: Recipient, unreadOnly: boolean): Promise<NotificationEntity[]> {
    const query = this.notifications
      .createQueryBuilder('n')
      .where('n.tenant_id = :tenantId', { tenantId: recipient.tenantId })
      .orderBy('n.created_at', 'DESC')
      .take(200);
    if (recipient.departmentId) {
      query.andWhere('n.department_id = :departmentId', { departmentId: recipient.departmentId });
    } else {
      query.andWhere('n.department_id IS NULL');
    }
    if (recipient.committeeId) {
      query.andWhere('(n.committee_id IS NULL OR n.committee_id = :committeeId)', {
        committeeId: recipient.committeeId,
      });
    } else {
      query.andWhere('n.committee_id IS NULL');
    }
    if (unreadOnly) {
      query.andWhere('n.read_at IS NULL');
    }
    return query.getMany();
  }

  findById(id: string): Promise<NotificationEntity | null> {
    return this.notifications.findOneBy({ id });
  }

  /** Keeps the first time it was read. */
  async markRead(id: string, at: Date): Promise<void> {
    await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'coalesce(read_at, :readAt)' })
      .where('id = :id', { id, readAt: at })
      .execute();
  }
}
