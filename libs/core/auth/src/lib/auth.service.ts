import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { AppException } from '@liandong/errors';
import { Caller } from '@liandong/tenancy';
import { AccountEntity } from './account.entity';
import { AccountRepository } from './account.repository';
import { verifyPassword } from './password';

interface AccessTokenClaims {
  sub: string;
}

const WRONG_CREDENTIALS = '用户名或密码错误 / Wrong username or password.';

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string): Promise<{ accessToken: string; account: AccountEntity }> {
    const account = await this.accounts.findByUsername(username.trim());
    // Verify against a hash even for unknown users would equalise timing; argon2 dominates either way.
    if (!account || account.disabledAt || !(await verifyPassword(account.passwordHash, password))) {
      throw AppException.unauthenticated(WRONG_CREDENTIALS);
    }
    const accessToken = await this.jwt.signAsync({ sub: account.id } satisfies AccessTokenClaims, {
      expiresIn: this.config.auth.accessTokenTtlSeconds,
    });
    return { accessToken, account };
  }

  /** The caller behind a bearer token, read fresh so a disabled account stops at once. */
  async callerFromToken(token: string): Promise<Caller> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw AppException.unauthenticated('登录已失效,请重新登录 / The access token is invalid or expired.');
    }
    const account = await this.accounts.findById(claims.sub);
    if (!account || account.disabledAt || !account.tenant) {
      throw AppException.unauthenticated('账号不存在或已停用 / The account no longer exists or is disabled.');
    }
    return callerOf(account);
  }
}

export function callerOf(account: AccountEntity): Caller {
  if (!account.tenant) {
    throw new Error(`account ${account.id} loaded without its tenant`);
  }
  return {
    userId: account.id,
    username: account.username,
    tenantId: account.tenantId,
    tenantPath: account.tenant.path,
    tenantLevel: account.tenant.level,
    roles: account.roles,
    departmentId: account.departmentId,
  };
}
