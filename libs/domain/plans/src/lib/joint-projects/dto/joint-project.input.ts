import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

@InputType('LeadershipInput')
export class LeadershipInput {
  @Field({ description: '牵头机构 lead body' }) leadBody!: string;
  @Field({ description: '负责人 leader' }) leader!: string;
  @Field(() => String, { nullable: true, description: '统筹办公室 coordinating office' }) office?:
    string | null;
}

@InputType('MilestoneInput')
export class MilestoneInput {
  @Field() name!: string;
  @Field() dueAt!: Date;
}

@InputType('SchemeInput')
export class SchemeInput {
  @Field() objectives!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => [MilestoneInput]) milestones!: MilestoneInput[];
}

@InputType('ChecklistItemInput')
export class ChecklistItemInput {
  @Field() code!: string;
  @Field() text!: string;
}

@InputType('PolicyInput')
export class PolicyInput {
  @Field(() => [String]) legalBasis!: string[];
  @Field(() => [ChecklistItemInput]) checklist!: ChecklistItemInput[];
}

@InputType('IndicatorInput')
export class IndicatorInput {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) target!: number;
}

@InputType('EffectInput')
export class EffectInput {
  @Field(() => [IndicatorInput]) indicators!: IndicatorInput[];
}

@InputType('FiveUnificationsInput')
export class FiveUnificationsInput {
  @Field(() => LeadershipInput) leadership!: LeadershipInput;
  @Field(() => SchemeInput) scheme!: SchemeInput;
  @Field(() => [String], { description: 'method codes from the catalogue, at least one' }) methods!: string[];
  @Field(() => PolicyInput) policy!: PolicyInput;
  @Field(() => EffectInput) effect!: EffectInput;
}

@InputType('JointProjectInput')
export class JointProjectInput {
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field() isKey!: boolean;
  @Field(() => FiveUnificationsInput) unifications!: FiveUnificationsInput;
  @Field(() => ID, {
    nullable: true,
    description: '牵头委室 the lead committee, of your own office; committee staff: their own (the default)',
  })
  leadCommitteeId?: string | null;
}

@InputType('PublishTargetsInput')
export class PublishTargetsInput {
  @Field(() => [ID]) tenantIds!: string[];
  @Field() includeDescendants!: boolean;
}
