import { randomInt } from 'node:crypto';
import { PasswordContext, passwordProblems } from './password-rules';

/*
 * Letters and digits a person can read off a slip of paper and type without mixing them up: no 0/O, 1/l/I.
 * 56 symbols, 12 of them drawn: about 70 bits, far beyond guessing before the holder changes it.
 */
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LOWER + UPPER + DIGITS;
const GROUPS = 3;
const GROUP_LENGTH = 4;
const MAX_DRAWS = 100;

/** 12 random characters and two hyphens: `Kx7m-Pq3z-W8fd`. */
export const TEMPORARY_PASSWORD_LENGTH = GROUPS * GROUP_LENGTH + GROUPS - 1;

function draw(): string {
  return Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');
}

/**
 * A password an administrator issues (a new account, a reset), from the operating system's cryptographic
 * random source, that passes every rule a person's own password must pass. It is shown once and the holder
 * must replace it at the first sign-in.
 */
export function temporaryPassword(context: PasswordContext): string {
  for (let attempt = 0; attempt < MAX_DRAWS; attempt += 1) {
    const candidate = draw();
    if (passwordProblems(candidate, context, 'password').length === 0) {
      return candidate;
    }
  }
  // Only a known password made of a single common character could refuse a hundred draws in a row.
  throw new Error('no temporary password passed the password rules in 100 draws');
}
