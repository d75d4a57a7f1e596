import { Role } from '@liandong/tenancy';
import {
  displayNameProblems,
  firstUngrantableRole,
  grantableRoles,
  normalRoles,
  placementProblems,
  usernameProblems,
} from './account-rules';

const UNIT = '00000000-0000-4000-8000-000000000001';
const COMMITTEE = '00000000-0000-4000-8000-000000000002';

const reasons = (problems: Array<{ field: string; reason: string }>): string[] =>
  problems.map((problem) => `${problem.field}:${problem.reason}`);

describe('role grants', () => {
  it('an ADMIN grants every role', () => {
    expect([...grantableRoles([Role.ADMIN])].sort()).toEqual(Object.values(Role).sort());
    expect(firstUngrantableRole([Role.ADMIN], [Role.ADMIN, Role.COORDINATOR])).toBeNull();
  });

  it('a COORDINATOR grants COORDINATOR, MEMBER, VIEWER and DEPARTMENT, never ADMIN', () => {
    expect([...grantableRoles([Role.COORDINATOR])].sort()).toEqual(
      [Role.COORDINATOR, Role.DEPARTMENT, Role.MEMBER, Role.VIEWER].sort(),
    );
    expect(firstUngrantableRole([Role.COORDINATOR], [Role.MEMBER, Role.VIEWER])).toBeNull();
    expect(firstUngrantableRole([Role.COORDINATOR], [Role.MEMBER, Role.ADMIN])).toBe(Role.ADMIN);
  });

  it.each([[Role.MEMBER], [Role.VIEWER], [Role.DEPARTMENT]])('a %s grants nothing', (role) => {
    expect(grantableRoles([role]).size).toBe(0);
    expect(firstUngrantableRole([role], [Role.VIEWER])).toBe(Role.VIEWER);
  });

  it('holding both, a COORDINATOR who is also ADMIN grants ADMIN', () => {
    expect(firstUngrantableRole([Role.COORDINATOR, Role.ADMIN], [Role.ADMIN])).toBeNull();
  });
});

describe('placement', () => {
  it('accepts staff with or without a committee, and a unit login with its unit', () => {
    expect(placementProblems({ roles: [Role.MEMBER], departmentId: null, committeeId: COMMITTEE })).toEqual(
      [],
    );
    expect(
      placementProblems({ roles: [Role.COORDINATOR, Role.VIEWER], departmentId: null, committeeId: null }),
    ).toEqual([]);
    expect(placementProblems({ roles: [Role.DEPARTMENT], departmentId: UNIT, committeeId: null })).toEqual(
      [],
    );
  });

  it('needs at least one role', () => {
    expect(reasons(placementProblems({ roles: [], departmentId: null, committeeId: null }))).toEqual([
      'roles:ROLES_REQUIRED',
    ]);
  });

  it('a DEPARTMENT account needs its unit', () => {
    expect(
      reasons(placementProblems({ roles: [Role.DEPARTMENT], departmentId: null, committeeId: null })),
    ).toEqual(['departmentId:DEPARTMENT_REQUIRED']);
  });

  it('a DEPARTMENT account holds no other role and no committee', () => {
    expect(
      reasons(
        placementProblems({
          roles: [Role.DEPARTMENT, Role.MEMBER],
          departmentId: UNIT,
          committeeId: COMMITTEE,
        }),
      ),
    ).toEqual(['roles:DEPARTMENT_ROLE_ALONE', 'committeeId:COMMITTEE_NOT_FOR_DEPARTMENT']);
  });

  it('a unit only for a DEPARTMENT account', () => {
    expect(
      reasons(placementProblems({ roles: [Role.MEMBER], departmentId: UNIT, committeeId: null })),
    ).toEqual(['departmentId:DEPARTMENT_WITHOUT_DEPARTMENT_ROLE']);
  });
});

describe('username and name', () => {
  it.each(['wang', '4103-caijing-wang', 'li.na_2', 'A1b'])('accepts the username %s', (username) => {
    expect(usernameProblems(username)).toEqual([]);
  });

  it.each([
    ['too short', 'ab'],
    ['too long', `a${'b'.repeat(40)}`],
    ['a leading dot', '.wang'],
    ['a leading hyphen', '-wang'],
    ['a space', 'wang li'],
    ['Chinese', '王力'],
    ['an @', 'wang@example'],
  ])('refuses %s', (_label, username) => {
    expect(reasons(usernameProblems(username))).toEqual(['username:INVALID_USERNAME']);
  });

  it('takes names of 1 to 60 characters, counting characters rather than bytes', () => {
    expect(displayNameProblems('王')).toEqual([]);
    expect(displayNameProblems('洛'.repeat(60))).toEqual([]);
    expect(reasons(displayNameProblems(''))).toEqual(['displayName:INVALID_DISPLAY_NAME']);
    expect(reasons(displayNameProblems('洛'.repeat(61)))).toEqual(['displayName:INVALID_DISPLAY_NAME']);
  });
});

describe('normalRoles', () => {
  it('keeps each role once, in the enum order', () => {
    expect(normalRoles([Role.VIEWER, Role.MEMBER, Role.VIEWER, Role.ADMIN])).toEqual([
      Role.ADMIN,
      Role.MEMBER,
      Role.VIEWER,
    ]);
  });
});
