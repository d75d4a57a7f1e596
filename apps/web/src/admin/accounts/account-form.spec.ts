import {
  accountUpdateInput,
  grantableRoles,
  importedAccounts,
  mayAdminister,
  newAccountInput,
  placementLabel,
  placementProblem,
} from './account-form';

describe('grantableRoles', () => {
  it('lets an administrator grant every role', () => {
    expect(grantableRoles(['ADMIN'])).toEqual(['COORDINATOR', 'MEMBER', 'VIEWER', 'DEPARTMENT', 'ADMIN']);
  });

  it('lets a coordinator grant every role but administrator', () => {
    expect(grantableRoles(['COORDINATOR'])).toEqual(['COORDINATOR', 'MEMBER', 'VIEWER', 'DEPARTMENT']);
  });

  it('lets other staff grant nothing', () => {
    expect(grantableRoles(['MEMBER'])).toEqual([]);
  });
});

describe('mayAdminister', () => {
  it('keeps a coordinator off an administrator’s account', () => {
    expect(mayAdminister(['COORDINATOR'], { roles: ['ADMIN'] })).toBe(false);
    expect(mayAdminister(['COORDINATOR'], { roles: ['MEMBER', 'VIEWER'] })).toBe(true);
    expect(mayAdminister(['ADMIN'], { roles: ['ADMIN'] })).toBe(true);
  });
});

describe('placementProblem', () => {
  it('asks a unit account for its unit', () => {
    expect(placementProblem({ roles: ['DEPARTMENT'], departmentId: null })).toBe('请选择所属承办单位');
  });

  it('refuses a unit account any other role', () => {
    expect(placementProblem({ roles: ['DEPARTMENT', 'MEMBER'], departmentId: 'd1' })).toBe(
      '承办单位账号只能有“承办单位”一个角色',
    );
  });

  it('finds nothing wrong with a staff account, with or without a committee', () => {
    expect(placementProblem({ roles: ['MEMBER'] })).toBeNull();
    expect(placementProblem({ roles: ['DEPARTMENT'], departmentId: 'd1' })).toBeNull();
  });
});

describe('account inputs', () => {
  it('sends a staff member’s committee and never a unit picked before the role changed', () => {
    expect(
      newAccountInput({
        username: ' 4103-caijing-wang ',
        displayName: ' 王敏 ',
        roles: ['MEMBER'],
        departmentId: 'd1',
        committeeId: 'c1',
      }),
    ).toEqual({ username: '4103-caijing-wang', displayName: '王敏', roles: ['MEMBER'], committeeId: 'c1' });
  });

  it('sends a unit account’s unit and no committee', () => {
    expect(
      newAccountInput({
        username: 'water',
        displayName: '水利局',
        roles: ['DEPARTMENT'],
        departmentId: 'd1',
      }),
    ).toEqual({ username: 'water', displayName: '水利局', roles: ['DEPARTMENT'], departmentId: 'd1' });
  });

  it('clears the placement an update no longer has', () => {
    expect(
      accountUpdateInput({ username: 'x', displayName: '王敏', roles: ['VIEWER'], departmentId: 'd1' }),
    ).toEqual({ displayName: '王敏', roles: ['VIEWER'], departmentId: null, committeeId: null });
  });
});

describe('placementLabel', () => {
  it('names the unit, else the committee, else a dash', () => {
    expect(placementLabel({ department: { id: 'd', name: '洛阳市水利局' }, committee: null })).toBe(
      '洛阳市水利局',
    );
    expect(placementLabel({ department: null, committee: { id: 'c', name: '财政经济委员会' } })).toBe(
      '财政经济委员会',
    );
    expect(placementLabel({ department: null, committee: null })).toBe('—');
  });
});

describe('importedAccounts', () => {
  it('reads each created account with its temporary password', () => {
    const body = {
      imported: 2,
      accounts: [
        { id: 'a1', username: 'wang', displayName: '王敏', temporaryPassword: 'Tmp-1' },
        { id: 'a2', username: 'li', displayName: '李强', temporaryPassword: 'Tmp-2' },
      ],
    };
    expect(importedAccounts(body)).toEqual([
      { username: 'wang', displayName: '王敏', temporaryPassword: 'Tmp-1' },
      { username: 'li', displayName: '李强', temporaryPassword: 'Tmp-2' },
    ]);
  });

  it('reads nothing from a refusal or a malformed answer', () => {
    expect(importedAccounts({ code: 'BAD_USER_INPUT', rows: [] })).toEqual([]);
    expect(importedAccounts({ accounts: [{ username: 'x' }, null] })).toEqual([]);
    expect(importedAccounts(null)).toEqual([]);
  });
});
