import { adminTabOf, adminTabPath, adminTabsFor } from './admin-tabs';

describe('adminTabsFor', () => {
  it('gives an administrator the catalogue and calendar first, then the office’s organisation', () => {
    expect(adminTabsFor(['ADMIN'])).toEqual(['catalogue', 'units', 'committees', 'accounts', 'bodies']);
  });

  it('gives a coordinator the office’s organisation only', () => {
    expect(adminTabsFor(['COORDINATOR'])).toEqual(['units', 'committees', 'accounts', 'bodies']);
  });

  it('gives other staff nothing', () => {
    expect(adminTabsFor(['MEMBER', 'VIEWER'])).toEqual([]);
  });
});

describe('tab addresses', () => {
  const coordinator = adminTabsFor(['COORDINATOR']);
  const admin = adminTabsFor(['ADMIN']);

  it('opens /admin on the first tab a role has', () => {
    expect(adminTabOf(undefined, coordinator)).toBe('units');
    expect(adminTabOf(undefined, admin)).toBe('catalogue');
    expect(adminTabPath('units', coordinator)).toBe('/admin');
    expect(adminTabPath('units', admin)).toBe('/admin/units');
  });

  it('reads the tab from the address, and a tab not offered as the first', () => {
    expect(adminTabOf('accounts', coordinator)).toBe('accounts');
    expect(adminTabOf('catalogue', coordinator)).toBe('units');
  });
});
