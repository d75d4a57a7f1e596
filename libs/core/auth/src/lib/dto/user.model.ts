import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role, TenantModel } from '@liandong/tenancy';
import { AccountEntity } from '../account.entity';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => TenantModel)
  tenant!: TenantModel;

  @Field(() => [Role])
  roles!: Role[];

  static from(account: AccountEntity): UserModel {
    if (!account.tenant) {
      throw new Error(`account ${account.id} loaded without its tenant`);
    }
    return Object.assign(new UserModel(), {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      tenant: TenantModel.from(account.tenant),
      roles: account.roles,
    });
  }
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field()
  accessToken!: string;

  @Field(() => UserModel)
  user!: UserModel;
}
