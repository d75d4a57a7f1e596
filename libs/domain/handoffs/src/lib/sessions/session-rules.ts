import { z } from 'zod';
import { Said } from '@liandong/errors';
import { LedgerItemKind, SESSION_ITEM_KINDS } from '../ledger-item-kind';
import { SessionKind } from './session-kind';

export const SESSION: Said = { zh: '会议', en: 'Session' };
export const REVIEW_OPINION: Said = { zh: '审议意见', en: 'Review opinion' };

/** An opinion is due two months after it is issued unless the session says otherwise. */
export const DEFAULT_OPINION_MONTHS = 2;
export const MAX_OPINION_ITEMS = 50;
export const MAX_SESSION_REPORTS = 30;

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what}不能为空 / must not be empty` })
    .max(max, { message: `${what}不能超过 ${max} 字 / at most ${max} characters` });

export const sessionSchema = z.object({
  kind: z.enum(SessionKind, { message: '未知的会议类别 / unknown kind' }),
  number: z
    .number()
    .int()
    .min(1, { message: '会议次数须为正整数 / a positive number' })
    .max(999, { message: '会议次数不能超过 999 / at most 999' }),
  heldOn: z.date(),
  title: text(200, '会议名称').nullish(),
  reports: z
    .array(
      z.object({
        title: text(200, '报告名称'),
        planItemId: z.string().nullish(),
        departmentId: z.string().nullish(),
      }),
    )
    .max(MAX_SESSION_REPORTS, {
      message: `一次会议最多 ${MAX_SESSION_REPORTS} 个报告 / at most ${MAX_SESSION_REPORTS}`,
    })
    .nullish(),
});

export const opinionSchema = z.object({
  sessionId: z.string(),
  reportId: z.string().nullish(),
  kind: z
    .enum(LedgerItemKind, { message: '未知的类别 / unknown kind' })
    .refine((kind) => SESSION_ITEM_KINDS.includes(kind), {
      message: '会议送交的只能是审议意见或决议 / a session sends a REVIEW_OPINION or a RESOLUTION',
    })
    .nullish(),
  departmentId: z.string(),
  title: text(200, '标题'),
  items: z
    .array(text(2_000, '意见事项'))
    .min(1, { message: '至少一项意见 / at least one item' })
    .max(MAX_OPINION_ITEMS, { message: `最多 ${MAX_OPINION_ITEMS} 项 / at most ${MAX_OPINION_ITEMS} items` }),
  deadline: z.date().nullish(),
  leadCommitteeId: z.string().nullish(),
  letterNo: text(100, '文号').nullish(),
});

export const answerSchema = text(10_000, '研究处理情况报告');
