import { Injectable } from '@nestjs/common';
import { AppException } from '@liandong/errors';
import { Caller, isDepartmentCaller } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { NotificationEntity } from './notification.entity';
import { NotificationsRepository, Recipient } from './notifications.repository';

/** In-app notices: a department's accounts read the department's, everyone else their tenant office's. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  list(caller: Caller, unreadOnly: boolean): Promise<NotificationEntity[]> {
    return this.notifications.list(this.recipient(caller), unreadOnly);
  }

  unreadCount(caller: Caller): Promise<number> {
    return this.notifications.unreadCount(this.recipient(caller));
  }

  async markRead(caller: Caller, id: string): Promise<NotificationEntity> {
    const notice = await this.notifications.findById(id);
    const recipient = this.recipient(caller);
    if (!notice || notice.tenantId !== recipient.tenantId || notice.departmentId !== recipient.departmentId) {
      throw AppException.notFound({ zh: '通知', en: 'Notification' }, id);
    }
    const now = this.clock.now();
    await this.notifications.markRead(id, now);
    return { ...notice, readAt: notice.readAt ?? now };
  }

  private recipient(caller: Caller): Recipient {
    return {
      tenantId: caller.tenantId,
      departmentId: isDepartmentCaller(caller) ? caller.departmentId : null,
    };
  }
}
