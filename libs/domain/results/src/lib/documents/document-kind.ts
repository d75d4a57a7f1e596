import { registerEnumType } from '@nestjs/graphql';

/** What a generated document is: a letter to a responsible unit, or a joint project's result report. */
export enum DocumentKind {
  /** 交办函 */
  HANDOFF_LETTER = 'HANDOFF_LETTER',
  /** 督办函 */
  PRESSING_LETTER = 'PRESSING_LETTER',
  /** 成果报告 */
  PROJECT_REPORT = 'PROJECT_REPORT',
}

/** The letter a handing-over tier may generate for a handoff. */
export enum LetterKind {
  HANDOFF = 'HANDOFF',
  PRESSING = 'PRESSING',
}

/** To whom a result report is sent (报送对象). */
export enum DeliveryRecipient {
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  DEPUTIES = 'DEPUTIES',
  GOVERNMENT = 'GOVERNMENT',
  OTHER = 'OTHER',
}

export const LETTER_DOCUMENT: Record<LetterKind, DocumentKind> = {
  [LetterKind.HANDOFF]: DocumentKind.HANDOFF_LETTER,
  [LetterKind.PRESSING]: DocumentKind.PRESSING_LETTER,
};

export const DOCUMENT_KIND_NAMES: Record<DocumentKind, string> = {
  [DocumentKind.HANDOFF_LETTER]: '交办函',
  [DocumentKind.PRESSING_LETTER]: '督办函',
  [DocumentKind.PROJECT_REPORT]: '成果报告',
};

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: '生成的文书: 交办函 / 督办函 / 成果报告',
});
registerEnumType(LetterKind, { name: 'LetterKind', description: '交办函 (HANDOFF) / 督办函 (PRESSING)' });
registerEnumType(DeliveryRecipient, {
  name: 'DeliveryRecipient',
  description: '报送对象: 党委 / 人大代表 / 政府 / 其他',
});
