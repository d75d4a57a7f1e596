import { Field, InputType } from '@nestjs/graphql';
import { DepartmentKind } from '@liandong/tenancy';

@InputType('DepartmentInput', {
  description: '新增承办单位 a new responsible unit of the caller’s own tenant',
})
export class DepartmentInput {
  @Field({ description: '编码: 2–32 lowercase letters, digits or hyphens, unique in the tenant' })
  code!: string;
  @Field({ description: '名称, 1–60 characters' }) name!: string;
  @Field(() => DepartmentKind) kind!: DepartmentKind;
}

@InputType('DepartmentUpdateInput', { description: '修改承办单位: what is given changes; the code stays' })
export class DepartmentUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => DepartmentKind, { nullable: true }) kind?: DepartmentKind | null;
}
