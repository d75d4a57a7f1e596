import { z } from 'zod';
import { CalendarDay, isCalendarDay } from '@liandong/time';
import { DeliveryRecipient } from './document-kind';

const day = z
  .string()
  .trim()
  .refine(isCalendarDay, {
    message: '须为有效日期(YYYY-MM-DD) / must be a date YYYY-MM-DD',
    params: { reason: 'INVALID_DATE' },
  });

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what}不能为空 / must not be empty` })
    .max(max, { message: `${what}不能超过 ${max} 字 / at most ${max} characters` });

export const deliverySchema = z.object({
  recipient: text(200, '报送对象'),
  recipientKind: z.enum(DeliveryRecipient),
  deliveredOn: day,
});

export const feedbackSchema = z.object({
  feedback: text(5_000, '反馈意见'),
  receivedOn: day,
});

/** A delivery lies between the report's generation and today; feedback comes after its delivery. */
export function dayProblem(
  value: CalendarDay,
  bounds: { notBefore: CalendarDay; notAfter: CalendarDay },
): 'BEFORE_ALLOWED' | 'IN_THE_FUTURE' | null {
  if (value < bounds.notBefore) {
    return 'BEFORE_ALLOWED';
  }
  return value > bounds.notAfter ? 'IN_THE_FUTURE' : null;
}
