import { Field, ObjectType } from '@nestjs/graphql';
import type { MilestoneState } from '../milestones.service';

@ObjectType('AssignmentMilestone', { description: '时间节点' })
export class AssignmentMilestoneModel {
  @Field() name!: string;
  @Field() dueAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field() overdue!: boolean;

  static from(state: MilestoneState): AssignmentMilestoneModel {
    return Object.assign(new AssignmentMilestoneModel(), state);
  }
}
