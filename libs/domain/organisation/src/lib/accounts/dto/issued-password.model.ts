import { Field, ObjectType } from '@nestjs/graphql';
import { AccountModel } from './account.model';

@ObjectType('IssuedPassword', {
  description:
    '发放的临时密码:只显示这一次,不以明文保存;持有人首次登录须修改 · a temporary password, shown once and never stored in clear; the holder must change it at the first sign-in',
})
export class IssuedPasswordModel {
  @Field(() => AccountModel)
  account!: AccountModel;

  @Field()
  temporaryPassword!: string;

  static of(account: AccountModel, temporaryPassword: string): IssuedPasswordModel {
    return Object.assign(new IssuedPasswordModel(), { account, temporaryPassword });
  }
}
