import { assertPermission, canSeeSubtreeOf, hasPermission, isAncestorOfCaller, Permission } from './access';
import { Caller } from './caller';
import { Role } from './role';
import { childPathTowards, isWithinPath } from './tenant-path';
import { TenantLevel } from './tenant-level';

function caller(overrides: Partial<Caller> = {}): Caller {
  return {
    userId: 'u',
    username: '410302',
    tenantId: 't',
    tenantPath: '4103.410302',
    tenantLevel: TenantLevel.COUNTY,
    roles: [Role.COORDINATOR],
    departmentId: null,
    committee: null,
    ...overrides,
  };
}

describe('tenant paths', () => {
  it('counts a path as within itself and its ancestors, never a sibling sharing a prefix', () => {
    expect(isWithinPath('4103.410302', '4103.410302')).toBe(true);
    expect(isWithinPath('4103.410302.410302001', '4103')).toBe(true);
    expect(isWithinPath('4103.4103021', '4103.410302')).toBe(false);
    expect(isWithinPath('4103', '4103.410302')).toBe(false);
  });

  it('finds the child of a scope on the way to a deeper path', () => {
    expect(childPathTowards('4103.410302.410302001', '4103')).toBe('4103.410302');
    expect(childPathTowards('4103', '4103')).toBe('4103');
  });
});

describe('visibility', () => {
  it('lets a county see its townships but not its neighbour', () => {
    expect(canSeeSubtreeOf(caller(), '4103.410302.410302001')).toBe(true);
    expect(canSeeSubtreeOf(caller(), '4103.410303')).toBe(false);
    expect(canSeeSubtreeOf(caller(), '4103')).toBe(false);
  });

  it('shows a department account nothing of the tree', () => {
    const department = caller({ roles: [Role.DEPARTMENT], departmentId: 'd' });
    expect(canSeeSubtreeOf(department, '4103.410302')).toBe(false);
  });

  it('knows the ancestors of the caller', () => {
    expect(isAncestorOfCaller(caller(), '4103')).toBe(true);
    expect(isAncestorOfCaller(caller(), '4103.410302')).toBe(false);
    expect(isAncestorOfCaller(caller(), '4103.410303')).toBe(false);
  });
});

describe('permissions by role', () => {
  it.each([
    [Role.COORDINATOR, Permission.MANAGE_PLANS, true],
    [Role.COORDINATOR, Permission.HAND_OVER, true],
    [Role.COORDINATOR, Permission.WORK_HANDOFFS, false],
    [Role.MEMBER, Permission.REPORT_FINDINGS, true],
    [Role.MEMBER, Permission.REVIEW_FINDINGS, false],
    [Role.MEMBER, Permission.MANAGE_PLANS, false],
    [Role.VIEWER, Permission.READ, true],
    [Role.VIEWER, Permission.REPORT_FINDINGS, false],
    [Role.DEPARTMENT, Permission.WORK_HANDOFFS, true],
    [Role.DEPARTMENT, Permission.HAND_OVER, false],
    [Role.ADMIN, Permission.ADMINISTER, true],
    [Role.ADMIN, Permission.HAND_OVER, false],
    [Role.ADMIN, Permission.ADMINISTER_ORGANISATION, true],
    [Role.COORDINATOR, Permission.ADMINISTER_ORGANISATION, true],
    [Role.COORDINATOR, Permission.ADMINISTER, false],
    [Role.MEMBER, Permission.ADMINISTER_ORGANISATION, false],
    [Role.VIEWER, Permission.ADMINISTER_ORGANISATION, false],
    [Role.DEPARTMENT, Permission.ADMINISTER_ORGANISATION, false],
  ])('%s has %s: %s', (role, permission, expected) => {
    expect(hasPermission(caller({ roles: [role] }), permission)).toBe(expected);
  });

  it('refuses with FORBIDDEN, naming the reason and the permission missing', () => {
    expect(() => assertPermission(caller({ roles: [Role.VIEWER] }), Permission.HAND_OVER)).toThrow(
      expect.objectContaining({
        code: 'FORBIDDEN',
        reason: 'ROLE_LACKS_PERMISSION',
        zh: '当前账号(VIEWER)无此权限',
        en: 'Your role may not do this (HAND_OVER).',
        details: { permission: 'HAND_OVER' },
      }),
    );
  });
});
