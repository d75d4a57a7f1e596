import { z } from 'zod';
import { Said } from '@liandong/errors';
import { isCalendarDay } from '@liandong/time';
import { ExpertConflictKind, ExpertStatus } from './expert-kinds';

export const EXPERT: Said = { zh: '专家', en: 'Expert' };
export const EXPERT_CONFLICT: Said = { zh: '利益冲突申报', en: 'Expert conflict' };
export const EXPERT_ASSIGNMENT: Said = { zh: '专家邀请', en: 'Expert assignment' };
export const ACTIVITY: Said = { zh: '监督活动', en: 'Activity' };

export const NAME_MAX = 50;
export const FIELD_MAX = 30;
export const FIELDS_MAX = 10;
export const ORGANISATION_MAX = 100;
export const TITLE_MAX = 50;
export const NOTE_MAX = 500;
export const SUMMARY_MAX = 2_000;
/** The most experts one proposal or one invitation names. */
export const MAX_BATCH = 50;
/** The longest list of experts a page asks for at once. */
export const MAX_EXPERT_LIST = 500;

const day = z.string().refine(isCalendarDay, { message: '日期格式为 YYYY-MM-DD / a YYYY-MM-DD day' });
const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `${label}不能为空 / must not be empty` })
    .max(max, { message: `${label}不能超过 ${max} 字 / at most ${max} characters` });

export const fieldSchema = text('领域', FIELD_MAX);

export const expertSchema = z
  .object({
    name: text('姓名', NAME_MAX),
    fields: z
      .array(fieldSchema)
      .min(1, { message: '至少填写一个领域 / at least one field' })
      .max(FIELDS_MAX, { message: `领域不超过 ${FIELDS_MAX} 个 / at most ${FIELDS_MAX} fields` })
      .transform((fields) => [...new Set(fields)]),
    organisation: text('工作单位', ORGANISATION_MAX),
    departmentId: z.string().nullish(),
    title: z
      .string()
      .trim()
      .max(TITLE_MAX, { message: `职称不能超过 ${TITLE_MAX} 字 / at most ${TITLE_MAX} characters` })
      .nullish()
      .transform((title) => title || null),
    termStartsOn: day,
    termEndsOn: day,
  })
  .superRefine((expert, ctx) => {
    if (isCalendarDay(expert.termStartsOn) && isCalendarDay(expert.termEndsOn)) {
      if (expert.termEndsOn < expert.termStartsOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['termEndsOn'],
          message: '聘期结束不能早于开始 / the term ends before it starts',
          params: { reason: 'TERM_ENDS_BEFORE_STARTS' },
        });
      }
    }
  });

export const statusSchema = z.enum(ExpertStatus, { message: '未知的专家状态 / unknown status' });

export const conflictSchema = z
  .object({
    kind: z.enum(ExpertConflictKind, { message: '未知的冲突类别 / unknown kind' }),
    departmentId: z.string().nullish(),
    activityId: z.string().nullish(),
    projectId: z.string().nullish(),
    note: z
      .string()
      .trim()
      .max(NOTE_MAX, { message: `说明不能超过 ${NOTE_MAX} 字 / at most ${NOTE_MAX} characters` })
      .nullish()
      .transform((note) => note || null),
    declaredOn: day,
  })
  .superRefine((conflict, ctx) => {
    const issue = (path: string, message: string, reason: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message, params: { reason } });
    };
    if (conflict.kind !== ExpertConflictKind.RECUSAL && !conflict.departmentId) {
      issue('departmentId', '请选择单位 / choose the unit', 'DEPARTMENT_REQUIRED');
    }
    if (conflict.kind === ExpertConflictKind.RELATION && !conflict.note) {
      issue('note', '请说明利害关系 / describe the relation', 'NOTE_REQUIRED');
    }
    if (conflict.kind === ExpertConflictKind.RECUSAL) {
      if (!conflict.activityId === !conflict.projectId) {
        issue(
          'activityId',
          '请选择一项活动或一个项目 / one activity or one project',
          'RECUSAL_SUBJECT_REQUIRED',
        );
      }
      if (!conflict.note) {
        issue('note', '请填写回避理由 / give the reason', 'NOTE_REQUIRED');
      }
    }
  });

export const proposalSchema = z.object({
  activityId: z.string(),
  field: fieldSchema,
  subjectDepartmentIds: z.array(z.string()).max(MAX_BATCH),
  count: z
    .number()
    .int()
    .min(1, { message: '至少 1 人 / at least 1' })
    .max(MAX_BATCH, { message: `至多 ${MAX_BATCH} 人 / at most ${MAX_BATCH}` }),
});

export const invitationSchema = z.object({
  activityId: z.string(),
  expertIds: z
    .array(z.string())
    .min(1, { message: '请选择专家 / choose at least one expert' })
    .max(MAX_BATCH, { message: `至多 ${MAX_BATCH} 人 / at most ${MAX_BATCH}` }),
  subjectDepartmentIds: z.array(z.string()).max(MAX_BATCH),
});

export const opinionSchema = z.object({
  sha256: z.string().trim().min(1, { message: '请上传意见文件 / upload the opinion' }),
  summary: text('意见摘要', SUMMARY_MAX),
});
