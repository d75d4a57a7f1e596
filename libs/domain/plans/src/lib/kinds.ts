import type { Said } from '@liandong/errors';

/* What this library's refusals call the things they could not find (AppException.notFound). */

export const ANNUAL_PLAN: Said = { zh: '年度监督工作计划', en: 'Annual plan' };
export const PLAN_ITEM: Said = { zh: '计划项目', en: 'Plan item' };
export const JOINT_PROJECT: Said = { zh: '联动项目', en: 'Joint project' };
export const ASSIGNMENT: Said = { zh: '任务', en: 'Assignment' };
export const LOCAL_PLAN: Said = { zh: '实施方案', en: 'Local plan' };
export const SUPERVISION_METHOD: Said = { zh: '监督方式', en: 'Supervision method' };
export const TENANT: Said = { zh: '人大机关', en: 'Tenant' };
