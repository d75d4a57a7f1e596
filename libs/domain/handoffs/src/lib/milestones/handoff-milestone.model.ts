import { Field, ObjectType } from '@nestjs/graphql';
import { HandoffMilestoneEntity } from './handoff-milestone.entity';

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
