import { Injectable } from '@nestjs/common';
import { Db } from '@liandong/db';
import { AppException, parseId, requireReason } from '@liandong/errors';
import { FindingsRepository } from '@liandong/findings';
import { jobId, OutboxService, QueueName } from '@liandong/queue';
import {
  assertPermission,
  assertReceivesWork,
  Caller,
  DepartmentRepository,
  Permission,
} from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffAccess } from '../handoff-access';
import { HandoffStatus } from '../handoff-status';
import { HandoffTransitions } from '../handoff-transitions';
import { HandoffEntity } from '../handoff.entity';
import { noticeToTenant } from '../notifications/handoff-notice';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { TransfersRepository } from './transfers.repository';

/** Transfers: the department hands an item back as not theirs (退办), the handing-over tenant reassigns it (改派). */
@Injectable()
export class TransfersService {
  constructor(
    private readonly db: Db,
    private readonly transfers: TransfersRepository,
    private readonly access: HandoffAccess,
    private readonly departments: DepartmentRepository,
    private readonly findings: FindingsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly outbox: OutboxService,
    private readonly transitions: HandoffTransitions,
    private readonly clock: Clock,
  ) {}

  /** The department hands the item back as not theirs (退办), with a reason; the tenant then reassigns it. */
  async requestTransfer(caller: Caller, handoffId: string, reason: string): Promise<HandoffEntity> {
    assertPermission(caller, Permission.WORK_HANDOFFS);
    const why = requireReason(reason, 'reason', { zh: '退办', en: 'a transfer' });
    return this.db.transaction(async (manager) => {
      const handoff = await this.access.lockForDepartment(manager, caller, parseId(handoffId, 'handoffId'));
      if (handoff.status === HandoffStatus.CLOSED) {
        throw AppException.conflict('HANDOFF_CLOSED', {
          zh: '已销号的事项不能退办',
          en: 'A closed item cannot be handed back.',
        });
      }
      const open = await this.transfers.latestFrom(manager, handoff.id, handoff.departmentId);
      if (open && !open.reassignedAt) {
        throw AppException.conflict('TRANSFER_ALREADY_PENDING', {
          zh: '已提出退办,等待交办机关改派',
          en: 'A transfer is already pending.',
        });
      }
      await this.transfers.insert(manager, {
        handoffId: handoff.id,
        fromDepartmentId: handoff.departmentId,
        reason: why,
        requestedBy: caller.userId,
      });
      await this.notifications.notify(
        noticeToTenant(
          handoff,
          'TRANSFER_REQUESTED',
          `承办单位申请退办交办事项 ${handoff.letterNo}:${why} / A transfer was requested.`,
          String(Date.now()),
        ),
        manager,
      );
      return handoff;
    });
  }

  /** The handing-over tenant gives the item to another of its own departments; it must be signed again. */
  async reassign(
    caller: Caller,
    handoffId: string,
    departmentId: string,
    now = this.clock.now(),
  ): Promise<HandoffEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const targetId = parseId(departmentId, 'departmentId');
    return this.db.transaction(async (manager) => {
      const handoff = await this.access.lockForHandingTenant(
        manager,
        caller,
        parseId(handoffId, 'handoffId'),
        {
          reason: 'NOT_HANDING_TENANT',
          zh: '只有交办机关可以改派',
          en: 'Only the handing-over tenant reassigns it.',
        },
      );
      const target = await this.departments.lockToReceive(manager, targetId);
      if (!target || target.tenantId !== caller.tenantId) {
        throw AppException.badInput('departmentId', 'DEPARTMENT_NOT_OWN', {
          zh: '只能改派给本级承办单位',
          en: 'reassign only to your own tenant’s departments',
        });
      }
      assertReceivesWork(target, 'departmentId');
      if (handoff.status === HandoffStatus.CLOSED) {
        throw AppException.conflict('HANDOFF_CLOSED', {
          zh: '已销号的事项不能改派',
          en: 'A closed item cannot be reassigned.',
        });
      }
      if (target.id === handoff.departmentId) {
        throw AppException.badInput('departmentId', 'ALREADY_WITH_DEPARTMENT', {
          zh: '已由该单位承办',
          en: 'the item is already with that department',
        });
      }
      const reassignment = { toDepartmentId: target.id, reassignedBy: caller.userId, reassignedAt: now };
      const open = await this.transfers.latestFrom(manager, handoff.id, handoff.departmentId);
      if (open && !open.reassignedAt) {
        await this.transfers.markReassigned(manager, open.id, reassignment);
      } else {
        await this.transfers.insert(manager, {
          handoffId: handoff.id,
          fromDepartmentId: handoff.departmentId,
          reason: '交办机关改派 / reassigned by the handing-over tenant',
          requestedBy: caller.userId,
          ...reassignment,
        });
      }
      const moved = await this.transitions.move(manager, handoff, HandoffStatus.ISSUED, {
        departmentId: target.id,
        signedAt: null,
      });
      await this.findings.moveHandoffToDepartment(manager, handoff.id, target.id);
      await this.outbox.enqueue(
        manager,
        QueueName.NOTIFICATIONS,
        'handoff-issued',
        { tenantId: handoff.tenantId, handoffId: handoff.id },
        { jobId: jobId('handoff-issued', handoff.id, target.id) },
      );
      return moved;
    });
  }
}
