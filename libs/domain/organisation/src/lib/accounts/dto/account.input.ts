import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@liandong/tenancy';

@InputType('AccountInput', { description: '新账号 a new account of the caller’s own tenant' })
export class AccountInput {
  @Field({ description: '3–40 of letters, digits, . _ -; unique across the deployment' })
  username!: string;

  @Field({ description: '1–60 characters' })
  displayName!: string;

  @Field(() => [Role], {
    description: 'at least one; a COORDINATOR grants every role but ADMIN; DEPARTMENT stands alone',
  })
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: 'an active unit of the tenant: DEPARTMENT accounts only' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'an active committee of the tenant; not for DEPARTMENT' })
  committeeId?: string | null;
}

@InputType('AccountUpdateInput', {
  description: '修改账号: omitted fields stay; departmentId or committeeId null clears it',
})
export class AccountUpdateInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  committeeId?: string | null;
}
