import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { AccountRepository } from './account.repository';
import { AuthService } from './auth.service';
import { ClientAddress } from './client-address.decorator';
import { CurrentSessionId } from './current-session.decorator';
import { AuthPayloadModel, UserModel } from './dto/user.model';
import { LoginThrottle } from './login-throttle';
import { OpenBeforePasswordChange } from './password-change.decorator';
import { Public } from './public.decorator';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountRepository,
    private readonly throttle: LoginThrottle,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: '登录 sign in; with refreshSession the only operations without a token',
  })
  async login(
    @Args('username') username: string,
    @Args('password') password: string,
    @ClientAddress() address: string,
  ): Promise<AuthPayloadModel> {
    const issued = await this.throttle.attempt({ username, address }, () =>
      this.auth.login(username, password),
    );
    return AuthPayloadModel.from(issued);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: '续期 renew a session: the refresh token is exchanged for new tokens and stops working',
  })
  async refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.refresh(refreshToken));
  }

  @OpenBeforePasswordChange()
  @Mutation(() => Boolean, {
    description: '退出登录 end the session of this access token and its refresh token',
  })
  async logout(@CurrentCaller() caller: Caller, @CurrentSessionId() sessionId: string): Promise<boolean> {
    await this.auth.logout(caller, sessionId);
    return true;
  }

  @OpenBeforePasswordChange()
  @Mutation(() => Boolean, {
    description:
      '修改密码 change the password; every session of the account ends, sign in again. Clears mustChangePassword',
  })
  async changePassword(
    @CurrentCaller() caller: Caller,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @ClientAddress() address: string,
  ): Promise<boolean> {
    await this.throttle.attempt({ username: caller.username, address }, () =>
      this.auth.changePassword(caller, currentPassword, newPassword),
    );
    return true;
  }

  @OpenBeforePasswordChange()
  @Query(() => UserModel)
  async me(@CurrentCaller() caller: Caller): Promise<UserModel> {
    const account = await this.accounts.findById(caller.userId);
    if (!account) {
      throw AppException.unauthenticated();
    }
    return UserModel.from(account);
  }
}
