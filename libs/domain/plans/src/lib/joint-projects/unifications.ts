import { z } from 'zod';

/** The five unifications (五统一) as stored: structured, so plans and findings can be checked against them. */
export interface Unifications {
  leadership: { leadBody: string; leader: string; office: string | null };
  scheme: {
    objectives: string;
    startsAt: string;
    endsAt: string;
    milestones: Array<{ name: string; dueAt: string }>;
  };
  methods: string[];
  policy: { legalBasis: string[]; checklist: Array<{ code: string; text: string }> };
  effect: { indicators: Array<{ code: string; name: string; target: number }> };
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: '不能为空 / must not be empty' })
    .max(max, { message: `不能超过 ${max} 个字符 / at most ${max} characters` });

const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/, {
    message: '编码须为 1–32 位字母、数字、_ . - / a 1–32 character code',
  });

const date = z.date({ message: '须为有效的日期时间 / must be a valid date-time' });

function uniqueBy<T>(key: (item: T) => string, what: string) {
  return (items: T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'code'],
          message: `${what}编码重复:${value} / duplicate code ${value}`,
          params: { reason: 'DUPLICATE_CODE' },
        });
      }
      seen.add(value);
    });
  };
}

export const unificationsInputSchema = z.object({
  leadership: z.object({
    leadBody: text(200),
    leader: text(100),
    office: z.string().trim().max(200).nullish(),
  }),
  scheme: z
    .object({
      objectives: text(4000),
      startsAt: date,
      endsAt: date,
      milestones: z.array(z.object({ name: text(200), dueAt: date })).max(50),
    })
    .superRefine((scheme, ctx) => {
      if (scheme.endsAt.getTime() <= scheme.startsAt.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['endsAt'],
          message: '结束时间须晚于开始时间 / endsAt must be after startsAt',
          params: { reason: 'ENDS_BEFORE_STARTS' },
        });
      }
    }),
  methods: z
    .array(code)
    .min(1, { message: '至少选择一种监督方式 / at least one method' })
    .max(20)
    .superRefine((codes, ctx) => {
      codes.forEach((value, index) => {
        if (codes.indexOf(value) !== index) {
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `监督方式重复:${value} / duplicate method ${value}`,
            params: { reason: 'DUPLICATE_METHOD' },
          });
        }
      });
    }),
  policy: z.object({
    legalBasis: z.array(text(500)).max(100),
    checklist: z
      .array(z.object({ code, text: text(1000) }))
      .max(500)
      .superRefine(uniqueBy((item) => item.code, '检查要点')),
  }),
  effect: z.object({
    indicators: z
      .array(
        z.object({
          code,
          name: text(200),
          target: z.number().refine(Number.isFinite, { message: '须为有限数值 / must be a finite number' }),
        }),
      )
      .max(100)
      .superRefine(uniqueBy((item) => item.code, '效果指标')),
  }),
});

export type UnificationsInput = z.infer<typeof unificationsInputSchema>;

export function toStoredUnifications(input: UnificationsInput): Unifications {
  return {
    leadership: {
      leadBody: input.leadership.leadBody,
      leader: input.leadership.leader,
      office: input.leadership.office ?? null,
    },
    scheme: {
      objectives: input.scheme.objectives,
      startsAt: input.scheme.startsAt.toISOString(),
      endsAt: input.scheme.endsAt.toISOString(),
      milestones: input.scheme.milestones.map((m) => ({ name: m.name, dueAt: m.dueAt.toISOString() })),
    },
    methods: [...input.methods],
    policy: {
      legalBasis: [...input.policy.legalBasis],
      checklist: input.policy.checklist.map((c) => ({ ...c })),
    },
    effect: { indicators: input.effect.indicators.map((i) => ({ ...i })) },
  };
}

export function checklistCodes(unifications: Unifications): Set<string> {
  return new Set(unifications.policy.checklist.map((item) => item.code));
}
