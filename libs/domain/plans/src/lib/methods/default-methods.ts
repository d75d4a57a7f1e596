/** The default catalogue (product.md): loaded by the seed, configurable per deployment. */
export const DEFAULT_SUPERVISION_METHODS: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'SPECIAL_REPORT', name: '听取审议专项工作报告' },
  { code: 'INSPECTION', name: '视察' },
  { code: 'RESEARCH', name: '专题调研' },
  { code: 'LAW_ENFORCEMENT_CHECK', name: '执法检查' },
  { code: 'THEMATIC_INQUIRY', name: '专题询问' },
  { code: 'APPRAISAL', name: '工作评议/履职评议' },
  { code: 'SATISFACTION_EVALUATION', name: '满意度测评' },
  { code: 'COVERT_VISIT', name: '暗访' },
  { code: 'FOLLOW_UP', name: '跟踪监督' },
  { code: 'CASE_REVIEW', name: '案件评查' },
];
