import type { Role, TenantLevel } from '../graphql/generated/graphql';

export type Section =
  | 'dashboard'
  | 'committeeProgress'
  | 'plans'
  | 'tasks'
  | 'findings'
  | 'handoffs'
  | 'ledger'
  | 'sessions'
  | 'appraisals'
  | 'referrals'
  | 'deputies'
  | 'disclosures'
  | 'experts'
  | 'notifications'
  | 'admin';

export interface NavigationItem {
  section: Section;
  path: string;
  label: string;
}

const ITEMS: Record<Section, NavigationItem> = {
  dashboard: { section: 'dashboard', path: '/dashboard', label: '看板' },
  committeeProgress: { section: 'committeeProgress', path: '/committee-progress', label: '委室进度' },
  plans: { section: 'plans', path: '/plans', label: '监督计划' },
  tasks: { section: 'tasks', path: '/tasks', label: '联动任务' },
  findings: { section: 'findings', path: '/findings', label: '问题' },
  handoffs: { section: 'handoffs', path: '/handoffs', label: '交办' },
  ledger: { section: 'ledger', path: '/ledger', label: '整改台账' },
  sessions: { section: 'sessions', path: '/sessions', label: '会议与审议意见' },
  appraisals: { section: 'appraisals', path: '/appraisals', label: '评议' },
  referrals: { section: 'referrals', path: '/referrals', label: '协同监督' },
  deputies: { section: 'deputies', path: '/deputies', label: '代表名册' },
  disclosures: { section: 'disclosures', path: '/disclosures', label: '公开发布' },
  experts: { section: 'experts', path: '/experts', label: '专家库' },
  notifications: { section: 'notifications', path: '/notifications', label: '消息' },
  admin: { section: 'admin', path: '/admin', label: '系统管理' },
};

/** Which tier does which part of the loop (see the product's "who does what"). */
const SECTIONS_BY_LEVEL: Record<TenantLevel, Section[]> = {
  // The issuing tiers write plans; their tasks are their own supervision (本级监督) of their plan's items.
  PROVINCE: [
    'dashboard',
    'plans',
    'tasks',
    'findings',
    'handoffs',
    'ledger',
    'sessions',
    'appraisals',
    'referrals',
    'deputies',
    'disclosures',
    'experts',
    'notifications',
  ],
  CITY: [
    'dashboard',
    'plans',
    'tasks',
    'findings',
    'handoffs',
    'ledger',
    'sessions',
    'appraisals',
    'referrals',
    'deputies',
    'disclosures',
    'experts',
    'notifications',
  ],
  // A county reads the city's plans, works its assignments and passes them on to its townships.
  COUNTY: [
    'dashboard',
    'plans',
    'tasks',
    'findings',
    'handoffs',
    'ledger',
    'sessions',
    'appraisals',
    'referrals',
    'deputies',
    'disclosures',
    'experts',
    'notifications',
  ],
  // A township's presidium (主席团) holds its sessions too.
  TOWNSHIP: [
    'dashboard',
    'tasks',
    'findings',
    'handoffs',
    'ledger',
    'sessions',
    'appraisals',
    'referrals',
    'deputies',
    'disclosures',
    'experts',
    'notifications',
  ],
};

export interface NavigationUser {
  roles: readonly Role[];
  tenant: { level: TenantLevel };
  /** The committee the person works in: staff of the 统筹办 (coordinates) follow every committee's work. */
  committee?: { coordinates: boolean } | null;
}

/**
 * 委室进度, the scorecard per committee: for the 统筹办's staff, and for the coordinators of an office that
 * has committees (a township has none).
 */
function followsCommittees(user: NavigationUser): boolean {
  return (
    user.committee?.coordinates === true ||
    (user.roles.includes('COORDINATOR') && user.tenant.level !== 'TOWNSHIP')
  );
}

function isIssuingLevel(level: TenantLevel): boolean {
  return level === 'CITY' || level === 'PROVINCE';
}

/** The side menu of a signed-in account: only what its role and tier may use. */
export function navigationFor(user: NavigationUser): NavigationItem[] {
  if (user.roles.includes('DEPARTMENT')) {
    return [ITEMS.dashboard, { ...ITEMS.handoffs, label: '交办件' }, ITEMS.notifications];
  }
  const sections = new Set(SECTIONS_BY_LEVEL[user.tenant.level]);
  if (followsCommittees(user)) {
    sections.add('committeeProgress');
  }
  // An office's own units, committees and accounts are kept by its administrator or its coordinator.
  if (user.roles.includes('ADMIN') || user.roles.includes('COORDINATOR')) {
    sections.add('admin');
  }
  return Object.values(ITEMS)
    .filter((item) => sections.has(item.section))
    .map((item) =>
      // The issuing tiers' tasks are their own supervision of their plan (本级监督), not work from above.
      item.section === 'tasks' && isIssuingLevel(user.tenant.level) ? { ...item, label: '监督任务' } : item,
    );
}
