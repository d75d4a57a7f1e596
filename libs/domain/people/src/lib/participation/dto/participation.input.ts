import { Field, ID, InputType } from '@nestjs/graphql';
import { ParticipationTargetKind } from '../participation-kinds';

@InputType('ParticipationTargetInput', { description: 'what deputies are invited to' })
export class ParticipationTargetInput {
  @Field(() => ParticipationTargetKind) kind!: ParticipationTargetKind;
  @Field(() => ID, { description: 'the activity, the handoff (for its 核查) or the appraisal' }) id!: string;
}

@InputType('InviteDeputiesInput', { description: '邀请代表: deputies you see, to a target your tier owns' })
export class InviteDeputiesInput {
  @Field(() => ParticipationTargetInput) target!: ParticipationTargetInput;
  @Field(() => [ID], { description: '1–100 deputies on your roster or those below it' }) deputyIds!: string[];
  @Field(() => String, { nullable: true, description: '角色, e.g. 特邀代表' }) role?: string | null;
}
