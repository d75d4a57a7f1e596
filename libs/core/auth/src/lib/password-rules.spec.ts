import { passwordProblems } from './password-rules';

const context = { username: '410302-market', known: ['liandong-demo'] };

/** Each problem as its reason and both languages, so a test can check all three. */
function messages(password: string, extra: Partial<typeof context & { current: string }> = {}): string[] {
  return passwordProblems(password, { ...context, ...extra }).map(
    (problem) => `${problem.reason}: ${problem.zh} | ${problem.en}`,
  );
}

describe('passwordProblems', () => {
  it.each([
    ['lower, upper and digits', 'Harbour2024river'],
    ['lower, digits and symbols', 'harbour-2024-river'],
    ['upper, digits and symbols', 'HARBOUR-2024-RIVER'],
    ['Chinese, digits and symbols', '洛阳牡丹花会2024年4月!'],
    ['all five kinds', 'Luoyang洛阳-2024'],
  ])('accepts %s', (_label, password) => {
    expect(passwordProblems(password, context)).toEqual([]);
  });

  it('names the field it checks', () => {
    expect(passwordProblems('short', context)[0]?.field).toBe('newPassword');
    expect(passwordProblems('short', context, 'password')[0]?.field).toBe('password');
  });

  it('refuses fewer than 10 characters, counting characters rather than bytes', () => {
    expect(messages('Ab1-xyz9')).toEqual([
      expect.stringMatching(/^PASSWORD_TOO_SHORT: 至少 10 个字符.*at least 10/),
    ]);
    expect(messages('洛阳A1洛阳A1洛阳')).toEqual([]);
    expect(messages('洛阳A1洛阳A1洛')).toEqual([expect.stringMatching(/^PASSWORD_TOO_SHORT: .*at least 10/)]);
  });

  it('refuses more than 256 characters', () => {
    expect(messages(`Ab1-${'x'.repeat(253)}`)).toEqual([
      expect.stringMatching(/^PASSWORD_TOO_LONG: .*at most 256/),
    ]);
  });

  it.each([
    ['only lower case', 'harbourriverbank'],
    ['lower case and digits', 'harbour2024river'],
    ['upper case and symbols', 'HARBOUR-RIVER-BANK'],
    ['Chinese only', '洛阳市人民代表大会常务委员会'],
  ])('refuses %s (fewer than three kinds)', (_label, password) => {
    expect(messages(password)).toEqual([
      expect.stringMatching(/^PASSWORD_TOO_SIMPLE: .*三类.*at least three of/),
    ]);
  });

  it('refuses a password containing the username, whatever its case', () => {
    expect(messages('X-410302-MARKET-9')).toEqual([
      expect.stringMatching(/^PASSWORD_CONTAINS_USERNAME: .*用户名.*username/),
    ]);
  });

  it('refuses the demo password and passwords built on it', () => {
    expect(messages('Liandong-Demo-2024')).toEqual([
      expect.stringMatching(/^PASSWORD_KNOWN: .*演示密码.*demo password/),
    ]);
    expect(messages('liandong-demo')).toContainEqual(expect.stringMatching(/^PASSWORD_KNOWN: /));
  });

  it('refuses the current password as the new one', () => {
    expect(messages('Harbour2024river', { current: 'Harbour2024river' })).toEqual([
      expect.stringMatching(/^PASSWORD_UNCHANGED: .*当前密码.*current password/),
    ]);
    expect(messages('Harbour2024river', { current: 'Harbour2023river' })).toEqual([]);
  });

  it('lists every reason at once', () => {
    expect(messages('4103', { username: '4103' })).toHaveLength(3);
  });
});
