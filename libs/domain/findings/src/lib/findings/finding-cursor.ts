import { AppException, isUuid } from '@liandong/errors';

/** Opaque keyset cursors: base64url of `reportedAt|id`. */
export function encodeFindingCursor(reportedAt: Date, id: string): string {
  return Buffer.from(`${reportedAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeFindingCursor(cursor: string): { reportedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const reportedAt = new Date(at ?? '');
  if (!id || !isUuid(id) || Number.isNaN(reportedAt.getTime())) {
    throw AppException.badInput('after', 'INVALID_CURSOR', { zh: '分页游标无效', en: 'invalid cursor' });
  }
  return { reportedAt, id };
}
