import type { Role, TenantLevel } from '../graphql/generated/graphql';

export type Section =
  'dashboard' | 'plans' | 'tasks' | 'findings' | 'handoffs' | 'ledger' | 'notifications' | 'admin';

export interface NavigationItem {
  section: Section;
  path: string;
  label: string;
}

const ITEMS: Record<Section, NavigationItem> = {
  dashboard: { section: 'dashboard', path: '/dashboard', label: '看板' },
  plans: { section: 'plans', path: '/plans', label: '监督计划' },
  tasks: { section: 'tasks', path: '/tasks', label: '联动任务' },
  findings: { section: 'findings', path: '/findings', label: '问题' },
  handoffs: { section: 'handoffs', path: '/handoffs', label: '交办' },
  ledger: { section: 'ledger', path: '/ledger', label: '整改台账' },
  notifications: { section: 'notifications', path: '/notifications', label: '消息' },
  admin: { section: 'admin', path: '/admin', label: '系统管理' },
};

/** Which tier does which part of the loop (see the product's "who does what"). */
const SECTIONS_BY_LEVEL: Record<TenantLevel, Section[]> = {
  // The issuing tiers write plans and receive no assignments from above in the demo deployment.
  PROVINCE: ['dashboard', 'plans', 'findings', 'handoffs', 'ledger', 'notifications'],
  CITY: ['dashboard', 'plans', 'findings', 'handoffs', 'ledger', 'notifications'],
  // A county reads the city's plans, works its assignments and passes them on to its townships.
  COUNTY: ['dashboard', 'plans', 'tasks', 'findings', 'handoffs', 'ledger', 'notifications'],
  TOWNSHIP: ['dashboard', 'tasks', 'findings', 'handoffs', 'ledger', 'notifications'],
};

export interface NavigationUser {
  roles: readonly Role[];
  tenant: { level: TenantLevel };
}

/** The side menu of a signed-in account: only what its role and tier may use. */
export function navigationFor(user: NavigationUser): NavigationItem[] {
  if (user.roles.includes('DEPARTMENT')) {
    return [ITEMS.dashboard, { ...ITEMS.handoffs, label: '交办件' }, ITEMS.notifications];
  }
  const sections = new Set(SECTIONS_BY_LEVEL[user.tenant.level]);
  if (user.roles.includes('ADMIN')) {
    sections.add('admin');
  }
  return Object.values(ITEMS).filter((item) => sections.has(item.section));
}
