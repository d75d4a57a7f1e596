import { DEMO_PROJECTS } from './projects';

/**
 * Luoyang's 2023 annual supervision plan as the seed article counts it: 28 projects, 18 of them key,
 * 12 of the key ones linked across the three tiers (the demo's joint projects).
 */
const OTHER_KEY_ITEMS = [
  '听取和审议产业链延链补链强链工作情况的报告',
  '听取和审议科技创新工作情况的报告',
  '审查和批准2022年度市级决算',
  '听取和审议2022年度市级预算执行和其他财政收支审计查出问题整改情况的报告',
  '案件执行工作专项检查',
  '听取和审议2022年度国有资产管理情况的综合报告',
];

const ORDINARY_ITEMS = [
  '听取和审议上半年国民经济和社会发展计划执行情况的报告',
  '听取和审议上半年预算执行情况的报告',
  '听取和审议2022年度环境状况和环境保护目标完成情况的报告',
  '听取和审议政府债务管理情况的报告',
  '听取和审议市人民政府办理代表建议、批评和意见情况的报告',
  '养老服务体系建设情况专题调研',
  '听取和审议检察公益诉讼工作情况的报告',
  '《洛阳市城市市容和环境卫生管理条例》执法检查',
  '全民健身工作情况视察',
  '统计工作情况专题调研',
];

export const DEMO_ANNUAL_PLAN = {
  title: '洛阳市人大常委会2023年度监督工作计划',
  items: [
    ...DEMO_PROJECTS.map((project) => ({ title: project.title, isKey: true, isJoint: true })),
    ...OTHER_KEY_ITEMS.map((title) => ({ title, isKey: true, isJoint: false })),
    ...ORDINARY_ITEMS.map((title) => ({ title, isKey: false, isJoint: false })),
  ],
};
