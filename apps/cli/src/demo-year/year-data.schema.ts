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

/** The city office's committees as the seed makes them (apps/cli/src/seed/departments.ts), the 统筹办 aside. */
const committeeCode = z.enum(['caijing', 'jiansi', 'jiaokewenwei', 'nongwei', 'shejian', 'daigong']);
export type CommitteeCode = z.infer<typeof committeeCode>;

/** A Beijing day, kept as the day: the year's calendar places the step on it. */
const day = z
  .string()
  .regex(/^2023-\d{2}-\d{2}$/, {
    message: '须为 2023 年的日期 YYYY-MM-DD / must be a 2023 date YYYY-MM-DD',
    abort: true,
  })
  .refine(isCalendarDay, { message: '不是日历上的日期 / not a calendar date' });

/** When and how a plan item is done: its month, its method (监督方式) and, where it goes to one, its sitting. */
const schedule = {
  plannedMonth: z.number().int().min(1, { message: '月份须在 1–12 之间 / month 1–12' }).max(12, {
    message: '月份须在 1–12 之间 / month 1–12',
  }),
  method: z.string().min(1).max(100),
  session: z.string().min(1).max(200).optional(),
};

/** 调整: the day the deciding body adjusted the item, why, and its decision. */
const adjustment = z.strictObject({ on: day, reason: prose, decision: z.string().min(1).max(200) });

/**
 * An item the city supervises itself: its lead committee, schedule, and how far it gets in the year —
 * started on a day (已启动), completed on a later one (已完成), or adjusted (已调整); none of them, 未启动.
 */
const ownItem = z
  .strictObject({
    title,
    lead: committeeCode,
    ...schedule,
    startedOn: day.optional(),
    completedOn: day.optional(),
    adjusted: adjustment.optional(),
  })
  .superRefine((item, ctx) => {
    if (item.completedOn && !(item.startedOn && item.startedOn < item.completedOn)) {
      ctx.addIssue({
        code: 'custom',
        path: ['completedOn'],
        message: '完成须在启动之后 / completed after it started',
      });
    }
    if (item.adjusted && item.completedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['adjusted'],
        message: '已完成的项目不能再调整 / a completed item is not adjusted',
      });
    }
    if (item.adjusted && item.startedOn && item.adjusted.on <= item.startedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['adjusted', 'on'],
        message: '调整须在启动之后 / after it started',
      });
    }
  });
export type OwnPlanItem = z.output<typeof ownItem>;

/**
 * A joint item: its project's file by key, its schedule, and the day it is completed, if it is in the year.
 * It starts when its project is published; its lead is the committee its unified plan names.
 */
const jointItem = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/, { message: '须为小写字母、数字和 - / lowercase letters, digits, -' }),
  ...schedule,
  completedOn: day.optional(),
});
export type JointPlanItem = z.output<typeof jointItem>;

/** annual-plan.json: the city's annual plan; its joint projects are read from projects/<key>.json in order. */
export const annualPlanFile = z.strictObject({
  title,
  jointProjects: z
    .array(jointItem)
    .min(1)
    .refine((items) => new Set(items.map((item) => item.key)).size === items.length, {
      message: '项目重复 / a project is listed twice',
    }),
  otherKeyItems: z.array(ownItem),
  ordinaryItems: z.array(ownItem),
});
export type AnnualPlanData = z.output<typeof annualPlanFile>;

/**
 * How far a session's opinion gets by the year's end: all its items closed (CLOSED), answered and awaiting
 * verification (REPLIED), worked on (RECTIFYING), signed, or only issued.
 */
const opinionFate = z.enum(['ISSUED', 'SIGNED', 'RECTIFYING', 'REPLIED', 'CLOSED']);
export type OpinionFate = z.infer<typeof opinionFate>;

/** 审议意见 (or 决议) a session sends to one body of the city, item by item, and the body's answer. */
const opinion = z
  .strictObject({
    kind: z.enum(['REVIEW_OPINION', 'RESOLUTION']).optional(),
    dept: deptCode,
    title,
    items: z.array(prose).min(1),
    /** 研究处理情况报告, for an opinion answered in the year. */
    answer: z.string().min(1).max(10_000).optional(),
    /** What the body reports on each item while it is still at work (RECTIFYING). */
    progress: prose.optional(),
    fate: opinionFate,
    /** Answered this many working days after its deadline, once the sweep has escalated it. */
    lateBy: z.number().int().min(1).max(10).optional(),
    /** Its answer put to the standing committee's satisfaction evaluation (满意度测评) once closed. */
    evaluated: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    const answered = value.fate === 'CLOSED' || value.fate === 'REPLIED';
    if (answered && !value.answer) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: '已答复的意见须有研究处理情况报告 / needs its answer',
      });
    }
    if (value.fate === 'RECTIFYING' && !value.progress) {
      ctx.addIssue({
        code: 'custom',
        path: ['progress'],
        message: '办理中的意见须有进展情况 / needs its progress',
      });
    }
    if ((value.lateBy || value.evaluated) && value.fate !== 'CLOSED') {
      ctx.addIssue({
        code: 'custom',
        path: ['fate'],
        message: '逾期答复或满意度测评只用于已办结的意见 / lateBy and evaluated are for CLOSED opinions',
      });
    }
  });
export type DemoOpinion = z.output<typeof opinion>;

/** A report a session deliberated: the plan item it is (by title), the unit reporting, the opinion it drew. */
const sessionReport = z.strictObject({
  title,
  planItem: title.optional(),
  dept: deptCode.optional(),
  opinion: opinion.optional(),
});

/** sessions.json: the city's 常委会会议 and 主任会议 of the year, in order, and how the office verifies opinions. */
export const sessionsFile = z.strictObject({
  /** What the office writes when it verifies an answered opinion item (销号). */
  verified: z.array(prose).min(1),
  sessions: z
    .array(
      z.strictObject({
        kind: z.enum(['STANDING_COMMITTEE', 'CHAIRMEN']),
        number: z.number().int().min(1).max(999),
        heldOn: day,
        title,
        reports: z.array(sessionReport),
      }),
    )
    .superRefine((sessions, ctx) => {
      sessions.forEach((session, index) => {
        const before = sessions[index - 1];
        if (before && before.heldOn > session.heldOn) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'heldOn'],
            message: '会议须按时间先后排列 / in date order',
          });
        }
      });
    }),
});
export type SessionsData = z.output<typeof sessionsFile>;
export type DemoSession = SessionsData['sessions'][number];

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
  /**
   * Where a tier's actual of an entered indicator (统一效果) comes from: for a rate (an indicator named in %)
   * and for a count.
   */
  indicatorSources: z.strictObject({ rate: prose, count: prose }),
});
export type Paperwork = z.output<typeof paperworkFile>;

/** place-names.json: the city's and counties' short names, and the abbreviation their letters use. */
export const placeNamesFile = z.record(
  z.string().regex(/^\d{4}(\d{2})?$/, { message: '须为区划代码 / must be a division code' }),
  z.strictObject({ short: z.string().min(1), abbr: z.string().min(1) }),
);
export type PlaceNames = z.output<typeof placeNamesFile>;
