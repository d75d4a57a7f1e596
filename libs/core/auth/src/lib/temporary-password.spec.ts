import { passwordProblems } from './password-rules';
import { TEMPORARY_PASSWORD_LENGTH, temporaryPassword } from './temporary-password';

const context = { username: '4103-caijing-wang', known: ['liandong-demo'] };

describe('temporaryPassword', () => {
  const drawn = Array.from({ length: 2000 }, () => temporaryPassword(context));

  it('is at least 12 characters: three groups of four and two hyphens', () => {
    expect(TEMPORARY_PASSWORD_LENGTH).toBeGreaterThanOrEqual(12);
    for (const password of drawn) {
      expect(password).toHaveLength(TEMPORARY_PASSWORD_LENGTH);
      expect(password).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    }
  });

  it('passes every rule of a person’s own password', () => {
    for (const password of drawn) {
      expect(passwordProblems(password, context)).toEqual([]);
    }
  });

  it('leaves out characters that read alike on paper (0 O 1 l I)', () => {
    expect(drawn.join('')).not.toMatch(/[0O1lI]/);
  });

  it('never repeats and uses the whole alphabet (about 70 bits, uniformly drawn)', () => {
    expect(new Set(drawn).size).toBe(drawn.length);
    const characters = drawn.join('').replaceAll('-', '');
    const counts = new Map<string, number>();
    for (const character of characters) {
      counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    expect(counts.size).toBe(56);
    // 24,000 draws over 56 symbols: about 429 each; a skewed source would leave some far off that.
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(300);
      expect(count).toBeLessThan(560);
    }
  });

  it('avoids the username and a known password even when they are short', () => {
    for (let i = 0; i < 500; i += 1) {
      const password = temporaryPassword({ username: 'abc', known: ['Kx7'] });
      expect(password.toLowerCase()).not.toContain('abc');
      expect(password.toLowerCase()).not.toContain('kx7');
    }
  });
});
