import { Field, InputType } from '@nestjs/graphql';
import {
  ChecklistItemInput,
  IndicatorInput,
  LeadershipInput,
  MilestoneInput,
} from '../../joint-projects/dto/joint-project.input';

@InputType('LocalPlanInput')
export class LocalPlanInput {
  @Field(() => LeadershipInput) leadership!: LeadershipInput;
  @Field(() => [String], { description: 'must include every unified method' }) methods!: string[];
  @Field(() => [ChecklistItemInput], {
    description: 'must cover every unified checklist code; may add local ones',
  })
  checklist!: ChecklistItemInput[];
  @Field(() => [MilestoneInput], {
    description: 'each unified milestone, due no later than the unified date',
  })
  milestones!: MilestoneInput[];
  @Field(() => [IndicatorInput], {
    description: 'each unified indicator, target no lower than the unified one',
  })
  indicators!: IndicatorInput[];
}
