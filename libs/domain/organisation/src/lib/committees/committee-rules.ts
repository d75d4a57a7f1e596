import { z } from 'zod';
import { Said } from '@liandong/errors';
import { codeSchema, nameSchema } from '../organisation-rules';

/** How a committee is named in a refusal. */
export const COMMITTEE: Said = { zh: '委员会', en: 'committee' };

export const committeeSchema = z.object({
  code: codeSchema,
  name: nameSchema,
  coordinates: z
    .boolean()
    .nullish()
    .transform((coordinates) => coordinates ?? false),
});

export type NewCommittee = z.infer<typeof committeeSchema>;

export const committeeUpdateSchema = z.object({ name: nameSchema.nullish() });
