import { Injectable } from '@nestjs/common';
import { AppException } from '@liandong/errors';
import { Caller, isDepartmentCaller } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { NotificationEntity } from './notification.entity';
import { isAddressedTo, Notice, NotificationsRepository, Recipient } from './notifications.repository';

/**
 * In-app notices: a department's accounts read the department's, everyone else their tenant office's, and a
 * committee's staff their committee's too.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  list(caller: Caller, unreadOnly: boolean): Promise<NotificationEntity[]> {
    return this.notifications.list(this.recipient(caller), unreadOnly);
  }

  /** Stores a notice in the request's transaction; a repeat of its dedupe key is a no-op. */
  send(notice: Notice): Promise<void> {
    return this.notifications.notify(notice);
  }

  unreadCount(caller: Caller): Promise<number> {
    return this.notifications.unreadCount(this.recipient(caller));
  }

  async markRead(caller: Caller, id: string): Promise<NotificationEntity> {
    const notice = await this.notifications.findById(id);
    const recipient = this.recipient(caller);
    if (!notice || !isAddressedTo(notice, recipient)) {
      throw AppException.notFound({ zh: '通知', en: 'Notification' }, id);
    }
    const now = this.clock.now();
    await this.notifications.markRead(id, now);
    return { ...notice, readAt: notice.readAt ?? now };
  }

  private recipient(caller: Caller): Recipient {
    const department = isDepartmentCaller(caller);
    return {
      tenantId: caller.tenantId,
      departmentId: department ? caller.departmentId : null,
      committeeId: department ? null : (caller.committee?.id ?? null),
    };
  }
}
