import { Field, InputType, ID } from '@nestjs/graphql';
import { DeputyLevel, DeputyStatus } from '../deputy-kinds';

@InputType('DeputyInput', { description: '代表: one deputy of your own roster' })
export class DeputyInput {
  @Field({ description: '姓名' }) name!: string;
  @Field(() => DeputyLevel, { description: '代表层级' }) level!: DeputyLevel;
  @Field({ description: '选区/代表团' }) constituency!: string;
  @Field({ description: '届次, e.g. 第十六届' }) term!: string;
  @Field({ description: '任期起 YYYY-MM-DD (Beijing)' }) termStartsOn!: string;
  @Field({ description: '任期止 YYYY-MM-DD (Beijing)' }) termEndsOn!: string;
  @Field({ description: '工作单位及职务' }) workplace!: string;
}

@InputType('DeputyUpdateInput')
export class DeputyUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => DeputyLevel, { nullable: true }) level?: DeputyLevel | null;
  @Field(() => String, { nullable: true }) constituency?: string | null;
  @Field(() => String, { nullable: true }) term?: string | null;
  @Field(() => String, { nullable: true }) termStartsOn?: string | null;
  @Field(() => String, { nullable: true }) termEndsOn?: string | null;
  @Field(() => String, { nullable: true }) workplace?: string | null;
}

@InputType('DeputyFilter')
export class DeputyFilterInput {
  @Field(() => ID, { nullable: true, description: "whose roster; defaults to the caller's own" })
  tenantId?: string | null;
  @Field(() => DeputyLevel, { nullable: true }) level?: DeputyLevel | null;
  @Field(() => DeputyStatus, { nullable: true }) status?: DeputyStatus | null;
  @Field(() => String, { nullable: true, description: '姓名或选区中的文字' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'also the rosters of every tier below' })
  includeBelow?: boolean | null;
}
