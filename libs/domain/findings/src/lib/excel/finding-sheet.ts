import { AppException, ErrorCode, FieldProblem, RowProblem, Said } from '@liandong/errors';
import { columnLetters, normalizeHeader } from '@liandong/spreadsheets';
import { FindingRow } from '../findings/finding-rows';
import { FINDING_SOURCE_LABELS, FindingSource, FindingStatus, Severity } from '../findings/finding-status';

/** The findings template (问题导入模板): the sheet a township fills in and the import reads back. */
export type FindingSheetField = keyof FindingRow;

export interface FindingSheetColumn {
  field: FindingSheetField;
  header: string;
  width: number;
  /** How to fill it in, shown on the 说明 sheet. */
  hint: string;
}

export const FINDING_SHEET_NAME = '问题导入';
export const GUIDE_SHEET_NAME = '说明';
export const MAX_IMPORT_ROWS = 10_000;
/** Title rows a person may put above the header (e.g. a merged "XX镇问题清单" line). */
export const MAX_ROWS_BEFORE_HEADER = 5;

export const FINDING_SHEET_COLUMNS: readonly FindingSheetColumn[] = [
  {
    field: 'title',
    header: '问题标题',
    width: 32,
    hint: '必填,最多 200 字 / required, at most 200 characters',
  },
  { field: 'description', header: '问题描述', width: 48, hint: '最多 5000 字 / at most 5,000 characters' },
  {
    field: 'method',
    header: '监督方式',
    width: 18,
    hint: '必填,填本项目统一监督方式的名称或编码 / required: the name or code of one of the project’s methods',
  },
  {
    field: 'checklistCode',
    header: '检查要点编码',
    width: 14,
    hint: '选填,本项目政策清单中的编码 / optional: a checklist code of the project',
  },
  {
    field: 'category',
    header: '问题类别',
    width: 16,
    hint: '必填,最多 50 字 / required, at most 50 characters',
  },
  {
    field: 'severity',
    header: '严重程度(一般/较重/严重)',
    width: 22,
    hint: '必填:一般、较重或严重 / required: 一般 (NORMAL), 较重 (SERIOUS) or 严重 (CRITICAL)',
  },
  {
    field: 'location',
    header: '地点',
    width: 20,
    hint: '选填,最多 200 字 / optional, at most 200 characters',
  },
  {
    field: 'departmentId',
    header: '责任单位编码',
    width: 18,
    hint: '选填:本机关单位填编码(如 market),下级机关单位填“区划代码-编码”(如 410302-market) / optional: a department code of your tenant, or <tenant code>-<code> below it',
  },
];

/**
 * Columns a sheet may carry beyond the template's: read when their header is there, never required. An
 * audit report's problem list (审计报告问题清单) names its source here, or the import gives it for all rows.
 */
export const OPTIONAL_SHEET_COLUMNS: readonly FindingSheetColumn[] = [
  {
    field: 'source',
    header: '问题来源',
    width: 14,
    hint: '选填:自身监督、审计报告、群众投诉或代表建议 / optional: the finding’s source',
  },
];

export const SEVERITY_LABELS: Record<Severity, string> = {
  [Severity.NORMAL]: '一般',
  [Severity.SERIOUS]: '较重',
  [Severity.CRITICAL]: '严重',
};

export const STATUS_LABELS: Record<FindingStatus, string> = {
  [FindingStatus.REPORTED]: '已报送',
  [FindingStatus.ACCEPTED]: '已采纳',
  [FindingStatus.RETURNED]: '已退回',
  [FindingStatus.HANDED_OVER]: '已交办',
  [FindingStatus.RECTIFYING]: '整改中',
  [FindingStatus.CLOSED]: '已销号',
  [FindingStatus.DISMISSED]: '不属实',
  [FindingStatus.MERGED]: '已合并',
};

const COLUMN_BY_FIELD = new Map<string, FindingSheetColumn>(
  [...FINDING_SHEET_COLUMNS, ...OPTIONAL_SHEET_COLUMNS].map((column) => [column.field, column]),
);

/**
 * Where each template column sits (1-based column number, `cells[n]` being column n) in a row that may be
 * the header, or null when it is not: every template header must be there, once. Other columns (a
 * person's own notes) are ignored.
 */
