import { registerEnumType } from '@nestjs/graphql';

/** What a deputy is invited to: an activity, a handoff's verification (核查), or an appraisal (评议). */
export enum ParticipationTargetKind {
  ACTIVITY = 'ACTIVITY',
  VERIFICATION = 'VERIFICATION',
  APPRAISAL = 'APPRAISAL',
}

/** 已邀请 → 出席 | 缺席. */
export enum ParticipationStatus {
  INVITED = 'INVITED',
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
}

registerEnumType(ParticipationTargetKind, {
  name: 'ParticipationTargetKind',
  description: 'ACTIVITY 监督活动, VERIFICATION 交办事项核查 (id = the handoff), APPRAISAL 评议',
});
registerEnumType(ParticipationStatus, {
  name: 'ParticipationStatus',
  description: 'INVITED 已邀请, ATTENDED 出席, ABSENT 缺席',
});
