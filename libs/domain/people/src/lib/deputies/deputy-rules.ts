import { z } from 'zod';
import { Said } from '@liandong/errors';
import { isCalendarDay } from '@liandong/time';
import { DeputyLevel } from './deputy-kinds';

export const DEPUTY: Said = { zh: '代表', en: 'Deputy' };

export const NAME_MAX = 50;
export const CONSTITUENCY_MAX = 100;
export const TERM_MAX = 30;
export const WORKPLACE_MAX = 200;
/** The longest roster a page asks for at once. */
export const MAX_DEPUTY_LIST = 2_000;

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `${label}不能为空 / must not be empty` })
    .max(max, { message: `${label}不能超过 ${max} 字 / at most ${max} characters` });
const day = z.string().trim().refine(isCalendarDay, { message: '日期格式为 YYYY-MM-DD / a YYYY-MM-DD day' });

const fields = {
  name: text('姓名', NAME_MAX),
  level: z.enum(DeputyLevel, { message: '未知的代表层级 / unknown level' }),
  constituency: text('选区', CONSTITUENCY_MAX),
  term: text('届次', TERM_MAX),
  termStartsOn: day,
  termEndsOn: day,
  workplace: z
    .string()
    .trim()
    .max(WORKPLACE_MAX, {
      message: `工作单位及职务不能超过 ${WORKPLACE_MAX} 字 / at most ${WORKPLACE_MAX} characters`,
    }),
};

const termInOrder = (deputy: { termStartsOn?: string | null; termEndsOn?: string | null }): boolean =>
  !deputy.termStartsOn ||
  !deputy.termEndsOn ||
  !isCalendarDay(deputy.termStartsOn) ||
  !isCalendarDay(deputy.termEndsOn) ||
  deputy.termStartsOn <= deputy.termEndsOn;
const TERM_ORDER = {
  message: '任期止不能早于任期起 / the term cannot end before it starts',
  path: ['termEndsOn'],
};

export const deputySchema = z.object(fields).refine(termInOrder, TERM_ORDER);
export type NewDeputy = z.infer<typeof deputySchema>;

export const deputyUpdateSchema = z.object({
  name: fields.name.nullish(),
  level: fields.level.nullish(),
  constituency: fields.constituency.nullish(),
  term: fields.term.nullish(),
  termStartsOn: fields.termStartsOn.nullish(),
  termEndsOn: fields.termEndsOn.nullish(),
  workplace: fields.workplace.nullish(),
});
export type DeputyUpdate = z.infer<typeof deputyUpdateSchema>;

/** The same person on one roster: same name, level and term. */
export function deputyKey(deputy: { name: string; level: DeputyLevel; term: string }): string {
  return `${deputy.name}\u0000${deputy.level}\u0000${deputy.term}`;
}

/** A deputy may be invited while on the roster and within the term (the Beijing day `today`). */
export function invitationRefusal(
  deputy: { status: string; termStartsOn: string; termEndsOn: string; name: string },
  today: string,
): { reason: string; said: Said } | null {
  if (deputy.status !== 'ACTIVE') {
    return {
      reason: 'DEPUTY_LEFT',
      said: { zh: `${deputy.name}已终止代表资格`, en: 'that deputy has left the roster' },
    };
  }
  if (deputy.termEndsOn < today) {
    return {
      reason: 'DEPUTY_TERM_ENDED',
      said: { zh: `${deputy.name}的任期已于 ${deputy.termEndsOn} 届满`, en: 'that deputy’s term has ended' },
    };
  }
  return null;
}