export function matchHeader(cells: readonly string[]): Map<FindingSheetField, number> | null {
  const wanted = new Map(
    [...FINDING_SHEET_COLUMNS, ...OPTIONAL_SHEET_COLUMNS].map((column) => [
      normalizeHeader(column.header),
      column.field,
    ]),
  );
  const columns = new Map<FindingSheetField, number>();
  for (const [index, text] of cells.entries()) {
    const field = wanted.get(normalizeHeader(text ?? ''));
    if (field === undefined) {
      continue;
    }
    if (columns.has(field)) {
      return null;
    }
    columns.set(field, index);
  }
  return FINDING_SHEET_COLUMNS.every((column) => columns.has(column.field)) ? columns : null;
}

/** A filled-in row of the sheet: its spreadsheet row number and the text of each template column. */
export interface SheetRow {
  rowNumber: number;
  cells: Partial<Record<FindingSheetField, string>>;
}

/** The last label of a tenant path is the tenant's own code (`4103.410302` → `410302`). */
export function tenantCodeOf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** A department the import may name: one of the caller's own tenant or of its subtree. */
export interface ImportDepartment {
  id: string;
  code: string;
  tenantCode: string;
}

/** How the sheet's words are read: method names, department codes. */
export interface ImportContext {
  /** The catalogue, code → Chinese name, so a person may write either. */
  methodNames: ReadonlyMap<string, string>;
  /** The project's unified methods (codes). */
  projectMethods: ReadonlySet<string>;
  departments: readonly ImportDepartment[];
  callerTenantCode: string;
  /** The source of rows that name none (the 问题来源 column is optional). */
  defaultSource?: FindingSource;
}

/**
 * A bad cell, the way a person finds it in the spreadsheet: row number, Chinese column header, cell; with
 * the template field and the reason, as a submitted row names them.
 */
export interface ImportProblem extends FieldProblem {
  row: number;
  column: string;
  cell: string;
}

const SEVERITY_BY_TEXT = new Map<string, Severity>(
  Object.values(Severity).flatMap((severity) => [
    [SEVERITY_LABELS[severity], severity],
    [severity as string, severity],
  ]),
);

/** 一般 / 较重 / 严重, or the enum value in any case. */
function severityOf(text: string): Severity | null {
  return SEVERITY_BY_TEXT.get(text) ?? SEVERITY_BY_TEXT.get(text.toUpperCase()) ?? null;
}

const SOURCE_BY_TEXT = new Map<string, FindingSource>(
  Object.values(FindingSource).flatMap((source) => [
    [FINDING_SOURCE_LABELS[source], source],
    [source as string, source],
  ]),
);

/** `market` is a department of the caller's own tenant; `410302-market` one of tenant 410302. */
export function departmentKey(text: string, callerTenantCode: string): string {
  const match = /^(\d+)-(.+)$/.exec(text);
  return match ? `${match[1]}-${match[2]?.toLowerCase()}` : `${callerTenantCode}-${text.toLowerCase()}`;
}

/**
 * Reads the sheet's Chinese values as a batch of findings, the rows `submitFindings` takes: method names,
 * severity labels and department codes, naming by row index each value that cannot be read. The batch
 * is then checked on the one submission path.
 */
