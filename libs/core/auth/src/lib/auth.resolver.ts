import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { AccountRepository } from './account.repository';
import { AuthService } from './auth.service';
import { AuthPayloadModel, UserModel } from './dto/user.model';
import { Public } from './public.decorator';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountRepository,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: '登录 sign in; the only operation without a token' })
  async login(
    @Args('username') username: string,
    @Args('password') password: string,
  ): Promise<AuthPayloadModel> {
    const { accessToken, account } = await this.auth.login(username, password);
    return { accessToken, user: UserModel.from(account) };
  }

  @Query(() => UserModel)
  async me(@CurrentCaller() caller: Caller): Promise<UserModel> {
    const account = await this.accounts.findById(caller.userId);
    if (!account) {
      throw AppException.unauthenticated();
    }
    return UserModel.from(account);
  }
}
