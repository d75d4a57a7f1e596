import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig, DEFAULT_DEMO_PASSWORD } from '@liandong/config';
import { RequestScope } from '@liandong/db';
import { AppException, isUuid } from '@liandong/errors';
import { Caller } from '@liandong/tenancy';
import { AccountEntity } from './account.entity';
import { AccountRepository } from './account.repository';
import { CredentialsRefusedException } from './auth.exception';
import { SessionRevocation } from './auth-session.entity';
import { AuthSessionRepository, NewSession } from './auth-session.repository';
import { hashPassword, verifyPassword } from './password';
import { passwordProblems } from './password-rules';

interface AccessTokenClaims {
  sub: string;
  /** The session (auth_session.id) the token belongs to; revoking it ends the token at once. */
  sid: string;
}

/** What a sign-in or a renewal hands the client. */
export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  account: AccountEntity;
}

/** A bearer token that is not ours, is malformed or has expired. */
function tokenInvalid(): AppException {
  return AppException.unauthenticated('TOKEN_INVALID', {
    zh: '登录已失效,请重新登录',
    en: 'The access token is invalid or expired.',
  });
}

/** A well-formed token whose session was revoked or expired, or whose account is disabled. */
function sessionEnded(): AppException {
  return AppException.unauthenticated('SESSION_ENDED', {
    zh: '登录已失效或账号已停用,请重新登录',
    en: 'The session has ended or the account is disabled.',
  });
}

/** A refresh token that is unknown, used up, expired, or belongs to a disabled account. */
function refreshRefused(): AppException {
  return AppException.unauthenticated('REFRESH_REFUSED', {
    zh: '续期令牌无效或已失效,请重新登录',
    en: 'The refresh token is invalid or expired; please sign in.',
  });
}

export function hashRefreshToken(refreshToken: string): string {
  return createHash('sha256').update(refreshToken).digest('hex');
}

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: AuthSessionRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scope: RequestScope,
  ) {}

  /**
   * Tells row-level security who is acting from here on: the account and its tenant's subtree. Before that,
   * a request reaches only the one account its login, token or refresh token names.
   */
  private async actAs(account: AccountEntity): Promise<void> {
    await this.scope.set({
      account_id: account.id,
      tenant_id: account.tenantId,
      tenant_path: account.tenant?.path ?? account.tenantPath,
    });
    // Row-level security shows a committee only to its tenant's subtree: read it once that is the scope.
    if (account.committeeId && !account.committee) {
      account.committee = await this.accounts.findCommittee(account.committeeId);
    }
  }

  /** Checks the password and starts a session. Wrong credentials are a CredentialsRefusedException. */
  async login(username: string, password: string): Promise<IssuedSession> {
    await this.scope.set({ login: username.trim() });
    const account = await this.accounts.findByUsername(username.trim());
    // Verify against a hash even for unknown users would equalise timing; argon2 dominates either way.
    if (!account || account.disabledAt || !(await verifyPassword(account.passwordHash, password))) {
      throw CredentialsRefusedException.wrongCredentials();
    }
    await this.actAs(account);
    await this.sessions.deleteExpired(account.id);
    const id = randomUUID();
    const { session, refreshToken } = this.newSession(account, id, id);
    await this.sessions.insert(session);
    return this.issue(account, session, refreshToken);
  }

  /**
   * Exchanges a refresh token for a new session of the same family; the presented token ends (ROTATED).
   * A rotated token presented again means a copy is in someone else's hands: the whole family ends.
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const hash = hashRefreshToken(refreshToken);
    await this.scope.set({ refresh_token_hash: hash });
    const session = await this.sessions.findByRefreshTokenHash(hash);
    const account = session?.account;
    if (!session || !account) {
      throw refreshRefused();
    }
    await this.actAs(account);
    if (session.revokedAt) {
      if (session.revokedReason === SessionRevocation.ROTATED) {
        await this.sessions.revokeFamily(session.familyId, SessionRevocation.REUSED);
      }
      throw refreshRefused();
    }
    if (session.expiresAt.getTime() <= Date.now() || account.disabledAt) {
      throw refreshRefused();
    }
    const next = this.newSession(account, randomUUID(), session.familyId);
    if (!(await this.sessions.rotate(session.id, next.session))) {
      // Another request rotated or revoked it in between: the same token was presented twice.
      await this.sessions.revokeFamily(session.familyId, SessionRevocation.REUSED);
      throw refreshRefused();
    }
    return this.issue(account, next.session, next.refreshToken);
  }

  /** Ends the session the caller's access token belongs to, with its renewals. */
  async logout(caller: Caller, sessionId: string): Promise<void> {
    await this.sessions.revokeFamilyOf(sessionId, caller.userId, SessionRevocation.LOGOUT);
  }

  /**
   * Replaces the caller's password after checking the current one, and ends every session of the account,
   * this one included. A wrong current password is a CredentialsRefusedException (counted like a failed login).
   */
  async changePassword(caller: Caller, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.accounts.findById(caller.userId);
    if (!account || account.disabledAt) {
      throw sessionEnded();
    }
    const problems = passwordProblems(newPassword, {
      username: account.username,
      known: [DEFAULT_DEMO_PASSWORD, this.config.seed.demoPassword],
      current: currentPassword,
    });
    if (problems.length > 0) {
      throw AppException.badFields(problems);
    }
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw CredentialsRefusedException.wrongCurrentPassword();
    }
    await this.accounts.replacePassword(account.id, await hashPassword(newPassword));
  }

  /**
   * The caller behind a bearer token and its session, read fresh so a revocation or a disabling stops at
   * once; and whether the account must first replace a password an administrator issued.
   */
  async authenticate(
    token: string,
  ): Promise<{ caller: Caller; sessionId: string; mustChangePassword: boolean }> {
    let claims: Partial<AccessTokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw tokenInvalid();
    }
    const { sub, sid } = claims;
    if (typeof sub !== 'string' || typeof sid !== 'string' || !isUuid(sub) || !isUuid(sid)) {
      throw tokenInvalid();
    }
    await this.scope.set({ account_id: sub });
    const account = await this.sessions.findLiveSessionAccount(sid, sub);
    if (!account || account.disabledAt || !account.tenant) {
      throw sessionEnded();
    }
    await this.actAs(account);
    return { caller: callerOf(account), sessionId: sid, mustChangePassword: account.mustChangePassword };
  }

  async callerFromToken(token: string): Promise<Caller> {
    return (await this.authenticate(token)).caller;
  }

  private newSession(
    account: AccountEntity,
    id: string,
    familyId: string,
  ): { session: NewSession; refreshToken: string } {
    const refreshToken = randomBytes(32).toString('base64url');
    return {
      refreshToken,
      session: {
        id,
        familyId,
        accountId: account.id,
        tenantId: account.tenantId,
        tenantPath: account.tenantPath,
        refreshTokenHash: hashRefreshToken(refreshToken),
        expiresAt: new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000),
      },
    };
  }

  private async issue(
    account: AccountEntity,
    session: NewSession,
    refreshToken: string,
  ): Promise<IssuedSession> {
    const issuedAt = Math.floor(Date.now() / 1000);
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const claims: AccessTokenClaims = { sub: account.id, sid: session.id };
    const accessToken = await this.jwt.signAsync({ ...claims, iat: issuedAt }, { expiresIn: ttl });
    return {
      accessToken,
      expiresAt: new Date((issuedAt + ttl) * 1000),
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt,
      account,
    };
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
    committee: account.committee
      ? { id: account.committee.id, code: account.committee.code, coordinates: account.committee.coordinates }
      : null,
  };
}
