import type { FindingStatus, Role, TenantLevel } from '../graphql/generated/graphql';

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
