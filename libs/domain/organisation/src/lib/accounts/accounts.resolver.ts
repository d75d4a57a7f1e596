import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { AccountsService, IssuedAccount } from './accounts.service';
import { AccountInput, AccountUpdateInput } from './dto/account.input';
import { AccountModel } from './dto/account.model';
import { IssuedPasswordModel } from './dto/issued-password.model';

function issuedPassword(issued: IssuedAccount): IssuedPasswordModel {
  return IssuedPasswordModel.of(AccountModel.from(issued.account), issued.temporaryPassword);
}

@Resolver(() => AccountModel)
export class AccountsResolver {
  constructor(private readonly service: AccountsService) {}

  @Query(() => [AccountModel], {
    description: '本机关的账号 the accounts of the caller’s own tenant (ADMIN, COORDINATOR)',
  })
  async accounts(
    @CurrentCaller() caller: Caller,
    @Args('includeDisabled', { type: () => Boolean, nullable: true, defaultValue: true })
    includeDisabled: boolean,
  ): Promise<AccountModel[]> {
    return (await this.service.list(caller, includeDisabled)).map(AccountModel.from);
  }

  @Mutation(() => IssuedPasswordModel, {
    description:
      '新建账号,发放临时密码 create an account in the caller’s own tenant, with a temporary password',
  })
  async createAccount(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AccountInput }) input: AccountInput,
  ): Promise<IssuedPasswordModel> {
    return issuedPassword(await this.service.create(caller, input));
  }

  @Mutation(() => AccountModel, {
    description: '修改账号 change an account’s name, roles, unit or committee',
  })
  async updateAccount(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => AccountUpdateInput }) input: AccountUpdateInput,
  ): Promise<AccountModel> {
    return AccountModel.from(await this.service.update(caller, id, input));
  }

  @Mutation(() => AccountModel, { description: '停用账号 disable an account; its sessions end' })
  async disableAccount(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AccountModel> {
    return AccountModel.from(await this.service.disable(caller, id));
  }

  @Mutation(() => AccountModel, { description: '启用账号 enable a disabled account again' })
  async enableAccount(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AccountModel> {
    return AccountModel.from(await this.service.enable(caller, id));
  }

  @Mutation(() => IssuedPasswordModel, {
    description:
      '重置密码 issue a new temporary password; its sessions end, to be changed at the next sign-in',
  })
  async resetPassword(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IssuedPasswordModel> {
    return issuedPassword(await this.service.resetPassword(caller, id));
  }

  @Mutation(() => Int, { description: '强制下线 end every live session of an account; answers how many' })
  async endSessions(
    @CurrentCaller() caller: Caller,
    @Args('accountId', { type: () => ID }) accountId: string,
  ): Promise<number> {
    return this.service.endSessions(caller, accountId);
  }
}
