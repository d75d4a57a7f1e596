import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('ParticipantsInput')
export class ParticipantsInput {
  @Field(() => Int) members!: number;
  @Field(() => Int) deputies!: number;
  @Field(() => Int) experts!: number;
  @Field(() => Int) staff!: number;
}

@InputType('ActivityInput')
export class ActivityInput {
  @Field({ description: "one of the project's unified methods" }) method!: string;
  @Field() startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;
  @Field() location!: string;
  @Field() summary!: string;
  @Field(() => ParticipantsInput) participants!: ParticipantsInput;
  @Field() covert!: boolean;
}
