import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlanItemEntity } from '../plan-item.entity';

@ObjectType('PlanItem', { description: '年度计划中的监督项目' })
export class PlanItemModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() isKey!: boolean;
  @Field() isJoint!: boolean;
  jointProjectId!: string | null;
  leadCommitteeId!: string | null;

  static from(entity: PlanItemEntity): PlanItemModel {
    return Object.assign(new PlanItemModel(), {
      id: entity.id,
      title: entity.title,
      isKey: entity.isKey,
      isJoint: entity.isJoint,
      jointProjectId: entity.jointProjectId,
      leadCommitteeId: entity.leadCommitteeId,
    });
  }
}
