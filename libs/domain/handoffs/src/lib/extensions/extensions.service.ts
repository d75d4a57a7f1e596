import { Injectable } from '@nestjs/common';
import { Db } from '@liandong/db';
import { AppException, optionalReason, parseId, requireReason } from '@liandong/errors';
import { jobId, OutboxService, QueueName } from '@liandong/queue';
import { assertPermission, Caller, canSeeSubtreeOf, Permission } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffAccess } from '../handoff-access';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { HandoffsRepository } from '../handoffs.repository';
import { noticeToDepartment, noticeToTenant } from '../notifications/handoff-notice';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { ExtensionRequestEntity, ExtensionStatus } from './extension-request.entity';
import { ExtensionsRepository } from './extensions.repository';
import { ledgerItemName } from '../ledger-item-kind';

/** Extensions (延期): the department asks for a later deadline, the handing-over tenant decides. */
@Injectable()
export class ExtensionsService {
  constructor(
    private readonly db: Db,
    private readonly extensions: ExtensionsRepository,
    private readonly handoffs: HandoffsRepository,
    private readonly access: HandoffAccess,
    private readonly notifications: NotificationsRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** The department asks for a later deadline, with a reason; one pending request at a time. */
  async requestExtension(
    caller: Caller,
    handoffId: string,
    until: Date,
    reason: string,
    now = this.clock.now(),
  ): Promise<HandoffEntity> {
    assertPermission(caller, Permission.WORK_HANDOFFS);
    const why = requireReason(reason, 'reason', { zh: '申请延期', en: 'an extension request' });
    return this.db.transaction(async (manager) => {
      const handoff = await this.access.lockForDepartment(manager, caller, parseId(handoffId, 'handoffId'));
      if (handoff.status === HandoffStatus.CLOSED) {
        throw AppException.conflict('HANDOFF_CLOSED', {
          zh: '已销号的事项不能申请延期',
          en: 'A closed item cannot be extended.',
        });
      }
      if (until.getTime() <= now.getTime() || until.getTime() <= handoff.deadline.getTime()) {
        throw AppException.badInput('until', 'EXTENSION_NOT_LATER', {
          zh: '延期后的时限须晚于当前时限和当前时间',
          en: 'must be after the current deadline and now',
        });
      }
      if (await this.extensions.hasPending(manager, handoff.id)) {
        throw AppException.conflict('EXTENSION_ALREADY_PENDING', {
          zh: '已有待审批的延期申请',
          en: 'An extension request is already pending.',
        });
      }
      await this.extensions.insert(manager, {
        handoffId: handoff.id,
        until,
        reason: why,
        status: ExtensionStatus.PENDING,
        requestedBy: caller.userId,
      });
      await this.notifications.notify(
        noticeToTenant(
          handoff,
          'EXTENSION_REQUESTED',
          `承办单位申请将${ledgerItemName(handoff)} ${handoff.letterNo} 延期 / An extension was requested.`,
          String(Date.now()),
        ),
        manager,
      );
      return handoff;
    });
  }

  /** The handing-over tenant decides; approval moves the deadline and the escalation clock with it. */
  async decideExtension(
    caller: Caller,
    requestId: string,
    approve: boolean,
    reason?: string | null,
  ): Promise<HandoffEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const why = approve
      ? optionalReason(reason, 'reason')
      : requireReason(reason, 'reason', { zh: '不同意延期', en: 'refusing an extension' });
    return this.db.transaction(async (manager) => {
      const request = await this.extensions.lock(manager, parseId(requestId, 'requestId'));
      const handoff = request ? await this.handoffs.lock(manager, request.handoffId) : null;
      if (!request || !handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
        throw AppException.notFound({ zh: '延期申请', en: 'Extension request' }, requestId);
      }
      if (handoff.tenantId !== caller.tenantId) {
        throw AppException.forbidden('NOT_HANDING_TENANT', {
          zh: '延期申请由交办机关审批',
          en: 'The handing-over tenant decides it.',
        });
      }
      if (request.status !== ExtensionStatus.PENDING) {
        throw AppException.conflict('EXTENSION_ALREADY_DECIDED', {
          zh: '该延期申请已经审批',
          en: 'The request was already decided.',
        });
      }
      await this.extensions.decide(manager, request.id, {
        status: approve ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED,
        decidedReason: why,
        decidedBy: caller.userId,
        decidedAt: this.clock.now(),
      });
      let result = handoff;
      if (approve) {
        result = { ...handoff, deadline: request.until };
        await this.handoffs.update(manager, handoff.id, { deadline: request.until });
        const payload = {
          tenantId: handoff.tenantId,
          handoffId: handoff.id,
          deadline: request.until.toISOString(),
        };
        await this.outbox.enqueue(manager, QueueName.DEADLINES, 'handoff-deadline', payload, {
          jobId: jobId('handoff-deadline', handoff.id, request.until.getTime()),
          runAt: request.until,
        });
      }
      await this.notifications.notify(
        noticeToDepartment(
          handoff,
          'EXTENSION_DECIDED',
          approve
            ? `${ledgerItemName(handoff)} ${handoff.letterNo} 延期申请已同意 / Extension approved.`
            : `${ledgerItemName(handoff)} ${handoff.letterNo} 延期申请未同意:${why ?? ''} / Extension refused.`,
          request.id,
        ),
        manager,
      );
      return result;
    });
  }

  /** The extension requests of the handoffs, oldest first. */
  requestsOf(handoffIds: readonly string[]): Promise<ExtensionRequestEntity[]> {
    return this.extensions.requestsOf(handoffIds);
  }
}
