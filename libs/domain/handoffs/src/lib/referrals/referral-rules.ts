import { z } from 'zod';
import { Said } from '@liandong/errors';
import { isCalendarDay } from '@liandong/time';
import { CollaboratingBodyKind } from './referral-kinds';

export const COLLABORATING_BODY: Said = { zh: '协同单位', en: 'Collaborating body' };
export const REFERRAL: Said = { zh: '移送', en: 'Referral' };

export const NAME_MAX = 100;
export const CONTACT_MAX = 200;
export const RECEIPT_NO_MAX = 100;
export const OUTCOME_MAX = 2_000;
/** The longest list of referrals a page asks for at once. */
export const MAX_REFERRAL_LIST = 500;

const name = z
  .string()
  .trim()
  .min(1, { message: '名称不能为空 / must not be empty' })
  .max(NAME_MAX, { message: `名称不能超过 ${NAME_MAX} 字 / at most ${NAME_MAX} characters` });
const contact = z
  .string()
  .trim()
  .max(CONTACT_MAX, { message: `联系方式不能超过 ${CONTACT_MAX} 字 / at most ${CONTACT_MAX} characters` })
  .nullish();
const kind = z.enum(CollaboratingBodyKind, { message: '未知的协同单位类别 / unknown kind' });

export const bodySchema = z.object({ kind, name, contact });
export const bodyUpdateSchema = z.object({
  kind: kind.nullish(),
  name: name.nullish(),
  contact,
});

export const receiptNoSchema = z
  .string()
  .trim()
  .min(1, { message: '请填写接收文号 / the receipt number is required' })
  .max(RECEIPT_NO_MAX, {
    message: `文号不能超过 ${RECEIPT_NO_MAX} 字 / at most ${RECEIPT_NO_MAX} characters`,
  });

export const outcomeSchema = z
  .string()
  .trim()
  .min(1, { message: '请填写办理结果 / the outcome is required' })
  .max(OUTCOME_MAX, { message: `办理结果不能超过 ${OUTCOME_MAX} 字 / at most ${OUTCOME_MAX} characters` });

export const daySchema = z
  .string()
  .refine(isCalendarDay, { message: '日期格式为 YYYY-MM-DD / a YYYY-MM-DD day' });
