import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AccountEntity } from '@liandong/auth';
import { CommitteeModel, DepartmentModel, Role, TenantModel } from '@liandong/tenancy';

@ObjectType('Account', {
  description: '账号 a staff or unit login of the caller’s own tenant, as its administrators see it',
})
export class AccountModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '用户名 what the person signs in with; never changes' })
  username!: string;

  @Field({ description: '姓名 the person’s (or the unit’s) name' })
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => DepartmentModel, { nullable: true, description: '所属承办单位 (DEPARTMENT accounts)' })
  department!: DepartmentModel | null;

  @Field(() => CommitteeModel, {
    nullable: true,
    description: '所属委室 the committee a member of staff works in',
  })
  committee!: CommitteeModel | null;

  @Field(() => Date, { nullable: true, description: '停用时间: a disabled account cannot sign in' })
  disabledAt!: Date | null;

  @Field({ description: '须在下次登录时修改密码 the holder must replace an issued password' })
  mustChangePassword!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => TenantModel)
  tenant!: TenantModel;

  static from(entity: AccountEntity): AccountModel {
    if (!entity.tenant) {
      throw new Error(`account ${entity.id} loaded without its tenant`);
    }
    return Object.assign(new AccountModel(), {
      id: entity.id,
      username: entity.username,
      displayName: entity.displayName,
      roles: entity.roles,
      department: entity.department ? DepartmentModel.from(entity.department) : null,
      committee: entity.committee ? CommitteeModel.from(entity.committee) : null,
      disabledAt: entity.disabledAt,
      mustChangePassword: entity.mustChangePassword,
      createdAt: entity.createdAt,
      tenant: TenantModel.from(entity.tenant),
    });
  }
}
