import { registerEnumType } from '@nestjs/graphql';

/** What an item discloses: the thing it was drafted from. */
export enum DisclosureSubjectKind {
  /** 联动监督项目总结: a joint project and its tiers' summary reports. */
  PROJECT_SUMMARY = 'PROJECT_SUMMARY',
  /** 整改销号: a closed handoff. */
  CLOSURE = 'CLOSURE',
  /** 满意度测评结果 */
  EVALUATION_RESULT = 'EVALUATION_RESULT',
  /** 项目成果报告: a joint project's result. */
  REPORT = 'REPORT',
}

/** 公开发布: proposed → (redacted by hand) → approved → published; refused or taken back on the way. */
export enum DisclosureStatus {
  PROPOSED = 'PROPOSED',
  REDACTED = 'REDACTED',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Where an item is published. */
export enum DisclosureChannel {
  WEBSITE = 'WEBSITE',
  WECHAT = 'WECHAT',
  PROVINCIAL_MEDIA = 'PROVINCIAL_MEDIA',
  NATIONAL_MEDIA = 'NATIONAL_MEDIA',
  DEPUTIES = 'DEPUTIES',
}

registerEnumType(DisclosureSubjectKind, {
  name: 'DisclosureSubjectKind',
  description: 'PROJECT_SUMMARY 项目总结, CLOSURE 整改销号, EVALUATION_RESULT 测评结果, REPORT 成果报告',
});
registerEnumType(DisclosureStatus, {
  name: 'DisclosureStatus',
  description:
    'PROPOSED 待审核, REDACTED 已脱敏, APPROVED 已批准, PUBLISHED 已发布, REJECTED 未批准, WITHDRAWN 已撤回',
});
registerEnumType(DisclosureChannel, {
  name: 'DisclosureChannel',
  description:
    'WEBSITE 人大网站, WECHAT 微信公众号, PROVINCIAL_MEDIA 省级媒体, NATIONAL_MEDIA 国家级媒体, DEPUTIES 向代表通报',
});

export const DISCLOSURE_CHANNEL_NAMES: Record<DisclosureChannel, string> = {
  [DisclosureChannel.WEBSITE]: '人大网站',
  [DisclosureChannel.WECHAT]: '微信公众号',
  [DisclosureChannel.PROVINCIAL_MEDIA]: '省级媒体',
  [DisclosureChannel.NATIONAL_MEDIA]: '国家级媒体',
  [DisclosureChannel.DEPUTIES]: '向代表通报',
};
