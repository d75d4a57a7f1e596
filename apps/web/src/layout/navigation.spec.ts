import { navigationFor, type NavigationUser } from './navigation';

function sectionsOf(user: NavigationUser): string[] {
  return navigationFor(user).map((item) => item.section);
}

describe('navigationFor', () => {
  it('gives a city coordinator plans, its own supervision tasks, findings, handoffs, the ledger and sessions', () => {
    expect(sectionsOf({ roles: ['COORDINATOR'], tenant: { level: 'CITY' } })).toEqual([
      'dashboard',
      'committeeProgress',
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
      'admin',
    ]);
    const tasks = navigationFor({ roles: ['COORDINATOR'], tenant: { level: 'CITY' } }).find(
      (item) => item.section === 'tasks',
    );
    expect(tasks?.label).toBe('监督任务');
  });

  it('gives every tier of congress staff 会议与审议意见, and no department', () => {
    for (const level of ['CITY', 'COUNTY', 'TOWNSHIP'] as const) {
      expect(sectionsOf({ roles: ['MEMBER'], tenant: { level } })).toContain('sessions');
    }
    expect(sectionsOf({ roles: ['DEPARTMENT'], tenant: { level: 'CITY' } })).not.toContain('sessions');
  });

  it('gives every tier of congress staff 评议 and 协同监督, and no department', () => {
    for (const level of ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'] as const) {
      expect(sectionsOf({ roles: ['MEMBER'], tenant: { level } })).toEqual(
        expect.arrayContaining(['appraisals', 'referrals']),
      );
    }
    const department = sectionsOf({ roles: ['DEPARTMENT'], tenant: { level: 'CITY' } });
    expect(department).not.toContain('appraisals');
    expect(department).not.toContain('referrals');
  });

  it('gives every tier of congress staff 公开发布, and no department', () => {
    for (const level of ['CITY', 'COUNTY', 'TOWNSHIP'] as const) {
      expect(sectionsOf({ roles: ['MEMBER'], tenant: { level } })).toContain('disclosures');
    }
    expect(sectionsOf({ roles: ['DEPARTMENT'], tenant: { level: 'CITY' } })).not.toContain('disclosures');
  });

  it('gives every tier of congress staff 专家库, and no department', () => {
    for (const level of ['CITY', 'COUNTY', 'TOWNSHIP'] as const) {
      expect(sectionsOf({ roles: ['MEMBER'], tenant: { level } })).toContain('experts');
    }
    expect(sectionsOf({ roles: ['DEPARTMENT'], tenant: { level: 'CITY' } })).not.toContain('experts');
  });

  it('gives a county its assignments as well as the plans it works to', () => {
    expect(sectionsOf({ roles: ['COORDINATOR'], tenant: { level: 'COUNTY' } })).toEqual([
      'dashboard',
      'committeeProgress',
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
      'admin',
    ]);
  });

  it('gives a township no plan authoring', () => {
    expect(sectionsOf({ roles: ['MEMBER'], tenant: { level: 'TOWNSHIP' } })).not.toContain('plans');
  });

  it('gives a department only its own figures and the handoffs made to it', () => {
    const items = navigationFor({ roles: ['DEPARTMENT'], tenant: { level: 'CITY' } });
    expect(items.map((item) => [item.section, item.label])).toEqual([
      ['dashboard', '看板'],
      ['handoffs', '交办件'],
      ['notifications', '消息'],
    ]);
  });

  it('adds administration for administrators and coordinators, not for other staff', () => {
    expect(sectionsOf({ roles: ['ADMIN'], tenant: { level: 'CITY' } })).toContain('admin');
    expect(sectionsOf({ roles: ['COORDINATOR'], tenant: { level: 'TOWNSHIP' } })).toContain('admin');
    expect(sectionsOf({ roles: ['MEMBER'], tenant: { level: 'CITY' } })).not.toContain('admin');
    expect(sectionsOf({ roles: ['VIEWER'], tenant: { level: 'COUNTY' } })).not.toContain('admin');
  });

  it('gives the committee scorecard to the 统筹办’s staff, whatever their role', () => {
    const tongchou = { coordinates: true };
    expect(sectionsOf({ roles: ['MEMBER'], tenant: { level: 'CITY' }, committee: tongchou })).toContain(
      'committeeProgress',
    );
  });

  it('keeps the committee scorecard from other committees’ staff and from townships', () => {
    const caijing = { coordinates: false };
    expect(sectionsOf({ roles: ['MEMBER'], tenant: { level: 'CITY' }, committee: caijing })).not.toContain(
      'committeeProgress',
    );
    expect(sectionsOf({ roles: ['COORDINATOR'], tenant: { level: 'TOWNSHIP' } })).not.toContain(
      'committeeProgress',
    );
  });

  it('gives a department account no administration and no scorecard', () => {
    expect(
      sectionsOf({ roles: ['DEPARTMENT'], tenant: { level: 'CITY' }, committee: { coordinates: true } }),
    ).toEqual(['dashboard', 'handoffs', 'notifications']);
  });
});
