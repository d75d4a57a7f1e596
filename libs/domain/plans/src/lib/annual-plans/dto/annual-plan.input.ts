import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('PlanItemInput')
export class PlanItemInput {
  @Field() title!: string;
  @Field() isKey!: boolean;
  @Field() isJoint!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: '牵头委室 the committee that leads it, of your own office',
  })
  leadCommitteeId?: string | null;
  @Field(() => Int, { nullable: true, description: '计划月份 (1–12)' })
  plannedMonth?: number | null;
  @Field(() => String, { nullable: true, description: '提请的会议 the sitting it goes to' })
  session?: string | null;
  @Field(() => String, { nullable: true, description: '监督方式 how it is supervised' })
  method?: string | null;
}

/** When and how an item is done; a field left out keeps its value, a null clears it. */
@InputType('PlanItemScheduleInput')
export class PlanItemScheduleInput {
  @Field(() => Int, { nullable: true, description: '计划月份 (1–12)' })
  plannedMonth?: number | null;
  @Field(() => String, { nullable: true, description: '提请的会议 the sitting it goes to' })
  session?: string | null;
  @Field(() => String, { nullable: true, description: '监督方式 how it is supervised' })
  method?: string | null;
}

@InputType('AnnualPlanInput')
export class AnnualPlanInput {
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field(() => [PlanItemInput]) items!: PlanItemInput[];
}
