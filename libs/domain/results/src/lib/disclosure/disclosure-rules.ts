import { z } from 'zod';
import { Said } from '@liandong/errors';
import { isCalendarDay } from '@liandong/time';
import { DisclosureChannel, DisclosureSubjectKind } from './disclosure-kinds';

export const DISCLOSURE: Said = { zh: '公开事项', en: 'Disclosure' };

export const MAX_TITLE = 200;
export const MAX_BODY = 20_000;
/** The longest list of items a staff page asks for at once. */
export const MAX_DISCLOSURE_LIST = 500;
export const DEFAULT_PUBLIC_PAGE = 20;
export const MAX_PUBLIC_PAGE = 100;

export const proposeSchema = z.object({
  subjectKind: z.enum(DisclosureSubjectKind, { message: '未知的公开内容类别 / unknown subject kind' }),
  subjectId: z.string(),
  channel: z.enum(DisclosureChannel, { message: '未知的发布渠道 / unknown channel' }),
  title: z
    .string()
    .trim()
    .max(MAX_TITLE, { message: `标题不能超过 ${MAX_TITLE} 字 / at most ${MAX_TITLE} characters` })
    .nullish(),
});

export const bodySchema = z
  .string()
  .trim()
  .min(1, { message: '公开内容不能为空 / must not be empty' })
  .max(MAX_BODY, { message: `公开内容不能超过 ${MAX_BODY} 字 / at most ${MAX_BODY} characters` });

export const publishSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2_000, { message: '网址过长 / too long' })
    .refine((url) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url), {
      message: '网址须以 http:// 或 https:// 开头 / an http(s) URL',
    })
    .nullish(),
  publishedOn: z.string().refine(isCalendarDay, { message: '发布日期格式为 YYYY-MM-DD / a YYYY-MM-DD day' }),
});

/** 向代表通报 goes to deputies on paper or in a meeting; every other channel has an address to check. */
export function channelNeedsUrl(channel: DisclosureChannel): boolean {
  return channel !== DisclosureChannel.DEPUTIES;
}
