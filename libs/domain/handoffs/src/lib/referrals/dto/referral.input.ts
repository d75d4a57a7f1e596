import { Field, ID, InputType } from '@nestjs/graphql';
import { CollaboratingBodyKind, ReferralStatus } from '../referral-kinds';

@InputType('CollaboratingBodyInput', { description: '协同单位' })
export class CollaboratingBodyInput {
  @Field(() => CollaboratingBodyKind) kind!: CollaboratingBodyKind;
  @Field({ description: '名称, e.g. 市纪委监委' }) name!: string;
  @Field(() => String, { nullable: true, description: '联系人和联系方式' }) contact?: string | null;
}

@InputType('CollaboratingBodyUpdateInput')
export class CollaboratingBodyUpdateInput {
  @Field(() => CollaboratingBodyKind, { nullable: true }) kind?: CollaboratingBodyKind | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'an empty string clears it' }) contact?: string | null;
}

@InputType('ReferralInput', { description: '线索移送: to which of your bodies, and why' })
export class ReferralInput {
  @Field(() => ID, { description: 'one of your own collaborating bodies, not retired' }) bodyId!: string;
  @Field({ description: '移送理由' }) reason!: string;
}

@InputType('ReferralFilter')
export class ReferralFilterInput {
  @Field(() => ReferralStatus, { nullable: true }) status?: ReferralStatus | null;
  @Field(() => ID, { nullable: true }) bodyId?: string | null;
  @Field(() => ID, { nullable: true, description: "the subtree to list; defaults to the caller's tenant" })
  scopeTenantId?: string | null;
}
