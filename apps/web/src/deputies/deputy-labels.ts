import type {
  DeputyLevel,
  DeputyStatus,
  ParticipationStatus,
  ParticipationTargetKind,
} from '../graphql/generated/enums';

export const DEPUTY_LEVEL_LABEL: Record<DeputyLevel, string> = {
  NATIONAL: '全国',
  PROVINCIAL: '省',
  CITY: '市',
  COUNTY: '县',
  TOWNSHIP: '乡',
};

export const DEPUTY_STATUS_LABEL: Record<DeputyStatus, string> = {
  ACTIVE: '履职',
  LEFT: '终止代表资格',
};

export const PARTICIPATION_STATUS_LABEL: Record<ParticipationStatus, string> = {
  INVITED: '已邀请',
  ATTENDED: '出席',
  ABSENT: '缺席',
};

export const PARTICIPATION_TARGET_LABEL: Record<ParticipationTargetKind, string> = {
  ACTIVITY: '监督活动',
  VERIFICATION: '交办事项核查',
  APPRAISAL: '评议',
};
