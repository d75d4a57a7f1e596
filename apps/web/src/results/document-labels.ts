import type { DeliveryRecipient, DocumentKind } from '../graphql/generated/enums';

export const DOCUMENT_KIND_LABEL: Record<DocumentKind, string> = {
  HANDOFF_LETTER: '交办函',
  PRESSING_LETTER: '督办函',
  PROJECT_REPORT: '成果报告',
};

export const RECIPIENT_LABEL: Record<DeliveryRecipient, string> = {
  PARTY_COMMITTEE: '党委',
  DEPUTIES: '人大代表',
  GOVERNMENT: '政府',
  OTHER: '其他',
};

/** 12.3 KB: the size of a file as people read it. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
