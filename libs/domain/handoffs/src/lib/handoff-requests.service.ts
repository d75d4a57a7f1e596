import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppException, parseId } from '@liandong/errors';
import { jobId, OutboxService, QueueName } from '@liandong/queue';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  DepartmentRepository,
  isWithinPath,
  Permission,
} from '@liandong/tenancy';
import { TOP_LEVEL } from './escalations/escalation-ladder';
import { EscalationsService } from './escalations/escalations.service';
import { HandoffTransitions } from './handoff-transitions';
import {
  EscalationLadderEntity,
  ExtensionRequestEntity,
  HandoffMilestoneEntity,
  ExtensionStatus,
  TransferRequestEntity,
} from './handoff-depth.entity';
import { HandoffStatus } from './handoff-status';
import { HandoffEntity } from './handoff.entity';
import { HandoffsRepository } from './handoffs.repository';
import { Clock } from '@liandong/time';

const HANDOFF = '交办事项 Handoff';

function requireReason(reason: string | null | undefined, field: string, what: string): string {
  const text = reason?.trim() ?? '';
  if (!text) {
    throw AppException.badInput(field, `${what}须说明理由 / a reason is required`);
  }
  if (text.length > 2_000) {
    throw AppException.badInput(field, '理由不能超过 2000 字 / at most 2000 characters');
  }
  return text;
}

/**
 * What departments ask of the handing-over tenant and how it answers: extensions (延期), transfers (退办,
 * then 改派), and escalation by hand (督办) up the ladder and up the tiers. History is kept, never rewritten.
 */
