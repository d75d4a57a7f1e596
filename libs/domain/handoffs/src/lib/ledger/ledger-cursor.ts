import { AppException, isUuid } from '@liandong/errors';

/**
 * Opaque keyset cursors: base64url of `issuedAt|id`. `issuedAt` keeps the column's microseconds (the
 * database stamps it with now()), so a JavaScript Date, which keeps only milliseconds, is not used.
 */
export interface LedgerCursor {
  /** ISO 8601 in UTC with up to six fractional digits, as the ledger query returns it. */
  issuedAt: string;
  id: string;
}

const ISSUED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function encodeLedgerCursor(cursor: LedgerCursor): string {
  return Buffer.from(`${cursor.issuedAt}|${cursor.id}`).toString('base64url');
}

export function decodeLedgerCursor(cursor: string): LedgerCursor {
  const [issuedAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !issuedAt || !ISSUED_AT.test(issuedAt) || !id || !isUuid(id)) {
    throw AppException.badInput('after', 'INVALID_CURSOR', { zh: '分页游标无效', en: 'Invalid cursor.' });
  }
  return { issuedAt, id };
}
