import type {
  AppraisalGroupKind,
  AppraisalKind,
  AppraisalStatus,
  AppraisalSubjectKind,
} from '../graphql/generated/enums';

export const APPRAISAL_KIND_LABEL: Record<AppraisalKind, string> = {
  PERFORMANCE: '履职评议',
  BUSINESS_ENVIRONMENT: '优化营商环境工作评议',
  SATISFACTION: '“四个满意”评议',
  WORK: '工作评议',
};

export const APPRAISAL_STATUS_LABEL: Record<AppraisalStatus, string> = {
  DRAFT: '筹备中',
  VOTING: '计票中',
  DECIDED: '已作出结论',
};

export const APPRAISAL_STATUS_COLOR: Record<AppraisalStatus, string> = {
  DRAFT: 'default',
  VOTING: 'processing',
  DECIDED: 'green',
};

export const APPRAISAL_SUBJECT_KIND_LABEL: Record<AppraisalSubjectKind, string> = {
  UNIT: '单位',
  REPORT: '报告',
  PERSON: '个人',
};

export const APPRAISAL_GROUP_KIND_LABEL: Record<AppraisalGroupKind, string> = {
  MEMBERS: '常委会组成人员',
  DEPUTIES: '人大代表',
  PUBLIC: '服务对象/群众',
  PARTY: '党委',
  OTHER: '其他',
};

/** The options of a Select over a label map, in the map's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