@Injectable()
export class HandoffRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly handoffs: HandoffsRepository,
    private readonly departments: DepartmentRepository,
    private readonly outbox: OutboxService,
    private readonly escalations: EscalationsService,
    private readonly transitions: HandoffTransitions,
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
    const why = requireReason(reason, 'reason', '申请延期');
    return this.dataSource.transaction(async (manager) => {
      const handoff = await this.departmentHandoff(manager, caller, handoffId);
      if (handoff.status === HandoffStatus.CLOSED) {
        throw AppException.conflict('已销号的事项不能申请延期 / A closed item cannot be extended.');
      }
      if (until.getTime() <= now.getTime() || until.getTime() <= handoff.deadline.getTime()) {
        throw AppException.badInput(
          'until',
          '延期后的时限须晚于当前时限和当前时间 / must be after the current deadline and now',
        );
      }
      const requests = manager.getRepository(ExtensionRequestEntity);
      if (await requests.existsBy({ handoffId: handoff.id, status: ExtensionStatus.PENDING })) {
        throw AppException.conflict('已有待审批的延期申请 / An extension request is already pending.');
      }
      await requests.insert({
        handoffId: handoff.id,
        until,
        reason: why,
        status: ExtensionStatus.PENDING,
        requestedBy: caller.userId,
      });
      await this.notifyTenant(
        manager,
        handoff,
        'EXTENSION_REQUESTED',
        `承办单位申请将交办事项 ${handoff.letterNo} 延期 / An extension was requested.`,
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
    const why = approve ? reason?.trim() || null : requireReason(reason, 'reason', '不同意延期');
    return this.dataSource.transaction(async (manager) => {
      const requests = manager.getRepository(ExtensionRequestEntity);
      const request = await requests.findOne({
        where: { id: parseId(requestId, 'requestId') },
        lock: { mode: 'pessimistic_write' },
      });
      const handoff = request ? await this.handoffs.lock(manager, request.handoffId) : null;
      if (!request || !handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
        throw AppException.notFound('延期申请 Extension request', requestId);
      }
      if (handoff.tenantId !== caller.tenantId) {
        throw AppException.forbidden('延期申请由交办机关审批 / The handing-over tenant decides it.');
      }
      if (request.status !== ExtensionStatus.PENDING) {
        throw AppException.conflict('该延期申请已经审批 / The request was already decided.');
      }
      await requests.update(
        { id: request.id },
        {
          status: approve ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED,
          decidedReason: why,
          decidedBy: caller.userId,
          decidedAt: this.clock.now(),
        },
      );
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
      await this.notifyDepartment(
        manager,
        handoff,
        'EXTENSION_DECIDED',
        approve
          ? `交办事项 ${handoff.letterNo} 延期申请已同意 / Extension approved.`
          : `交办事项 ${handoff.letterNo} 延期申请未同意:${why ?? ''} / Extension refused.`,
        request.id,
      );
      return result;
    });
  }

  /** The department hands the item back as not theirs (退办), with a reason; the tenant then reassigns it. */
  async requestTransfer(caller: Caller, handoffId: string, reason: string): Promise<HandoffEntity> {
    assertPermission(caller, Permission.WORK_HANDOFFS);
    const why = requireReason(reason, 'reason', '退办');
    return this.dataSource.transaction(async (manager) => {
      const handoff = await this.departmentHandoff(manager, caller, handoffId);
      if (handoff.status === HandoffStatus.CLOSED) {
        throw AppException.conflict('已销号的事项不能退办 / A closed item cannot be handed back.');
      }
      const transfers = manager.getRepository(TransferRequestEntity);
      const open = await transfers.findOne({
        where: { handoffId: handoff.id, fromDepartmentId: handoff.departmentId },
        order: { requestedAt: 'DESC' },
      });
      if (open && !open.reassignedAt) {
        throw AppException.conflict('已提出退办,等待交办机关改派 / A transfer is already pending.');
      }
      await transfers.insert({
        handoffId: handoff.id,
        fromDepartmentId: handoff.departmentId,
        reason: why,
        requestedBy: caller.userId,
      });
      await this.notifyTenant(
        manager,
        handoff,
        'TRANSFER_REQUESTED',
        `承办单位申请退办交办事项 ${handoff.letterNo}:${why} / A transfer was requested.`,
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
    const target = await this.departments.findById(parseId(departmentId, 'departmentId'));
    return this.dataSource.transaction(async (manager) => {
      const handoff = await this.handoffs.lock(manager, parseId(handoffId, 'handoffId'));
      if (!handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
        throw AppException.notFound(HANDOFF, handoffId);
      }
      if (handoff.tenantId !== caller.tenantId) {
        throw AppException.forbidden('只有交办机关可以改派 / Only the handing-over tenant reassigns it.');
      }
      if (!target || target.tenantId !== caller.tenantId) {
        throw AppException.badInput(
          'departmentId',
          '只能改派给本级承办单位 / reassign only to your own tenant’s departments',
        );
      }
      if (handoff.status === HandoffStatus.CLOSED) {
        throw AppException.conflict('已销号的事项不能改派 / A closed item cannot be reassigned.');
      }
      if (target.id === handoff.departmentId) {
        throw AppException.badInput(
          'departmentId',
          '已由该单位承办 / the item is already with that department',
        );
      }
      const transfers = manager.getRepository(TransferRequestEntity);
      const open = await transfers.findOne({
        where: { handoffId: handoff.id, fromDepartmentId: handoff.departmentId },
        order: { requestedAt: 'DESC' },
      });
      if (open && !open.reassignedAt) {
        await transfers.update(
          { id: open.id },
          { toDepartmentId: target.id, reassignedBy: caller.userId, reassignedAt: now },
        );
      } else {
        await transfers.insert({
          handoffId: handoff.id,
          fromDepartmentId: handoff.departmentId,
          reason: '交办机关改派 / reassigned by the handing-over tenant',
          requestedBy: caller.userId,
          toDepartmentId: target.id,
          reassignedBy: caller.userId,
          reassignedAt: now,
        });
      }
      const moved = await this.transitions.move(manager, handoff, HandoffStatus.ISSUED, {
        departmentId: target.id,
        signedAt: null,
      });
      await manager.query('UPDATE finding SET department_id = $1 WHERE handoff_id = $2', [
        target.id,
        handoff.id,
      ]);
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

  /**
   * Escalation by hand (督办): the next level up the ladder, by the handing-over tenant or a tier above it.
   * Level 4 (约谈) and above are reached only this way.
   */
  async escalate(caller: Caller, handoffId: string, reason: string): Promise<HandoffEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const why = requireReason(reason, 'reason', '督办');
    return this.dataSource.transaction(async (manager) => {
      const handoff = await this.handoffs.lock(manager, parseId(handoffId, 'handoffId'));
      if (!handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
        throw AppException.notFound(HANDOFF, handoffId);
      }
      if (handoff.status === HandoffStatus.CLOSED) {
        throw AppException.conflict('已销号的事项无需督办 / A closed item is not escalated.');
      }
      if (!isWithinPath(handoff.tenantPath, caller.tenantPath)) {
        throw AppException.forbidden('只能督办本辖区的事项 / Only within your subtree.');
      }
      const level = handoff.escalationLevel + 1;
      if (level > TOP_LEVEL) {
        throw AppException.conflict('已是最高督办等级 / Already at the top of the ladder.');
      }
      await this.escalations.raise(manager, handoff, {
        level,
        reason: why,
        automatic: false,
        by: { id: caller.tenantId, path: caller.tenantPath },
        cause: `经督办(${why}),`,
      });
      return { ...handoff, escalationLevel: level };
    });
  }

  /**
   * Long-term items (阶段性整改) carry their own stages: the handing-over tenant sets them (replacing those
   * not yet done), the department marks each done.
   */
  async planMilestones(
    caller: Caller,
    handoffId: string,
    milestones: Array<{ name: string; dueAt: Date }>,
  ): Promise<HandoffEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const names = milestones.map((milestone) => milestone.name.trim());
    names.forEach((name, index) => {
      if (!name || name.length > 200) {
        throw AppException.badInput(
          `milestones.${index}.name`,
          '节点名称须为 1–200 个字符 / name: 1–200 characters',
        );
      }
      if (names.indexOf(name) !== index) {
        throw AppException.badInput(`milestones.${index}.name`, `节点名称重复:${name} / duplicate name`);
      }
    });
    if (milestones.length > 20) {
      throw AppException.badInput('milestones', '最多 20 个节点 / at most 20 milestones');
    }
    return this.dataSource.transaction(async (manager) => {
      const handoff = await this.handoffs.lock(manager, parseId(handoffId, 'handoffId'));
      if (!handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
        throw AppException.notFound(HANDOFF, handoffId);
      }
      if (handoff.tenantId !== caller.tenantId) {
        throw AppException.forbidden('阶段节点由交办机关设定 / The handing-over tenant sets the stages.');
      }
      if (handoff.status === HandoffStatus.CLOSED) {
        throw AppException.conflict('已销号的事项不能再设节点 / A closed item takes no new stages.');
      }
      const stages = manager.getRepository(HandoffMilestoneEntity);
      const done = await stages.find({ where: { handoffId: handoff.id } });
      await stages.delete({ handoffId: handoff.id, doneAt: IsNull() });
      const kept = new Set(done.filter((stage) => stage.doneAt).map((stage) => stage.name));
      const fresh = milestones
        .map((milestone, index) => ({
          handoffId: handoff.id,
          position: index + 1,
          name: names[index],
          dueAt: milestone.dueAt,
          doneAt: null,
        }))
        .filter((stage) => !kept.has(stage.name));
      if (fresh.length > 0) {
        await stages.insert(fresh);
      }
      return handoff;
    });
  }

  async completeMilestone(caller: Caller, handoffId: string, name: string): Promise<HandoffEntity> {
    assertPermission(caller, Permission.WORK_HANDOFFS);
    return this.dataSource.transaction(async (manager) => {
      const handoff = await this.departmentHandoff(manager, caller, handoffId);
      const stages = manager.getRepository(HandoffMilestoneEntity);
      const stage = await stages.findOneBy({ handoffId: handoff.id, name: name.trim() });
      if (!stage) {
        throw AppException.badInput('name', `没有名为「${name}」的阶段节点 / no such stage`);
      }
      if (!stage.doneAt) {
        await stages.update({ id: stage.id }, { doneAt: this.clock.now() });
      }
      return handoff;
    });
  }

  /** A tenant's own ladder: working days to level 2 after the deadline, and to level 3 after level 2. */
  async setLadder(caller: Caller, level2AfterDays: number, level3AfterDays: number): Promise<void> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    for (const [field, value] of [
      ['level2AfterDays', level2AfterDays],
      ['level3AfterDays', level3AfterDays],
    ] as const) {
      if (!Number.isInteger(value) || value < 1 || value > 60) {
        throw AppException.badInput(field, '须为 1–60 个工作日 / 1–60 working days');
      }
    }
    await this.dataSource
      .getRepository(EscalationLadderEntity)
      .upsert({ tenantId: caller.tenantId, level2AfterDays, level3AfterDays }, ['tenantId']);
  }

  private async departmentHandoff(
    manager: EntityManager,
    caller: Caller,
    handoffId: string,
  ): Promise<HandoffEntity> {
    const handoff = await this.handoffs.lock(manager, parseId(handoffId, 'handoffId'));
    if (!handoff || handoff.departmentId !== caller.departmentId) {
      throw AppException.notFound(HANDOFF, handoffId);
    }
    return handoff;
  }

  private notifyTenant(
    manager: EntityManager,
    handoff: HandoffEntity,
    kind: string,
    message: string,
    key: string = String(Date.now()),
  ): Promise<void> {
    return this.handoffs.notify(manager, {
      tenantId: handoff.tenantId,
      departmentId: null,
      kind,
      message,
      handoffId: handoff.id,
      dedupeKey: jobId(kind.toLowerCase(), handoff.id, key, 'tenant'),
    });
  }

  private notifyDepartment(
    manager: EntityManager,
    handoff: HandoffEntity,
    kind: string,
    message: string,
    key: string,
  ): Promise<void> {
    return this.handoffs.notify(manager, {
      tenantId: handoff.tenantId,
      departmentId: handoff.departmentId,
      kind,
      message,
      handoffId: handoff.id,
      dedupeKey: jobId(kind.toLowerCase(), handoff.id, key, 'department'),
    });
  }
}
