import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DEFAULT_DEMO_PASSWORD } from '@liandong/config';
import {
  AccountChanges,
  AccountEntity,
  AccountRepository,
  hashPassword,
  temporaryPassword,
} from '@liandong/auth';
import { AppException, ErrorCode, FieldProblem, parseId } from '@liandong/errors';
import {
  assertPermission,
  Caller,
  CommitteeRepository,
  DEPARTMENT_RETIRED,
  DepartmentRepository,
  Permission,
  Role,
} from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import {
  ACCOUNT,
  AccountPlacement,
  COMMITTEE,
  DEPARTMENT,
  displayNameProblems,
  firstUngrantableRole,
  normalRoles,
  placementProblems,
  ROLE_NAMES,
  usernameProblems,
} from './account-rules';

/** A new account as asked for, its unit and committee by id. */
export interface AccountDraft {
  username: string;
  displayName: string;
  roles: readonly Role[];
  departmentId?: string | null;
  committeeId?: string | null;
}

export interface AccountUpdate {
  displayName?: string | null;
  roles?: readonly Role[] | null;
  departmentId?: string | null;
  committeeId?: string | null;
}

/** An account with the temporary password just issued to it: shown once, stored only as its hash. */
export interface IssuedAccount {
  account: AccountEntity;
  temporaryPassword: string;
}

export function roleNotGrantable(role: Role): AppException {
  return new AppException(
    ErrorCode.FORBIDDEN,
    'ROLE_NOT_GRANTABLE',
    {
      zh: `无权授予或管理“${ROLE_NAMES[role]}”角色的账号`,
      en: `You may not grant the role ${role}, nor administer an account that holds it.`,
    },
    { role },
  );
}

export function duplicateUsername(username: string): AppException {
  return new AppException(
    ErrorCode.CONFLICT,
    'DUPLICATE_USERNAME',
    { zh: `用户名 ${username} 已被使用`, en: `The username ${username} is taken.` },
    { username },
  );
}

/** Problems named under `input.` as the GraphQL input spells them. */
function refuseFields(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) {
    throw AppException.badFields(
      problems.map((problem) => ({ ...problem, field: `input.${problem.field}` })),
    );
  }
}

