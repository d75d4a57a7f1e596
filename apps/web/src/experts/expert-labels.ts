import type { ExpertConflictKind, ExpertExclusion, ExpertStatus } from '../graphql/generated/enums';

export const EXPERT_STATUS_LABEL: Record<ExpertStatus, string> = {
  ACTIVE: '在库',
  SUSPENDED: '暂停',
  RETIRED: '退出',
};

export const EXPERT_STATUS_COLOR: Record<ExpertStatus, string> = {
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  RETIRED: 'default',
};

export const CONFLICT_KIND_LABEL: Record<ExpertConflictKind, string> = {
  SAME_UNIT: '同单位',
  RELATION: '利害关系',
  RECUSAL: '申请回避',
};

export const EXCLUSION_LABEL: Record<ExpertExclusion, string> = {
  SAME_UNIT: '与被监督单位同单位',
  RELATION: '申报有利害关系',
  RECUSAL: '已申请回避',
  INACTIVE: '非在库状态',
  TERM_ENDED: '聘期已满',
  ALREADY_INVITED: '已邀请',
};

/** The moves the expert status table allows, as the console offers them. */
export const STATUS_ACTIONS: Record<ExpertStatus, Array<{ to: ExpertStatus; label: string }>> = {
  ACTIVE: [
    { to: 'SUSPENDED', label: '暂停' },
    { to: 'RETIRED', label: '退出' },
  ],
  SUSPENDED: [
    { to: 'ACTIVE', label: '恢复' },
    { to: 'RETIRED', label: '退出' },
  ],
  RETIRED: [],
};