export function readSheetRows(
  rows: readonly SheetRow[],
  context: ImportContext,
): { problems: RowProblem[]; batch: FindingRow[] } {
  const methodCodes = new Map<string, string>();
  for (const [code, name] of context.methodNames) {
    methodCodes.set(name, code);
  }
  for (const code of [...context.methodNames.keys(), ...context.projectMethods]) {
    methodCodes.set(code.toUpperCase(), code);
  }
  const departments = new Map(
    context.departments.map((department) => [
      `${department.tenantCode}-${department.code.toLowerCase()}`,
      department,
    ]),
  );
  const problems: RowProblem[] = [];
  const batch = rows.map((row, index): FindingRow => {
    const text = (field: FindingSheetField): string => row.cells[field]?.trim() ?? '';
    const problem = (field: FindingSheetField, reason: string, said: Said): void => {
      problems.push({ index, field, reason, ...said });
    };
    const method = text('method');
    const methodCode = methodCodes.get(method) ?? methodCodes.get(method.toUpperCase()) ?? method;
    if (!method) {
      problem('method', 'METHOD_REQUIRED', { zh: '监督方式不能为空', en: 'method is required' });
    } else if (!context.projectMethods.has(methodCode)) {
      problem('method', 'METHOD_NOT_IN_PROJECT', {
        zh: `监督方式 ${method} 不在本项目的统一方法中`,
        en: "not one of the project's methods (see sheet 说明)",
      });
    }
    const severityText = text('severity');
    const severity = severityOf(severityText);
    if (!severityText) {
      problem('severity', 'SEVERITY_REQUIRED', {
        zh: '严重程度不能为空,须为 一般、较重 或 严重',
        en: 'severity is required',
      });
    } else if (!severity) {
      problem('severity', 'INVALID_SEVERITY', {
        zh: `严重程度 ${severityText} 无效,须为 一般、较重 或 严重`,
        en: 'severity must be 一般, 较重 or 严重',
      });
    }
    const departmentText = text('departmentId');
    const department = departmentText
      ? departments.get(departmentKey(departmentText, context.callerTenantCode))
      : undefined;
    if (departmentText && !department) {
      problem('departmentId', 'UNKNOWN_DEPARTMENT_CODE', {
        zh: `责任单位编码 ${departmentText} 不存在或不在本机关辖区内`,
        en: 'unknown department code or outside your subtree',
      });
    }
    const sourceText = text('source');
    const source = sourceText
      ? (SOURCE_BY_TEXT.get(sourceText) ?? SOURCE_BY_TEXT.get(sourceText.toUpperCase()))
      : (context.defaultSource ?? FindingSource.OWN_SUPERVISION);
    if (!source) {
      problem('source', 'UNKNOWN_FINDING_SOURCE', {
        zh: `问题来源 ${sourceText} 无效,须为 自身监督、审计报告、群众投诉 或 代表建议`,
        en: 'source must be 自身监督, 审计报告, 群众投诉 or 代表建议',
      });
    }
    return {
      title: text('title'),
      description: text('description'),
      method: methodCode,
      checklistCode: text('checklistCode') || null,
      category: text('category'),
      severity: severity ?? Severity.NORMAL,
      location: text('location') || null,
      departmentId: department?.id ?? null,
      source: source ?? FindingSource.OWN_SUPERVISION,
    };
  });
  return { problems, batch };
}

/**
 * Names each problem of a batch by the cell it came from: spreadsheet row number, Chinese header and cell,
 * in sheet order. A cell named twice (a method the sheet could not read, and the row check after it) is
 * reported once, in the words of the first: the ones the person wrote.
 */
export function sheetProblems(
  rows: readonly SheetRow[],
  columns: ReadonlyMap<FindingSheetField, number>,
  problems: readonly RowProblem[],
): ImportProblem[] {
  const named = new Set<string>();
  const once: RowProblem[] = [];
  for (const problem of problems) {
    const cell = `${problem.index}:${problem.field}`;
    if (!named.has(cell)) {
      named.add(cell);
      once.push(problem);
    }
  }
  const order = new Map<string, number>(
    [...FINDING_SHEET_COLUMNS, ...OPTIONAL_SHEET_COLUMNS].map((column, position) => [column.field, position]),
  );
  return once
    .sort((a, b) => a.index - b.index || (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0))
    .map(({ index, field, reason, zh, en }): ImportProblem => {
      const rowNumber = rows[index]?.rowNumber ?? index + 2;
      const column = COLUMN_BY_FIELD.get(field);
      return {
        row: rowNumber,
        column: column?.header ?? field,
        cell: `${columnLetters(column ? (columns.get(column.field) ?? 0) : 0)}${rowNumber}`,
        field,
        reason,
        zh,
        en,
      };
    });
}

/** An import refused whole: every bad cell, the first few in the sentence, each with its row and column. */
export function importRefusal(problems: readonly ImportProblem[]): AppException {
  const listed = (pick: (problem: ImportProblem) => string, separator: string): string =>
    problems.slice(0, 5).map(pick).join(separator) +
    (problems.length > 5 ? ` …(+${problems.length - 5})` : '');
  return new AppException(
    ErrorCode.BAD_USER_INPUT,
    'INVALID_ROWS',
    {
      zh: `${problems.length} 处错误,未导入任何问题 — ${listed((p) => `第 ${p.row} 行「${p.column}」${p.zh}`, ';')}`,
      en: `${problems.length} problem(s), nothing was imported — ${listed((p) => `row ${p.row} ${p.field}: ${p.en}`, '; ')}`,
    },
    { rows: problems.map((problem) => ({ ...problem, message: `${problem.zh} / ${problem.en}` })) },
  );
}
