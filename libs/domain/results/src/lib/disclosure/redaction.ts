/**
 * Automatic redaction of what may be published (公开脱敏). Personal data never passes: mobile and landline
 * numbers, ID-card numbers, e-mail addresses, and the names of the people the subject lists (reporters,
 * verifiers, the staff who issued or answered it). Nor does anything a covert visit (暗访) found out about
 * its sources: the location, the account and the informants of a covert finding are masked wherever they
 * appear, whole or in part. The server applies these rules to the drafted body and again to every hand edit.
 */

/** What the subject itself says must not pass. */
export interface RedactionSubject {
  /** People named in the subject: masked wherever they appear. */
  names: readonly string[];
  /** Texts of covert findings and activities (source, location, informant, account): never published. */
  covertTexts: readonly string[];
}

export const MASK = '■';

/** The shortest piece of a covert text that is masked on its own; shorter pieces are too common to tell. */
export const MIN_COVERT_PIECE = 4;
const MIN_NAME = 2;

const ID_CARD =
  /(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

function masked(match: string): string {
  return MASK.repeat(Math.min(Array.from(match).length, 6));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A covert text and its clauses (split at punctuation and line breaks) long enough to recognise. */
export function covertPieces(text: string): string[] {
  const whole = text.trim();
  const clauses = whole
    .split(/[\s,，。;；:：、!！?？()（）"“”'‘’《》【】\n\r]+/u)
    .map((clause) => clause.trim())
    .filter((clause) => Array.from(clause).length >= MIN_COVERT_PIECE);
  return [whole, ...clauses].filter((piece) => Array.from(piece).length >= MIN_COVERT_PIECE);
}

/** The same text with every rule applied; running it again changes nothing. */
export function redact(text: string, subject: RedactionSubject): string {
  let out = text;
  const literals = [
    ...subject.covertTexts.flatMap(covertPieces),
    ...subject.names.map((name) => name.trim()).filter((name) => Array.from(name).length >= MIN_NAME),
  ];
  // Longest first, so a whole covert account is masked before a clause of it.
  const unique = [...new Set(literals)].sort((a, b) => b.length - a.length);
  for (const literal of unique) {
    out = out.replace(new RegExp(escapeRegExp(literal), 'gu'), masked);
  }
  return out
    .replace(ID_CARD, masked)
    .replace(MOBILE, masked)
    .replace(LANDLINE, masked)
    .replace(EMAIL, masked);
}

/** Whether `text` still shows something the rules mask. */
export function needsRedaction(text: string, subject: RedactionSubject): boolean {
  return redact(text, subject) !== text;
}
