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
  projectId!: string;
  tenantId!: string;
  parentAssignmentId!: string | null;

  static from(entity: AssignmentEntity): AssignmentModel {
    return Object.assign(new AssignmentModel(), {
      id: entity.id,
      status: entity.status,
      acknowledgedAt: entity.acknowledgedAt,
      acknowledgedVersion: entity.acknowledgedVersion,
      projectId: entity.projectId,
      tenantId: entity.tenantId,
      parentAssignmentId: entity.parentAssignmentId,
    });
  }
}
