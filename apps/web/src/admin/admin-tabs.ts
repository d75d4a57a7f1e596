import type { Role } from '../graphql/generated/enums';

export type AdminTab = 'catalogue' | 'units' | 'committees' | 'accounts' | 'bodies';

export const ADMIN_TAB_LABEL: Record<AdminTab, string> = {
  catalogue: '监督方式与工作日历',
  units: '承办单位',
  committees: '委室',
  accounts: '账号',
  bodies: '协同单位',
};

/**
 * The parts of 系统管理 a role may use: the platform's catalogue and calendar are the administrator's; an
 * office's units, committees, accounts and collaborating bodies (协同单位) are kept by its administrator or
 * its coordinator. The first is
 * where /admin opens.
 */
export function adminTabsFor(roles: readonly Role[]): AdminTab[] {
  const tabs: AdminTab[] = [];
  if (roles.includes('ADMIN')) {
    tabs.push('catalogue');
  }
  if (roles.includes('ADMIN') || roles.includes('COORDINATOR')) {
    tabs.push('units', 'committees', 'accounts', 'bodies');
  }
  return tabs;
}

/** The address of a tab: the first one a role has is /admin itself. */
export function adminTabPath(tab: AdminTab, tabs: readonly AdminTab[]): string {
  return tabs[0] === tab ? '/admin' : `/admin/${tab}`;
}

/** The tab an address shows (`/admin/units` → units), or the first one for /admin or a tab not offered. */
export function adminTabOf(param: string | undefined, tabs: readonly AdminTab[]): AdminTab | undefined {
  return tabs.find((tab) => tab === param) ?? tabs[0];
}
