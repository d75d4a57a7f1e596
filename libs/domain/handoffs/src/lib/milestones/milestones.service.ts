import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppException, parseId } from '@liandong/errors';
import { assertPermission, Caller, canSeeSubtreeOf, Permission } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { HandoffsRepository } from '../handoffs.repository';
import { HandoffMilestoneEntity } from './handoff-milestone.entity';

const HANDOFF = '交办事项 Handoff';

/**
 * Long-term items (阶段性整改) carry their own stages: the handing-over tenant sets them (replacing those
 * not yet done), the department marks each done.
 */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly handoffs: HandoffsRepository,
    private readonly clock: Clock,
  ) {}

  /** The handing-over tenant sets the stages, replacing those not yet done. */
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
}
