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
}

@InputType('AnnualPlanInput')
export class AnnualPlanInput {
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field(() => [PlanItemInput]) items!: PlanItemInput[];
}
