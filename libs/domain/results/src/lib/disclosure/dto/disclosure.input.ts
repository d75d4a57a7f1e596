import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DisclosureChannel, DisclosureStatus, DisclosureSubjectKind } from '../disclosure-kinds';

@InputType('ProposeDisclosureInput', { description: '提请公开' })
export class ProposeDisclosureInput {
  @Field(() => DisclosureSubjectKind) subjectKind!: DisclosureSubjectKind;
  @Field(() => ID, { description: 'the closed handoff, the joint project or the evaluation' })
  subjectId!: string;
  @Field(() => DisclosureChannel) channel!: DisclosureChannel;
  @Field(() => String, { nullable: true, description: 'default: drafted from the subject' })
  title?: string | null;
}

@InputType('PublishDisclosureInput', { description: '发布: where and when it appeared' })
export class PublishDisclosureInput {
  @Field(() => String, { nullable: true, description: 'required except for DEPUTIES (向代表通报)' })
  url?: string | null;
  @Field({ description: 'YYYY-MM-DD, Beijing; not later than today' }) publishedOn!: string;
}

@InputType('DisclosureFilter')
export class DisclosureFilterInput {
  @Field(() => DisclosureStatus, { nullable: true }) status?: DisclosureStatus | null;
  @Field(() => DisclosureChannel, { nullable: true }) channel?: DisclosureChannel | null;
  @Field(() => Int, { nullable: true, description: 'published (or else proposed) in this year' })
  year?: number | null;
}
