import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('PlanItemInput')
export class PlanItemInput {
  @Field() title!: string;
  @Field() isKey!: boolean;
  @Field() isJoint!: boolean;
}

@InputType('AnnualPlanInput')
export class AnnualPlanInput {
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field(() => [PlanItemInput]) items!: PlanItemInput[];
}
