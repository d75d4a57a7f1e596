import { registerEnumType } from '@nestjs/graphql';

/** The kinds of body a tier works with (协同监督). */
export enum CollaboratingBodyKind {
  AUDIT = 'AUDIT',
  DISCIPLINE = 'DISCIPLINE',
  COURT = 'COURT',
  PROCURATORATE = 'PROCURATORATE',
  FINANCE = 'FINANCE',
  STATISTICS = 'STATISTICS',
  PETITIONS = 'PETITIONS',
  OTHER = 'OTHER',
}

/** 线索移送: sent → received (with the body's receipt number) → concluded (with its outcome) → closed. */
export enum ReferralStatus {
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
  CONCLUDED = 'CONCLUDED',
  CLOSED = 'CLOSED',
}

registerEnumType(CollaboratingBodyKind, {
  name: 'CollaboratingBodyKind',
  description:
    'AUDIT 审计局, DISCIPLINE 纪委监委, COURT 法院, PROCURATORATE 检察院, FINANCE 财政局, STATISTICS 统计局, PETITIONS 信访局, OTHER 其他',
});
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'SENT 已移送, RECEIVED 已接收, CONCLUDED 已办结, CLOSED 已归档',
});

export const COLLABORATING_BODY_KIND_NAMES: Record<CollaboratingBodyKind, string> = {
  [CollaboratingBodyKind.AUDIT]: '审计局',
  [CollaboratingBodyKind.DISCIPLINE]: '纪委监委',
  [CollaboratingBodyKind.COURT]: '法院',
  [CollaboratingBodyKind.PROCURATORATE]: '检察院',
  [CollaboratingBodyKind.FINANCE]: '财政局',
  [CollaboratingBodyKind.STATISTICS]: '统计局',
  [CollaboratingBodyKind.PETITIONS]: '信访局',
  [CollaboratingBodyKind.OTHER]: '其他',
};
