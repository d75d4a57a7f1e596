/** 草稿 / 已通过 */
export type AnnualPlanStatus = 'ADOPTED' | 'DRAFT';

/** 投票群体 */
export type AppraisalGroupKind =
  /** 人大代表 */
  | 'DEPUTIES'
  /** 常委会组成人员 */
  | 'MEMBERS'
  /** 其他 */
  | 'OTHER'
  /** 党委 */
  | 'PARTY'
  /** 服务对象/群众 */
  | 'PUBLIC';

/** 履职评议、营商环境评议、“四个满意”评议、工作评议 */
export type AppraisalKind =
  /** 优化营商环境工作评议 */
  | 'BUSINESS_ENVIRONMENT'
  /** 履职评议 (员额法官、员额检察官 …) */
  | 'PERFORMANCE'
  /** “四个满意”评议 */
  | 'SATISFACTION'
  /** 工作评议 */
  | 'WORK';

/** 筹备、计票中、已作出结论 */
export type AppraisalStatus = 'DECIDED' | 'DRAFT' | 'VOTING';

/** 单位、报告、个人 */
export type AppraisalSubjectKind = 'PERSON' | 'REPORT' | 'UNIT';

/** 任务状态:已下达、已签收、进行中、已报告、已结束 */
export type AssignmentStatus = 'ACKNOWLEDGED' | 'CLOSED' | 'IN_PROGRESS' | 'ISSUED' | 'REPORTED';

/** AUDIT 审计局, DISCIPLINE 纪委监委, COURT 法院, PROCURATORATE 检察院, FINANCE 财政局, STATISTICS 统计局, PETITIONS 信访局, OTHER 其他 */
export type CollaboratingBodyKind =
  'AUDIT' | 'COURT' | 'DISCIPLINE' | 'FINANCE' | 'OTHER' | 'PETITIONS' | 'PROCURATORATE' | 'STATISTICS';

/** 阻断 / 提示 */
export type ConformanceSeverity = 'BLOCKING' | 'WARNING';

/** 报送对象: 党委 / 人大代表 / 政府 / 其他 */
export type DeliveryRecipient = 'DEPUTIES' | 'GOVERNMENT' | 'OTHER' | 'PARTY_COMMITTEE';

/** 承办单位类型: PEOPLES_GOVERNMENT 人民政府, GOVERNMENT_DEPARTMENT 政府部门, SUPERVISORY_COMMISSION 监察委员会, PEOPLES_COURT 人民法院, PEOPLES_PROCURATORATE 人民检察院, TOWNSHIP_GOVERNMENT 乡镇人民政府, SUBDISTRICT_OFFICE 街道办事处, OTHER 其他 */
export type DepartmentKind =
  | 'GOVERNMENT_DEPARTMENT'
  | 'OTHER'
  | 'PEOPLES_COURT'
  | 'PEOPLES_GOVERNMENT'
  | 'PEOPLES_PROCURATORATE'
  | 'SUBDISTRICT_OFFICE'
  | 'SUPERVISORY_COMMISSION'
  | 'TOWNSHIP_GOVERNMENT';

/** NATIONAL 全国, PROVINCIAL 省, CITY 市, COUNTY 县, TOWNSHIP 乡 */
export type DeputyLevel = 'CITY' | 'COUNTY' | 'NATIONAL' | 'PROVINCIAL' | 'TOWNSHIP';

/** ACTIVE 履职, LEFT 终止代表资格 */
export type DeputyStatus = 'ACTIVE' | 'LEFT';

/** WEBSITE 人大网站, WECHAT 微信公众号, PROVINCIAL_MEDIA 省级媒体, NATIONAL_MEDIA 国家级媒体, DEPUTIES 向代表通报 */
export type DisclosureChannel = 'DEPUTIES' | 'NATIONAL_MEDIA' | 'PROVINCIAL_MEDIA' | 'WEBSITE' | 'WECHAT';

/** PROPOSED 待审核, REDACTED 已脱敏, APPROVED 已批准, PUBLISHED 已发布, REJECTED 未批准, WITHDRAWN 已撤回 */
export type DisclosureStatus = 'APPROVED' | 'PROPOSED' | 'PUBLISHED' | 'REDACTED' | 'REJECTED' | 'WITHDRAWN';

/** PROJECT_SUMMARY 项目总结, CLOSURE 整改销号, EVALUATION_RESULT 测评结果, REPORT 成果报告 */
export type DisclosureSubjectKind = 'CLOSURE' | 'EVALUATION_RESULT' | 'PROJECT_SUMMARY' | 'REPORT';

/** 生成的文书: 交办函 / 督办函 / 成果报告 */
export type DocumentKind = 'HANDOFF_LETTER' | 'PRESSING_LETTER' | 'PROJECT_REPORT';

/** 满意、基本满意、不满意(三档);通过、未通过(两档与百分制) */
export type EvaluationResult = 'BASICALLY_SATISFIED' | 'FAILED' | 'PASSED' | 'SATISFIED' | 'UNSATISFIED';

/** 满意/基本满意/不满意三档、满意/不满意两档、百分制 */
export type EvaluationScheme = 'BINARY' | 'SCORE_100' | 'THREE_GRADE';

/** SAME_UNIT 同单位, RELATION 利害关系, RECUSAL 申请回避 */
export type ExpertConflictKind = 'RECUSAL' | 'RELATION' | 'SAME_UNIT';

