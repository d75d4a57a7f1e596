import { navigationFor, type NavigationUser } from './navigation';

function sectionsOf(user: NavigationUser): string[] {
  return navigationFor(user).map((item) => item.section);
}

describe('navigationFor', () => {
  it('gives a city coordinator plans, findings, handoffs and the ledger, but no assignments', () => {
    expect(sectionsOf({ roles: ['COORDINATOR'], tenant: { level: 'CITY' } })).toEqual([
      'dashboard',
      'plans',
      'findings',
      'handoffs',
      'ledger',
      'notifications',
    ]);
  });

  it('gives a county its assignments as well as the plans it works to', () => {
    expect(sectionsOf({ roles: ['COORDINATOR'], tenant: { level: 'COUNTY' } })).toEqual([
      'dashboard',
      'plans',
      'tasks',
      'findings',
      'handoffs',
      'ledger',
      'notifications',
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

  it('adds administration for an admin account only', () => {
    expect(sectionsOf({ roles: ['ADMIN'], tenant: { level: 'CITY' } })).toContain('admin');
    expect(sectionsOf({ roles: ['COORDINATOR'], tenant: { level: 'CITY' } })).not.toContain('admin');
  });
});
