import type {
  AnnualPlanStatus,
  AssignmentStatus,
  DepartmentKind,
  EvaluationResult,
  EvaluationScheme,
  ExtensionStatus,
  FindingSource,
  FindingStatus,
  HandoffStatus,
  LedgerItemKind,
  LocalPlanStatus,
  PlanItemStatus,
  Role,
  Severity,
  SessionKind,
  TenantLevel,
} from '../graphql/generated/enums';

export const LEVEL_LABEL: Record<TenantLevel, string> = {
  PROVINCE: '省级',
  CITY: '市级',
  COUNTY: '县区',
  TOWNSHIP: '乡镇(街道)',
};

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: '系统管理员',
  COORDINATOR: '统筹协调',
  MEMBER: '工作人员',
  VIEWER: '查看',
  DEPARTMENT: '承办单位',
};

/** 承办单位类型, in the order the pickers offer them. */
export const DEPARTMENT_KIND_LABEL: Record<DepartmentKind, string> = {
  PEOPLES_GOVERNMENT: '人民政府',
  GOVERNMENT_DEPARTMENT: '政府部门',
  SUPERVISORY_COMMISSION: '监察委员会',
  PEOPLES_COURT: '人民法院',
  PEOPLES_PROCURATORATE: '人民检察院',
  TOWNSHIP_GOVERNMENT: '乡镇人民政府',
  SUBDISTRICT_OFFICE: '街道办事处',
  OTHER: '其他',
};

export const FINDING_STATUS_LABEL: Record<FindingStatus, string> = {
  REPORTED: '待审核',
  RETURNED: '已退回',
  ACCEPTED: '已采纳',
  HANDED_OVER: '已交办',
  RECTIFYING: '整改中',
  CLOSED: '已销号',
  MERGED: '已合并',
  DISMISSED: '不予采纳',
};

/** Antd tag colours per finding status: open work warm, done green, set aside grey. */
/** 问题来源 */
export const FINDING_SOURCE_LABEL: Record<FindingSource, string> = {
  OWN_SUPERVISION: '自身监督',
  AUDIT_REPORT: '审计报告',
  PUBLIC_COMPLAINT: '群众投诉',
  DEPUTY_SUGGESTION: '代表建议',
};

export const FINDING_STATUS_COLOR: Record<FindingStatus, string> = {
  REPORTED: 'gold',
  RETURNED: 'orange',
  ACCEPTED: 'blue',
  HANDED_OVER: 'geekblue',
  RECTIFYING: 'purple',
  CLOSED: 'green',
  MERGED: 'default',
  DISMISSED: 'default',
};

export const HANDOFF_STATUS_LABEL: Record<HandoffStatus, string> = {
  ISSUED: '待签收',
  SIGNED: '已签收',
  RECTIFYING: '整改中',
  REPLIED: '已报告待验收',
  CLOSED: '已销号',
};

export const HANDOFF_STATUS_COLOR: Record<HandoffStatus, string> = {
  ISSUED: 'gold',
  SIGNED: 'blue',
  RECTIFYING: 'purple',
  REPLIED: 'cyan',
  CLOSED: 'green',
};

export const ASSIGNMENT_STATUS_LABEL: Record<AssignmentStatus, string> = {
  ISSUED: '待签收',
  ACKNOWLEDGED: '已签收',
  IN_PROGRESS: '实施中',
  REPORTED: '已报送',
  CLOSED: '已办结',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  NORMAL: '一般',
  SERIOUS: '较重',
  CRITICAL: '严重',
};

export const SEVERITY_COLOR: Record<Severity, string> = {
  NORMAL: 'default',
  SERIOUS: 'orange',
  CRITICAL: 'red',
};

export const ANNUAL_PLAN_STATUS_LABEL: Record<AnnualPlanStatus, string> = {
  DRAFT: '草稿',
  ADOPTED: '已通过',
};

export const LOCAL_PLAN_STATUS_LABEL: Record<LocalPlanStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  RETURNED: '已退回',
  ACCEPTED: '已通过',
};

export const EXTENSION_STATUS_LABEL: Record<ExtensionStatus, string> = {
  PENDING: '待审批',
  APPROVED: '已同意',
  REJECTED: '未同意',
};

export const EVALUATION_SCHEME_LABEL: Record<EvaluationScheme, string> = {
  THREE_GRADE: '满意/基本满意/不满意',
  BINARY: '满意/不满意',
  SCORE_100: '百分制',
};

export const EVALUATION_RESULT_LABEL: Record<EvaluationResult, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
  PASSED: '通过',
  FAILED: '未通过',
};

/** 计划项目的状态 (监督法: the plan is carried out, or adjusted by a decision). */
export const PLAN_ITEM_STATUS_LABEL: Record<PlanItemStatus, string> = {
  NOT_STARTED: '未启动',
  STARTED: '已启动',
  COMPLETED: '已完成',
  ADJUSTED: '已调整',
};

export const PLAN_ITEM_STATUS_COLOR: Record<PlanItemStatus, string> = {
  NOT_STARTED: 'default',
  STARTED: 'blue',
  COMPLETED: 'green',
  ADJUSTED: 'orange',
};

/** 台账事项的类别, in the order the ledger lists them. */
export const LEDGER_ITEM_KIND_LABEL: Record<LedgerItemKind, string> = {
  FINDINGS: '问题交办',
  REVIEW_OPINION: '审议意见',
  RESOLUTION: '决议',
  APPRAISAL_RE_REPORT: '评议整改再报告',
};

export const LEDGER_ITEM_KIND_COLOR: Record<LedgerItemKind, string> = {
  FINDINGS: 'geekblue',
  REVIEW_OPINION: 'purple',
  RESOLUTION: 'magenta',
  APPRAISAL_RE_REPORT: 'volcano',
};

export const SESSION_KIND_LABEL: Record<SessionKind, string> = {
  STANDING_COMMITTEE: '常委会会议',
  CHAIRMEN: '主任会议',
  PRESIDIUM: '主席团会议',
};