/** SAME_UNIT 与被监督单位同单位, RELATION 申报有利害关系, RECUSAL 已申请回避, INACTIVE 非在库状态, TERM_ENDED 聘期已满, ALREADY_INVITED 已邀请 */
export type ExpertExclusion =
  'ALREADY_INVITED' | 'INACTIVE' | 'RECUSAL' | 'RELATION' | 'SAME_UNIT' | 'TERM_ENDED';

/** ACTIVE 在库, SUSPENDED 暂停, RETIRED 退出 */
export type ExpertStatus = 'ACTIVE' | 'RETIRED' | 'SUSPENDED';

/** 待审批 / 已同意 / 未同意 */
export type ExtensionStatus = 'APPROVED' | 'PENDING' | 'REJECTED';

/** OWN_SUPERVISION 自身监督, AUDIT_REPORT 审计报告, PUBLIC_COMPLAINT 群众投诉, DEPUTY_SUGGESTION 代表建议 */
export type FindingSource = 'AUDIT_REPORT' | 'DEPUTY_SUGGESTION' | 'OWN_SUPERVISION' | 'PUBLIC_COMPLAINT';

/** 已报送、已采纳、已退回、已交办、整改中、已销号、不属实、已合并 */
export type FindingStatus =
  'ACCEPTED' | 'CLOSED' | 'DISMISSED' | 'HANDED_OVER' | 'MERGED' | 'RECTIFYING' | 'REPORTED' | 'RETURNED';

/** 单个问题的核查结果 */
export type FindingVerificationResult =
  /** 未整改到位 */
  | 'FAILED'
  /** 部分整改到位 */
  | 'PARTLY'
  /** 整改到位 */
  | 'PASSED';

/** 已交办、已签收、整改中、已回复、已销号 */
export type HandoffStatus = 'CLOSED' | 'ISSUED' | 'RECTIFYING' | 'REPLIED' | 'SIGNED';

/** 台账事项类别:问题交办、审议意见、决议、评议整改再报告 */
export type LedgerItemKind =
  /** 评议整改再报告 */
  | 'APPRAISAL_RE_REPORT'
  /** 问题交办 */
  | 'FINDINGS'
  /** 决议 */
  | 'RESOLUTION'
  /** 审议意见 */
  | 'REVIEW_OPINION';

/** 交办函 (HANDOFF) / 督办函 (PRESSING) */
export type LetterKind = 'HANDOFF' | 'PRESSING';

/** 草稿 / 已报备 / 已通过 / 已退回 */
export type LocalPlanStatus = 'ACCEPTED' | 'DRAFT' | 'RETURNED' | 'SUBMITTED';

/** INVITED 已邀请, ATTENDED 出席, ABSENT 缺席 */
export type ParticipationStatus = 'ABSENT' | 'ATTENDED' | 'INVITED';

/** ACTIVITY 监督活动, VERIFICATION 交办事项核查 (id = the handoff), APPRAISAL 评议 */
export type ParticipationTargetKind = 'ACTIVITY' | 'APPRAISAL' | 'VERIFICATION';

/** 计划项目的状态:未启动 / 已启动 / 已完成 / 已调整 (not started, started, completed, adjusted) */
export type PlanItemStatus =
  /** 已调整 (by a decision, with its reason) */
  | 'ADJUSTED'
  /** 已完成 */
  | 'COMPLETED'
  /** 未启动 */
  | 'NOT_STARTED'
  /** 已启动 */
  | 'STARTED';

/** 统计维度 */
export type ProgressDimension =
  'CATEGORY' | 'COMMITTEE' | 'DEPARTMENT' | 'LEVEL' | 'METHOD' | 'PROJECT' | 'STATUS' | 'TENANT';

/** SENT 已移送, RECEIVED 已接收, CONCLUDED 已办结, CLOSED 已归档 */
export type ReferralStatus = 'CLOSED' | 'CONCLUDED' | 'RECEIVED' | 'SENT';

/** ADMIN 管理员, COORDINATOR 联络员, MEMBER 工作人员, DEPARTMENT 承办单位, VIEWER 只读 */
export type Role = 'ADMIN' | 'COORDINATOR' | 'DEPARTMENT' | 'MEMBER' | 'VIEWER';

/** 会议类别:常委会会议、主任会议、主席团会议 */
export type SessionKind =
  /** 主任会议 */
  | 'CHAIRMEN'
  /** 主席团会议 */
  | 'PRESIDIUM'
  /** 常委会会议 */
  | 'STANDING_COMMITTEE';

/** 一般 / 较重 / 严重 */
export type Severity = 'CRITICAL' | 'NORMAL' | 'SERIOUS';

/** 省 / 市 / 县区 / 乡镇街道 */
export type TenantLevel = 'CITY' | 'COUNTY' | 'PROVINCE' | 'TOWNSHIP';

/** 五统一的五个部分 */
export type UnificationSection = 'EFFECT' | 'LEADERSHIP' | 'METHODS' | 'POLICY' | 'SCHEME';

/** 核查方式 */
export type VerificationMethod =
  /** 暗访回访 */
  | 'COVERT_REVISIT'
  /** 代表评价 */
  | 'DEPUTY_EVALUATION'
  /** 书面审查 */
  | 'DOCUMENTARY'
  /** 实地核查 */
  | 'ON_SITE';
