import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentStatus } from '../assignment-status';
import { AssignmentEntity } from '../assignment.entity';

@ObjectType('Assignment', { description: '任务分派' })
export class AssignmentModel {
  @Field(() => ID) id!: string;
  @Field(() => AssignmentStatus) status!: AssignmentStatus;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'the unified-plan version last acknowledged' })
  acknowledgedVersion!: number | null;
  @Field(() => String, { nullable: true, description: '总结报告: the summary report last submitted' })
  summary!: string | null;
  @Field(() => Date, { nullable: true, description: 'when the summary report was last submitted' })
  summarySubmittedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: '退回理由: why the publisher last returned the summary',
  })
  summaryReturnReason!: string | null;
  @Field(() => Date, { nullable: true, description: '结束时间: when the publisher accepted the summary' })
  closedAt!: Date | null;
  projectId!: string;
  tenantId!: string;
  parentAssignmentId!: string | null;

  static from(entity: AssignmentEntity): AssignmentModel {
    return Object.assign(new AssignmentModel(), {
      id: entity.id,
      status: entity.status,
      acknowledgedAt: entity.acknowledgedAt,
      acknowledgedVersion: entity.acknowledgedVersion,
      summary: entity.summary ?? null,
      summarySubmittedAt: entity.summarySubmittedAt ?? null,
      summaryReturnReason: entity.summaryReturnReason ?? null,
      closedAt: entity.closedAt ?? null,
      projectId: entity.projectId,
      tenantId: entity.tenantId,
      parentAssignmentId: entity.parentAssignmentId,
    });
  }
}
