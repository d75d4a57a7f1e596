import type { DisclosureChannel, DisclosureStatus, DisclosureSubjectKind } from '../graphql/generated/enums';

export const DISCLOSURE_CHANNEL_LABEL: Record<DisclosureChannel, string> = {
  WEBSITE: '人大网站',
  WECHAT: '微信公众号',
  PROVINCIAL_MEDIA: '省级媒体',
  NATIONAL_MEDIA: '国家级媒体',
  DEPUTIES: '向代表通报',
};

export const DISCLOSURE_STATUS_LABEL: Record<DisclosureStatus, string> = {
  PROPOSED: '待审核',
  REDACTED: '已脱敏',
  APPROVED: '已批准',
  PUBLISHED: '已发布',
  REJECTED: '不予公开',
  WITHDRAWN: '已撤回',
};

export const DISCLOSURE_STATUS_COLOR: Record<DisclosureStatus, string> = {
  PROPOSED: 'gold',
  REDACTED: 'orange',
  APPROVED: 'blue',
  PUBLISHED: 'green',
  REJECTED: 'default',
  WITHDRAWN: 'default',
};

export const DISCLOSURE_SUBJECT_LABEL: Record<DisclosureSubjectKind, string> = {
  CLOSURE: '整改销号',
  PROJECT_SUMMARY: '项目总结',
  EVALUATION_RESULT: '测评结果',
  REPORT: '成果报告',
};
