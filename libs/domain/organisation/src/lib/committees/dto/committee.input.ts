import { Field, InputType } from '@nestjs/graphql';

@InputType('CommitteeInput', { description: '新增委员会或工作机构 in the caller’s own tenant' })
export class CommitteeInput {
  @Field({ description: '编码: 2–32 lowercase letters, digits or hyphens, unique in the tenant (caijing)' })
  code!: string;
  @Field({ description: '名称, 1–60 characters (财政经济委员会)' }) name!: string;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: '统筹办: the coordination office, which sees every committee’s work',
  })
  coordinates?: boolean | null;
}

@InputType('CommitteeUpdateInput', { description: '修改委员会: what is given changes; the code stays' })
export class CommitteeUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
}
