import { isUuid, RowProblem, Said } from '@liandong/errors';
import { DEPARTMENT_RETIRED, departmentRetired, isWithinPath } from '@liandong/tenancy';
import { FindingSource, Severity } from './finding-status';

export const MAX_FINDINGS_PER_CALL = 1_000;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5_000;
export const CATEGORY_MAX = 50;
export const LOCATION_MAX = 200;

export interface FindingRow {
  title: string;
  description: string;
  method: string;
  checklistCode?: string | null;
  category: string;
  severity: Severity;
  location?: string | null;
  departmentId?: string | null;
  /** The activity (监督活动) of the same assignment it was found in. */
  activityId?: string | null;
  /** SHA-256 of evidence files uploaded before (POST /files); checked against the uploads, not here. */
  evidence?: string[] | null;
  /** 问题来源; own supervision when not given. */
  source?: FindingSource | null;
}

/** What a batch is checked against: the project's unified plan and the departments it names. */
export interface FindingRowContext {
  methods: ReadonlySet<string>;
  checklistCodes: ReadonlySet<string>;
  /** Department id → its tenant path, for the departments the batch names that exist. */
  departmentPaths: ReadonlyMap<string, string>;
  callerPath: string;
  /** The retired units among those the batch names (id → the unit): they receive nothing new. */
  retiredDepartments?: ReadonlyMap<string, { name: string }>;
  /** Activity id → whether it was covert (暗访), for the assignment's activities the batch names. */
  activities?: ReadonlyMap<string, { covert: boolean }>;
}

export interface CleanFindingRow {
  title: string;
  description: string;
  methodCode: string;
  checklistCode: string | null;
  category: string;
  severity: Severity;
  location: string | null;
  departmentId: string | null;
  activityId: string | null;
  /** Found in a covert activity: hidden from departments until handed over. */
  covert: boolean;
  source: FindingSource;
}

/** The retired units among `departments`, as `FindingRowContext.retiredDepartments` takes them. */
export function retiredOf(
  departments: ReadonlyArray<{ id: string; name: string; retiredAt: Date | null }>,
): Map<string, { name: string }> {
  return new Map(
    departments
      .filter((department) => department.retiredAt !== null)
      .map((department) => [department.id, department]),
  );
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Checks every row and names every problem, so a township fixing its list sees all of them at once.
 * Returns the cleaned rows only when there is no problem at all.
 */
export function checkFindingRows(
  rows: readonly FindingRow[],
  context: FindingRowContext,
): { problems: RowProblem[]; clean: CleanFindingRow[] } {
  const problems: RowProblem[] = [];
  const clean: CleanFindingRow[] = [];
  rows.forEach((row, index) => {
    const problem = (field: string, reason: string, said: Said): void => {
      problems.push({ index, field, reason, ...said });
    };
    const title = row.title.trim();
    if (!title) {
      problem('title', 'TITLE_REQUIRED', { zh: '问题标题不能为空', en: 'title must not be empty' });
    } else if (title.length > TITLE_MAX) {
      problem('title', 'TITLE_TOO_LONG', {
        zh: `问题标题不能超过 ${TITLE_MAX} 字`,
        en: `title at most ${TITLE_MAX} characters`,
      });
    }
    const description = row.description.trim();
    if (description.length > DESCRIPTION_MAX) {
      problem('description', 'DESCRIPTION_TOO_LONG', {
        zh: `问题描述不能超过 ${DESCRIPTION_MAX} 字`,
        en: `description at most ${DESCRIPTION_MAX} characters`,
      });
    }
    const method = row.method.trim();
    if (!context.methods.has(method)) {
      problem('method', 'METHOD_NOT_IN_PROJECT', {
        zh: `监督方式 ${method || '(空)'} 不在本项目的统一方法中`,
        en: "not one of the project's methods",
      });
    }
    const checklistCode = blankToNull(row.checklistCode);
    if (checklistCode !== null && !context.checklistCodes.has(checklistCode)) {
      problem('checklistCode', 'UNKNOWN_CHECKLIST_CODE', {
        zh: `检查要点 ${checklistCode} 不在本项目的统一政策清单中`,
        en: 'unknown checklist code',
      });
    }
    const category = row.category.trim();
    if (!category) {
      problem('category', 'CATEGORY_REQUIRED', { zh: '问题类别不能为空', en: 'category must not be empty' });
    } else if (category.length > CATEGORY_MAX) {
      problem('category', 'CATEGORY_TOO_LONG', {
        zh: `问题类别不能超过 ${CATEGORY_MAX} 字`,
        en: `category at most ${CATEGORY_MAX} characters`,
      });
    }
    const location = blankToNull(row.location);
    if (location !== null && location.length > LOCATION_MAX) {
      problem('location', 'LOCATION_TOO_LONG', {
        zh: `地点不能超过 ${LOCATION_MAX} 字`,
        en: `location at most ${LOCATION_MAX} characters`,
      });
    }
    const departmentId = blankToNull(row.departmentId);
    if (departmentId !== null) {
      const path = isUuid(departmentId) ? context.departmentPaths.get(departmentId.toLowerCase()) : undefined;
      const retired = context.retiredDepartments?.get(departmentId.toLowerCase());
      if (path === undefined || !isWithinPath(path, context.callerPath)) {
        problem('departmentId', 'DEPARTMENT_NOT_IN_SUBTREE', {
          zh: '责任单位不存在或不在本机关辖区内',
          en: 'department unknown or outside your subtree',
        });
      } else if (retired) {
        problem('departmentId', DEPARTMENT_RETIRED, departmentRetired(retired));
      }
    }
    const activityId = blankToNull(row.activityId)?.toLowerCase() ?? null;
    const activity = activityId ? context.activities?.get(activityId) : undefined;
    if (activityId !== null && !activity) {
      problem('activityId', 'ACTIVITY_NOT_OF_ASSIGNMENT', {
        zh: '监督活动不存在或不属于本任务',
        en: 'activity unknown or not of this assignment',
      });
    }
    const source = row.source ?? FindingSource.OWN_SUPERVISION;
    if (!Object.values(FindingSource).includes(source)) {
      problem('source', 'UNKNOWN_FINDING_SOURCE', {
        zh: '问题来源须为 自身监督、审计报告、群众投诉 或 代表建议',
        en: 'source must be OWN_SUPERVISION, AUDIT_REPORT, PUBLIC_COMPLAINT or DEPUTY_SUGGESTION',
      });
    }
    clean.push({
      title,
      description,
      methodCode: method,
      checklistCode,
      category,
      severity: row.severity,
      location,
      departmentId: departmentId?.toLowerCase() ?? null,
      activityId,
      covert: activity?.covert ?? false,
      source,
    });
  });
  return { problems, clean: problems.length === 0 ? clean : [] };
}
