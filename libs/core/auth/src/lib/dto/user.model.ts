import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CommitteeModel, Role, TenantModel } from '@liandong/tenancy';
import { AccountEntity } from '../account.entity';
import type { IssuedSession } from '../auth.service';

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

  @Field(() => CommitteeModel, { nullable: true, description: '所属委室 the committee the person works in' })
  committee!: CommitteeModel | null;

  @Field({
    description:
      '须先修改密码(管理员发放的初始或重置密码);此前除 me、changePassword、logout 外的操作均被拒绝 · true while the account holds a password an administrator issued: every operation but me, changePassword and logout is refused (PASSWORD_CHANGE_REQUIRED) until it is changed',
  })
  mustChangePassword!: boolean;

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
      committee: account.committee ? CommitteeModel.from(account.committee) : null,
      mustChangePassword: account.mustChangePassword,
    });
  }
}

@ObjectType('AuthPayload', { description: '登录或续期的结果 · a session: its tokens and who it belongs to' })
export class AuthPayloadModel {
  @Field({ description: '访问令牌,放入 Authorization: Bearer · the bearer token for every other operation' })
  accessToken!: string;

  @Field(() => Date, { description: '访问令牌到期时间 · when the access token expires' })
  expiresAt!: Date;

  @Field({
    description:
      '续期令牌,仅用于 refreshSession,每次续期后作废 · exchanges for a new session once (refreshSession); keep it secret',
  })
  refreshToken!: string;

  @Field(() => Date, { description: '续期令牌到期时间 · when the refresh token expires' })
  refreshTokenExpiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;

  @Field({
    description:
      '须先修改密码(同 user.mustChangePassword)· the account must change its password before anything else (as user.mustChangePassword)',
  })
  mustChangePassword!: boolean;

  static from(issued: IssuedSession): AuthPayloadModel {
    return Object.assign(new AuthPayloadModel(), {
      accessToken: issued.accessToken,
      expiresAt: issued.expiresAt,
      refreshToken: issued.refreshToken,
      refreshTokenExpiresAt: issued.refreshTokenExpiresAt,
      user: UserModel.from(issued.account),
      mustChangePassword: issued.account.mustChangePassword,
    });
  }
}