/**
 * The staff accounts of a tenant, kept by its own ADMIN or COORDINATOR: always the caller's own tenant
 * (the city does not make accounts inside a county), an account of another tenant is not found. Accounts are
 * never deleted: someone who left is disabled. Passwords are only ever issued (a crypto-random temporary
 * one, to be changed at the first sign-in), never chosen by the administrator.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly departments: DepartmentRepository,
    private readonly committees: CommitteeRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(caller: Caller, includeDisabled: boolean): Promise<AccountEntity[]> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    return this.accounts.listOfTenant(caller.tenantId, includeDisabled);
  }

  async create(caller: Caller, draft: AccountDraft): Promise<IssuedAccount> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const username = draft.username.trim();
    const displayName = draft.displayName.trim();
    const placement: AccountPlacement = {
      roles: normalRoles(draft.roles),
      departmentId: draft.departmentId ? parseId(draft.departmentId, 'input.departmentId') : null,
      committeeId: draft.committeeId ? parseId(draft.committeeId, 'input.committeeId') : null,
    };
    refuseFields([
      ...usernameProblems(username),
      ...displayNameProblems(displayName),
      ...placementProblems(placement),
    ]);
    this.assertGrantable(caller, placement.roles);
    await this.assertPlacedInOwnTenant(caller, placement);
    const [issued] = await this.issuePasswords([{ username }]);
    const [stored] = await this.accounts.insertWhereUsernameFree([
      {
        tenantId: caller.tenantId,
        tenantPath: caller.tenantPath,
        username,
        displayName,
        passwordHash: issued.hash,
        roles: [...placement.roles],
        departmentId: placement.departmentId,
        committeeId: placement.committeeId,
        mustChangePassword: true,
      },
    ]);
    if (!stored) {
      throw duplicateUsername(username);
    }
    return { account: await this.getOwn(caller, stored.id), temporaryPassword: issued.password };
  }

  /**
   * Changes the name, the roles, the unit or the committee; omitted fields stay, a null unit or committee is
   * cleared. The account as changed must still be placed by the rules, and hold only roles the caller grants.
   */
  async update(caller: Caller, accountId: string, update: AccountUpdate): Promise<AccountEntity> {
    const account = await this.getAdministered(caller, accountId);
    const changes: AccountChanges = {};
    const problems: FieldProblem[] = [];
    if (update.displayName !== undefined && update.displayName !== null) {
      changes.displayName = update.displayName.trim();
      problems.push(...displayNameProblems(changes.displayName));
    }
    if (update.roles !== undefined && update.roles !== null) {
      changes.roles = normalRoles(update.roles);
    }
    if (update.departmentId !== undefined) {
      changes.departmentId = update.departmentId ? parseId(update.departmentId, 'input.departmentId') : null;
    }
    if (update.committeeId !== undefined) {
      changes.committeeId = update.committeeId ? parseId(update.committeeId, 'input.committeeId') : null;
    }
    const placement: AccountPlacement = {
      roles: changes.roles ?? account.roles,
      departmentId: changes.departmentId !== undefined ? changes.departmentId : account.departmentId,
      committeeId: changes.committeeId !== undefined ? changes.committeeId : account.committeeId,
    };
    refuseFields([...problems, ...placementProblems(placement)]);
    this.assertGrantable(caller, placement.roles);
    // A unit or committee already held stays valid; a newly named one must be active and the tenant's own.
    await this.assertPlacedInOwnTenant(caller, {
      roles: placement.roles,
      departmentId: placement.departmentId !== account.departmentId ? placement.departmentId : null,
      committeeId: placement.committeeId !== account.committeeId ? placement.committeeId : null,
    });
    await this.accounts.update(account.id, changes);
    return this.getOwn(caller, account.id);
  }

  /** Disabled accounts cannot sign in, and their sessions end now. Nobody disables themself. */
  async disable(caller: Caller, accountId: string): Promise<AccountEntity> {
    const account = await this.getAdministered(caller, accountId);
    if (account.id === caller.userId) {
      throw AppException.conflict('CANNOT_DISABLE_SELF', {
        zh: '不能停用自己的账号',
        en: 'You cannot disable your own account.',
      });
    }
    await this.accounts.disable(account.id, this.clock.now());
    return this.getOwn(caller, account.id);
  }

  async enable(caller: Caller, accountId: string): Promise<AccountEntity> {
    const account = await this.getAdministered(caller, accountId);
    await this.accounts.enable(account.id);
    return this.getOwn(caller, account.id);
  }

  /** A new temporary password: every session of the account ends, and the holder changes it at sign-in. */
  async resetPassword(caller: Caller, accountId: string): Promise<IssuedAccount> {
    const account = await this.getAdministered(caller, accountId);
    const [issued] = await this.issuePasswords([{ username: account.username }]);
    await this.accounts.issuePassword(account.id, issued.hash);
    return { account: await this.getOwn(caller, account.id), temporaryPassword: issued.password };
  }

  /** Ends every live session of the account (a lost phone, a shared screen); answers how many ended. */
  async endSessions(caller: Caller, accountId: string): Promise<number> {
    const account = await this.getAdministered(caller, accountId);
    return this.accounts.endSessions(account.id);
  }

  /** A temporary password for each account and its hash, hashed a few at a time (argon2 is slow on purpose). */
  async issuePasswords<T extends { username: string }>(
    accounts: readonly T[],
  ): Promise<Array<T & { password: string; hash: string }>> {
    const known = [DEFAULT_DEMO_PASSWORD, this.config.seed.demoPassword];
    const issued: Array<T & { password: string; hash: string }> = [];
    for (let start = 0; start < accounts.length; start += 4) {
      const batch = accounts.slice(start, start + 4).map(async (account) => {
        const password = temporaryPassword({ username: account.username, known });
        return { ...account, password, hash: await hashPassword(password) };
      });
      issued.push(...(await Promise.all(batch)));
    }
    return issued;
  }

  assertGrantable(caller: Caller, roles: readonly Role[]): void {
    const role = firstUngrantableRole(caller.roles, roles);
    if (role) {
      throw roleNotGrantable(role);
    }
  }

  /** An account of the caller's own tenant; another tenant's (a county's, seen from the city) is not found. */
  private async getOwn(caller: Caller, accountId: string): Promise<AccountEntity> {
    const account = await this.accounts.findInTenant(caller.tenantId, parseId(accountId));
    if (!account) {
      throw AppException.notFound(ACCOUNT, accountId);
    }
    return account;
  }

  /** An account the caller may act on: its own tenant's, holding no role the caller could not grant. */
  private async getAdministered(caller: Caller, accountId: string): Promise<AccountEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const account = await this.getOwn(caller, accountId);
    this.assertGrantable(caller, account.roles);
    return account;
  }

  /** The unit and committee named must be the caller's own tenant's (else not found) and not retired. */
  private async assertPlacedInOwnTenant(caller: Caller, placement: AccountPlacement): Promise<void> {
    if (placement.departmentId) {
      const department = await this.departments.findById(placement.departmentId);
      if (!department || department.tenantId !== caller.tenantId) {
        throw AppException.notFound(DEPARTMENT, placement.departmentId);
      }
      if (department.retiredAt) {
        throw AppException.badInput('input.departmentId', DEPARTMENT_RETIRED, {
          zh: `承办单位“${department.name}”已撤销,不能再为其开设账号`,
          en: `The department ${department.name} is retired: no new accounts for it.`,
        });
      }
    }
    if (placement.committeeId) {
      const committee = await this.committees.findById(placement.committeeId);
      if (!committee || committee.tenantId !== caller.tenantId) {
        throw AppException.notFound(COMMITTEE, placement.committeeId);
      }
      if (committee.retiredAt) {
        throw AppException.badInput('input.committeeId', 'COMMITTEE_RETIRED', {
          zh: `委室“${committee.name}”已撤销,不能再为其开设账号`,
          en: `The committee ${committee.name} is retired: no new accounts for it.`,
        });
      }
    }
  }
}
