import { z } from 'zod';
import { MAX_WRITTEN_REASON } from '@liandong/errors';
import { checkFindingRows, Severity } from '@liandong/findings';
import { unificationsInputSchema } from '@liandong/plans';
import { isCalendarDay, shanghaiTime } from '@liandong/time';

/**
 * The shape of the demo year's data files (data/demo-year): the unified plans are checked by the API's own
 * schema and the problem templates by its own row rules; what only the demo reads is checked here.
 */

/** Responsible units every city and county tenant has (townships have only `gov`). */
const DEPT_CODES = [
  'gov',
  'court',
  'procuratorate',
  'market',
  'education',
  'hrss',
  'ecology',
  'commerce',
  'culture',
] as const;
const deptCode = z.enum(DEPT_CODES);
export type DeptCode = z.infer<typeof deptCode>;

/** The problem categories the console offers. */
const category = z.enum([
  '制度缺失',
  '落实不到位',
  '执法不规范',
  '资金',
  '生态环境',
  '服务质效',
  '司法',
  '其他',
]);

const TITLE_MAX = 200;

const prose = z
  .string()
  .min(1, { message: '不能为空 / must not be empty' })
  .max(MAX_WRITTEN_REASON, {
    message: `不能超过 ${MAX_WRITTEN_REASON} 个字符 / at most ${MAX_WRITTEN_REASON} characters`,
  });

const title = z
  .string()
  .min(1, { message: '不能为空 / must not be empty' })
  .max(TITLE_MAX, { message: `不能超过 ${TITLE_MAX} 个字符 / at most ${TITLE_MAX} characters` });

/** A Beijing date, read as 18:00 that day: the close of a working day. */
const closeOfDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    message: '须为 YYYY-MM-DD 格式的日期 / must be a date YYYY-MM-DD',
    abort: true,
  })
  .refine(isCalendarDay, { message: '不是日历上的日期 / not a calendar date' })
  .transform((day) => shanghaiTime(day, '18:00'));

/** The five unifications as the API takes them, with the file's dates read as Beijing days. */
const unifications = z
  .looseObject({
    scheme: z.looseObject({
      startsAt: closeOfDay,
      endsAt: closeOfDay,
      milestones: z.array(z.looseObject({ dueAt: closeOfDay })),
    }),
  })
  .pipe(unificationsInputSchema);

/**
 * One kind of problem a project's supervision turns up. `{a-b}` in the texts becomes a number in that
 * range and `{place}` the reporting body's area, so the same kind of problem reads differently by place.
 */
const template = z.strictObject({
  title,
  description: prose,
  category,
  method: z.string(),
  checklist: z.string(),
  /** The unit responsible at county level. */
  dept: deptCode,
  severity: z.enum(Severity).optional(),
  /** Who can find it: counties only, townships only, or (unset) both. */
  tiers: z.enum(['county', 'township']).optional(),
  /**
   * Who hands it over: the township to its own government, the city to its own department, or (unset)
   * the county to its department.
   */
  handledBy: z.enum(['township', 'city']).optional(),
});
export type FindingTemplate = z.output<typeof template>;

/** What names the milestone by which an assignment sends in its problem list (问题清单报送). */
const PROBLEM_LIST = '问题清单';

/** projects/<key>.json: a joint project the city publishes, and the problems its supervision turns up. */
export const projectFile = z
  .strictObject({
    title,
    /** County codes the city publishes the project to. */
    counties: z
      .array(z.string().regex(/^\d{6}$/, { message: '须为 6 位区划代码 / must be a 6-digit division code' }))
      .min(1),
    /** Whether the townships get it too; judicial projects stay with the counties, whose courts they are. */
    includeDescendants: z.boolean(),
    /** How many problems the year turns up under this project. */
    findings: z.number().int().positive(),
    unifications,
    templates: z.array(template).min(1),
  })
  .superRefine((project, ctx) => {
    if (!project.unifications.scheme.milestones.some((milestone) => milestone.name.includes(PROBLEM_LIST))) {
      ctx.addIssue({
        code: 'custom',
        path: ['unifications', 'scheme', 'milestones'],
        message: `须有一个“${PROBLEM_LIST}报送”时间节点 / needs a problem-list milestone`,
      });
    }
    // A template must pass as the row a tier would submit: the plan's methods and checklist, the lengths.
    const { problems } = checkFindingRows(
      project.templates.map((row) => ({
        title: row.title,
        description: row.description,
        method: row.method,
        checklistCode: row.checklist,
        category: row.category,
        severity: row.severity ?? Severity.NORMAL,
      })),
      {
        methods: new Set(project.unifications.methods),
        checklistCodes: new Set(project.unifications.policy.checklist.map((item) => item.code)),
        departmentPaths: new Map(),
        callerPath: '',
      },
    );
    for (const problem of problems) {
      ctx.addIssue({
        code: 'custom',
        path: ['templates', problem.index, problem.field === 'checklistCode' ? 'checklist' : problem.field],
        message: `${problem.zh} / ${problem.en}`,
      });
    }
  });
export type DemoProject = z.output<typeof projectFile> & { key: string };

/** The milestone by which an assignment sends in its problem list; the schema above makes sure there is one. */
export function problemListMilestone(project: DemoProject): { name: string; dueAt: Date } {
  const milestone = project.unifications.scheme.milestones.find((candidate) =>
    candidate.name.includes(PROBLEM_LIST),
  );
  if (!milestone) {
    throw new Error(`project ${project.key} has no problem-list milestone`);
  }
  return milestone;
}

/** annual-plan.json: the city's annual plan; its joint projects are read from projects/<key>.json in order. */
export const annualPlanFile = z.strictObject({
  title,
  jointProjects: z
    .array(
      z.string().regex(/^[a-z0-9-]+$/, { message: '须为小写字母、数字和 - / lowercase letters, digits, -' }),
    )
    .min(1)
    .refine((keys) => new Set(keys).size === keys.length, {
      message: '项目重复 / a project is listed twice',
    }),
  otherKeyItems: z.array(title),
  ordinaryItems: z.array(title),
});
export type AnnualPlanData = z.output<typeof annualPlanFile>;

/** paperwork.json: what each tier writes at the steps of the year. `{place}` and `{title}` are filled in. */
export const paperworkFile = z.strictObject({
  acceptFindings: prose,
  returnPlan: prose,
  /** A township's note on the plan-filing milestone when it follows its county's plan. */
  followsCountyPlan: prose,
  requestExtension: prose,
  approveExtension: prose,
  /** The closing report after a failed verification. */
  refix: prose,
  lookBack: prose,
  /** What an activity's record says happened, by method. */
  activitySummaries: z.record(z.string(), prose),
  activitySummaryOtherwise: prose,
  /** What a unit writes when it starts rectifying, then later. */
  progressMeasures: z.array(prose).min(1),
  furtherMeasures: z.array(prose).min(1),
  /** A unit's closing report (办结报告), by the kind of unit. */
  finalMeasures: z.record(deptCode, prose),
  passOpinions: z.array(prose).min(1),
  passOpinionAfterCovertVisit: prose,
  failOpinion: prose,
});
export type Paperwork = z.output<typeof paperworkFile>;

/** place-names.json: the city's and counties' short names, and the abbreviation their letters use. */
export const placeNamesFile = z.record(
  z.string().regex(/^\d{4}(\d{2})?$/, { message: '须为区划代码 / must be a division code' }),
  z.strictObject({ short: z.string().min(1), abbr: z.string().min(1) }),
);
export type PlaceNames = z.output<typeof placeNamesFile>;
