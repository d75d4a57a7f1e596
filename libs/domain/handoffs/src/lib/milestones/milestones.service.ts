import { Injectable } from '@nestjs/common';
import { Db } from '@liandong/db';
import { AppException, parseId } from '@liandong/errors';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffAccess } from '../handoff-access';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { HandoffMilestoneEntity } from './handoff-milestone.entity';
import { MilestonesRepository } from './milestones.repository';

/**
 * Long-term items (阶段性整改) carry their own stages: the handing-over tenant sets them (replacing those
 * not yet done), the department marks each done.
 */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly db: Db,
    private readonly milestones: MilestonesRepository,
    private readonly access: HandoffAccess,
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
        throw AppException.badInput(`milestones.${index}.name`, 'MILESTONE_NAME_LENGTH', {
          zh: '节点名称须为 1–200 个字符',
          en: 'name: 1–200 characters',
        });
      }
      if (names.indexOf(name) !== index) {
        throw AppException.badInput(`milestones.${index}.name`, 'MILESTONE_NAME_DUPLICATE', {
          zh: `节点名称重复:${name}`,
          en: 'duplicate name',
        });
      }
    });
    if (milestones.length > 20) {
      throw AppException.badInput('milestones', 'TOO_MANY_MILESTONES', {
        zh: '最多 20 个节点',
        en: 'at most 20 milestones',
      });
    }
    return this.db.transaction(async (manager) => {
      const handoff = await this.access.lockForHandingTenant(
        manager,
        caller,
        parseId(handoffId, 'handoffId'),
        {
          reason: 'NOT_HANDING_TENANT',
          zh: '阶段节点由交办机关设定',
          en: 'The handing-over tenant sets the stages.',
        },
      );
      if (handoff.status === HandoffStatus.CLOSED) {
        throw AppException.conflict('HANDOFF_CLOSED', {
          zh: '已销号的事项不能再设节点',
          en: 'A closed item takes no new stages.',
        });
      }
      await this.milestones.replaceOpen(
        manager,
        handoff.id,
        milestones.map((milestone, index) => ({
          position: index + 1,
          name: names[index],
          dueAt: milestone.dueAt,
        })),
      );
      return handoff;
    });
  }

  async completeMilestone(caller: Caller, handoffId: string, name: string): Promise<HandoffEntity> {
    assertPermission(caller, Permission.WORK_HANDOFFS);
    return this.db.transaction(async (manager) => {
      const handoff = await this.access.lockForDepartment(manager, caller, parseId(handoffId, 'handoffId'));
      const stage = await this.milestones.findByName(manager, handoff.id, name.trim());
      if (!stage) {
        throw AppException.badInput('name', 'NO_SUCH_MILESTONE', {
          zh: `没有名为「${name}」的阶段节点`,
          en: 'no such stage',
        });
      }
      if (!stage.doneAt) {
        await this.milestones.markDone(manager, stage.id, this.clock.now());
      }
      return handoff;
    });
  }

  /** The stages of the handoffs, in order. */
  stagesOf(handoffIds: readonly string[]): Promise<HandoffMilestoneEntity[]> {
    return this.milestones.stagesOf(handoffIds);
  }
}
