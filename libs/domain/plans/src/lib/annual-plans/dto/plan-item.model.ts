import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanItemStatus } from '../plan-item-status';
import { PlanItemEntity } from '../plan-item.entity';

@ObjectType('PlanItem', { description: '年度计划中的监督项目' })
export class PlanItemModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() isKey!: boolean;
  @Field() isJoint!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: '计划月份 (1–12) the month of the plan’s year it is planned for',
  })
  plannedMonth!: number | null;
  @Field(() => String, {
    nullable: true,
    description: '提请的会议 the sitting it goes to, e.g. 市十六届人大常委会第五次会议',
  })
  session!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '监督方式, e.g. 听取和审议专项工作报告 / 执法检查 / 专题询问 / 视察 / 专题调研',
  })
  method!: string | null;
  @Field(() => PlanItemStatus) status!: PlanItemStatus;
  @Field(() => Date, { nullable: true, description: '启动时间' }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '完成时间' }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '调整时间' }) adjustedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '调整理由 why it was adjusted' })
  adjustReason!: string | null;
  @Field(() => String, { nullable: true, description: '调整所依据的决定 the decision that adjusted it' })
  adjustDecision!: string | null;
  planId!: string;
  jointProjectId!: string | null;
  leadCommitteeId!: string | null;

  static from(entity: PlanItemEntity): PlanItemModel {
    return Object.assign(new PlanItemModel(), {
      id: entity.id,
      title: entity.title,
      isKey: entity.isKey,
      isJoint: entity.isJoint,
      plannedMonth: entity.plannedMonth ?? null,
      session: entity.session ?? null,
      method: entity.method ?? null,
      status: entity.status,
      startedAt: entity.startedAt ?? null,
      completedAt: entity.completedAt ?? null,
      adjustedAt: entity.adjustedAt ?? null,
      adjustReason: entity.adjustReason ?? null,
      adjustDecision: entity.adjustDecision ?? null,
      planId: entity.planId,
      jointProjectId: entity.jointProjectId,
      leadCommitteeId: entity.leadCommitteeId,
    });
  }
}
