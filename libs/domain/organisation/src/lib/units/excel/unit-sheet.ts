import { AppException, RowProblem, Said, toFieldProblems } from '@liandong/errors';
import {
  matchTemplateHeader,
  SheetCellProblem,
  sheetCellProblems,
  sheetImportRefusal,
} from '@liandong/spreadsheets';
import { DEPARTMENT_KIND_NAMES, DepartmentKind } from '@liandong/tenancy';
import { NewUnit, unitSchema } from '../unit-rules';

/** The units template (承办单位导入模板): one unit a row, code, name and kind. */
export type UnitSheetField = keyof NewUnit;

export interface UnitSheetColumn {
  field: UnitSheetField;
  header: string;
  width: number;
  hint: string;
}

export const UNIT_SHEET_NAME = '承办单位导入';
export const UNIT_GUIDE_SHEET_NAME = '说明';
export const MAX_UNIT_ROWS = 1_000;
/** Title rows a person may put above the header. */
export const MAX_ROWS_BEFORE_HEADER = 5;

export const UNIT_SHEET_COLUMNS: readonly UnitSheetColumn[] = [
  {
    field: 'code',
    header: '编码',
    width: 18,
    hint: '必填:2–32 位小写字母、数字或连字符,以字母开头,本机关内唯一(如 water) / required: 2–32 lowercase letters, digits or hyphens, unique in your tenant',
  },
  { field: 'name', header: '名称', width: 32, hint: '必填,最多 60 字 / required, at most 60 characters' },
  {
    field: 'kind',
    header: '类型',
    width: 16,
    hint: `必填:${Object.values(DEPARTMENT_KIND_NAMES).join('、')} 之一 / required: one of the kinds`,
  },
];

/** Where each template column sits (1-based) in a row that is the header, or null when it is not. */
export function matchUnitHeader(cells: readonly string[]): Map<UnitSheetField, number> | null {
  return matchTemplateHeader(UNIT_SHEET_COLUMNS, cells);
}

/** A filled-in row: its spreadsheet row number and the text of each template column. */
export interface UnitSheetRow {
  rowNumber: number;
  cells: Partial<Record<UnitSheetField, string>>;
}

const KIND_BY_TEXT = new Map<string, DepartmentKind>(
  Object.values(DepartmentKind).flatMap((kind) => [
    [DEPARTMENT_KIND_NAMES[kind], kind],
    [kind as string, kind],
  ]),
);

/** 监察委员会, or the enum value in any case. */
export function kindOf(text: string): DepartmentKind | null {
  const clean = text.normalize('NFKC').trim();
  return KIND_BY_TEXT.get(clean) ?? KIND_BY_TEXT.get(clean.toUpperCase()) ?? null;
}

/**
 * Reads every row as a new unit and names every problem by row index: a value the rules refuse, an unknown
 * kind, a code given twice in the sheet or held already by one of the tenant's units (`taken`, retired
 * ones included). The units come back only when there is no problem at all.
 */
export function readUnitRows(
  rows: readonly UnitSheetRow[],
  taken: ReadonlySet<string>,
): { problems: RowProblem[]; units: NewUnit[] } {
  const problems: RowProblem[] = [];
  const units: NewUnit[] = [];
  const firstRowOfCode = new Map<string, number>();
  rows.forEach((row, index) => {
    const problem = (field: UnitSheetField, reason: string, said: Said): void => {
      problems.push({ index, field, reason, ...said });
    };
    const text = (field: UnitSheetField): string => row.cells[field]?.trim() ?? '';
    const kindText = text('kind');
    const kind = kindOf(kindText);
    if (!kindText) {
      problem('kind', 'KIND_REQUIRED', { zh: '类型不能为空', en: 'the kind is required' });
    } else if (!kind) {
      problem('kind', 'UNKNOWN_KIND', {
        zh: `类型“${kindText}”无效,须为 ${Object.values(DEPARTMENT_KIND_NAMES).join('、')} 之一`,
        en: 'unknown kind (see sheet 说明)',
      });
    }
    const parsed = unitSchema.safeParse({
      code: text('code'),
      name: text('name'),
      kind: kind ?? DepartmentKind.OTHER,
    });
    if (!parsed.success) {
      for (const { field, ...said } of toFieldProblems(parsed.error)) {
        problems.push({ index, field, ...said });
      }
      return;
    }
    const unit = parsed.data;
    const first = firstRowOfCode.get(unit.code);
    if (first !== undefined) {
      problem('code', 'DUPLICATE_CODE', {
        zh: `编码 ${unit.code} 与第 ${rows[first]?.rowNumber ?? first + 2} 行重复`,
        en: `the code ${unit.code} is given twice in the sheet`,
      });
    } else if (taken.has(unit.code)) {
      problem('code', 'DUPLICATE_CODE', {
        zh: `本机关已有编码为 ${unit.code} 的承办单位(已撤销的也保留编码)`,
        en: `your tenant already has a unit with the code ${unit.code}`,
      });
    } else {
      firstRowOfCode.set(unit.code, index);
    }
    units.push(unit);
  });
  return { problems, units: problems.length === 0 ? units : [] };
}

export type UnitImportProblem = SheetCellProblem;

/** Names each problem by the cell it came from, in sheet order. */
export function unitSheetProblems(
  rows: readonly UnitSheetRow[],
  columns: ReadonlyMap<UnitSheetField, number>,
  problems: readonly RowProblem[],
): UnitImportProblem[] {
  return sheetCellProblems(UNIT_SHEET_COLUMNS, rows, columns, problems);
}

/** An import refused whole: every bad cell, the first few in the sentence. */
export function unitImportRefusal(problems: readonly UnitImportProblem[]): AppException {
  return sheetImportRefusal(problems, { zh: '承办单位', en: 'unit' });
}
