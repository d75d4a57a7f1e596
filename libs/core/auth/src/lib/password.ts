import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3): the OWASP-recommended hash for passwords. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A stored hash no password verifies against (not argon2's format): an account that cannot sign in yet. */
export const UNUSABLE_PASSWORD_HASH = '!';
