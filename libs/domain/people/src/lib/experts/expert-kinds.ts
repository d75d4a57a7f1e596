import { registerEnumType } from '@nestjs/graphql';

/** Where an expert stands in the pool; only the expert transition table moves it. */
export enum ExpertStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  RETIRED = 'RETIRED',
}

/** A declared conflict of interest (利益冲突申报). */
export enum ExpertConflictKind {
  /** Works at the unit. */
  SAME_UNIT = 'SAME_UNIT',
  /** A declared relation to the unit, e.g. 近亲属在该单位任职. */
  RELATION = 'RELATION',
  /** Asked to stand aside from an activity or a project (申请回避). */
  RECUSAL = 'RECUSAL',
}

/** Why an expert is not proposed for an activity, or refused when invited. */
export enum ExpertExclusion {
  SAME_UNIT = 'SAME_UNIT',
  RELATION = 'RELATION',
  RECUSAL = 'RECUSAL',
  INACTIVE = 'INACTIVE',
  TERM_ENDED = 'TERM_ENDED',
  ALREADY_INVITED = 'ALREADY_INVITED',
}

registerEnumType(ExpertStatus, {
  name: 'ExpertStatus',
  description: 'ACTIVE 在库, SUSPENDED 暂停, RETIRED 退出',
});
registerEnumType(ExpertConflictKind, {
  name: 'ExpertConflictKind',
  description: 'SAME_UNIT 同单位, RELATION 利害关系, RECUSAL 申请回避',
});
registerEnumType(ExpertExclusion, {
  name: 'ExpertExclusion',
  description:
    'SAME_UNIT 与被监督单位同单位, RELATION 申报有利害关系, RECUSAL 已申请回避, INACTIVE 非在库状态, TERM_ENDED 聘期已满, ALREADY_INVITED 已邀请',
});

export const EXPERT_STATUS_NAMES: Record<ExpertStatus, string> = {
  [ExpertStatus.ACTIVE]: '在库',
  [ExpertStatus.SUSPENDED]: '暂停',
  [ExpertStatus.RETIRED]: '退出',
};

export const EXPERT_EXCLUSION_TEXTS: Record<ExpertExclusion, string> = {
  [ExpertExclusion.SAME_UNIT]: '与被监督单位同单位',
  [ExpertExclusion.RELATION]: '申报有利害关系',
  [ExpertExclusion.RECUSAL]: '已申请回避',
  [ExpertExclusion.INACTIVE]: '非在库状态',
  [ExpertExclusion.TERM_ENDED]: '聘期已满',
  [ExpertExclusion.ALREADY_INVITED]: '已邀请',
};

/** The suggested fields (领域) of the pool; an expert may carry others too. */
export const EXPERT_FIELD_CATALOGUE: readonly string[] = [
  '财政预算',
  '审计',
  '法律',
  '教育',
  '医疗卫生',
  '生态环境',
  '城乡建设',
  '农业农村',
  '营商环境',
  '社会保障',
  '科技',
  '文化旅游',
];
