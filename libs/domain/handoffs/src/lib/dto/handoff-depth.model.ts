import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExtensionRequestEntity, ExtensionStatus, HandoffMilestoneEntity } from '../handoff-depth.entity';
import { EscalationEntity, RectificationReportEntity } from '../handoff-records.entity';

registerEnumType(ExtensionStatus, { name: 'ExtensionStatus', description: '待审批 / 已同意 / 未同意' });

@ObjectType('ExtensionRequest', { description: '延期申请' })
export class ExtensionRequestModel {
  @Field(() => ID) id!: string;
  @Field() until!: Date;
  @Field() reason!: string;
  @Field(() => ExtensionStatus) status!: ExtensionStatus;
  @Field(() => String, { nullable: true }) decidedReason!: string | null;

  static from(entity: ExtensionRequestEntity): ExtensionRequestModel {
    return Object.assign(new ExtensionRequestModel(), {
      id: entity.id,
      until: entity.until,
      reason: entity.reason,
      status: entity.status,
      decidedReason: entity.decidedReason,
    });
  }
}

@ObjectType('Escalation', { description: '督办记录' })
export class EscalationModel {
  @Field(() => Int) level!: number;
  @Field() name!: string;
  @Field() at!: Date;
  @Field() reason!: string;
  @Field() automatic!: boolean;
  tenantId!: string;

  static from(entity: EscalationEntity): EscalationModel {
    return Object.assign(new EscalationModel(), {
      level: entity.level,
      name: entity.name,
      at: entity.at,
      reason: entity.reason,
      automatic: entity.automatic,
      tenantId: entity.tenantId,
    });
  }
}

@ObjectType('HandoffMilestone', { description: '阶段性整改节点' })
export class HandoffMilestoneModel {
  @Field() name!: string;
  @Field() dueAt!: Date;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  @Field() overdue!: boolean;

  static from(entity: HandoffMilestoneEntity, now: Date): HandoffMilestoneModel {
    return Object.assign(new HandoffMilestoneModel(), {
      name: entity.name,
      dueAt: entity.dueAt,
      doneAt: entity.doneAt,
      overdue: !entity.doneAt && entity.dueAt.getTime() < now.getTime(),
    });
  }
}

@ObjectType('RectificationReport', { description: '整改报告' })
export class RectificationReportModel {
  @Field() measures!: string;
  @Field(() => Int) percentDone!: number;
  @Field() final!: boolean;
  @Field() at!: Date;

  static from(entity: RectificationReportEntity): RectificationReportModel {
    return Object.assign(new RectificationReportModel(), {
      measures: entity.measures,
      percentDone: entity.percentDone,
      final: entity.final,
      at: entity.at,
    });
  }
}
