import type { Role } from '../../graphql/generated/enums';
import type { AccountInput, AccountRowFragment, AccountUpdateInput } from '../../graphql/generated/graphql';

/** Every role, in the order the picker offers them. */
const ROLES: readonly Role[] = ['COORDINATOR', 'MEMBER', 'VIEWER', 'DEPARTMENT', 'ADMIN'];

/** The roles a caller may give: an administrator any, a coordinator any but administrator. */
export function grantableRoles(callerRoles: readonly Role[]): Role[] {
  if (callerRoles.includes('ADMIN')) {
    return [...ROLES];
  }
  return callerRoles.includes('COORDINATOR') ? ROLES.filter((role) => role !== 'ADMIN') : [];
}

/** Whether the caller may change an account at all: only one whose every role it could grant. */
export function mayAdminister(
  callerRoles: readonly Role[],
  account: Pick<AccountRowFragment, 'roles'>,
): boolean {
  const grantable = grantableRoles(callerRoles);
  return account.roles.every((role) => grantable.includes(role));
}

export interface AccountValues {
  username: string;
  displayName: string;
  roles: Role[];
  departmentId?: string | null;
  committeeId?: string | null;
}

/** A 承办单位 account works for its unit; every other account may belong to a committee. */
export function isDepartmentAccount(roles: readonly Role[] | undefined): boolean {
  return roles?.includes('DEPARTMENT') ?? false;
}

/** A problem the API would refuse, found before sending: a unit account holds that one role and a unit. */
export function placementProblem(values: Pick<AccountValues, 'roles' | 'departmentId'>): string | null {
  if (!isDepartmentAccount(values.roles)) {
    return null;
  }
  if (values.roles.length > 1) {
    return '承办单位账号只能有“承办单位”一个角色';
  }
  return values.departmentId ? null : '请选择所属承办单位';
}

/** Where an account belongs: its unit for a unit account, else its committee (or none). */
function placement(values: AccountValues): { departmentId: string | null; committeeId: string | null } {
  return isDepartmentAccount(values.roles)
    ? { departmentId: values.departmentId ?? null, committeeId: null }
    : { departmentId: null, committeeId: values.committeeId ?? null };
}

export function newAccountInput(values: AccountValues): AccountInput {
  const { departmentId, committeeId } = placement(values);
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    roles: values.roles,
    ...(departmentId ? { departmentId } : {}),
    ...(committeeId ? { committeeId } : {}),
  };
}

/** Every field given: a null unit or committee clears it, so a changed role leaves no stale placement. */
export function accountUpdateInput(values: AccountValues): AccountUpdateInput {
  return { displayName: values.displayName.trim(), roles: values.roles, ...placement(values) };
}

/** 委室/承办单位 as the table shows it. */
export function placementLabel(account: Pick<AccountRowFragment, 'department' | 'committee'>): string {
  return account.department?.name ?? account.committee?.name ?? '—';
}

export interface ImportedAccount {
  username: string;
  displayName: string;
  temporaryPassword: string;
}

/** The accounts an import created, each with its temporary password (`{ imported, accounts: [...] }`). */
export function importedAccounts(body: unknown): ImportedAccount[] {
  const accounts =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['accounts'] : null;
  if (!Array.isArray(accounts)) {
    return [];
  }
  return accounts.flatMap((entry: unknown): ImportedAccount[] => {
    if (typeof entry !== 'object' || entry === null) {
      return [];
    }
    const { username, displayName, temporaryPassword } = entry as Record<string, unknown>;
    return typeof username === 'string' && typeof temporaryPassword === 'string'
      ? [{ username, displayName: typeof displayName === 'string' ? displayName : '', temporaryPassword }]
      : [];
  });
}
