import { z } from 'zod';
import { Said } from '@liandong/errors';
import { DepartmentKind } from '@liandong/tenancy';
import { codeSchema, nameSchema } from '../organisation-rules';

/** How a responsible unit is named in a refusal. */
export const UNIT: Said = { zh: '承办单位', en: 'department' };

const kindSchema = z.enum(DepartmentKind, { message: '未知的单位类型 / unknown kind' });

/** A new unit: code, name and kind. */
export const unitSchema = z.object({ code: codeSchema, name: nameSchema, kind: kindSchema });

export type NewUnit = z.infer<typeof unitSchema>;

/** A change to a unit: its name or kind; the code never changes (imports and accounts name it). */
export const unitUpdateSchema = z.object({
  name: nameSchema.nullish(),
  kind: kindSchema.nullish(),
});
