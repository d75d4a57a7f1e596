import { AppException, RowProblem, Said, toFieldProblems } from '@liandong/errors';
import {
  matchTemplateHeader,
  SheetCellProblem,
  sheetCellProblems,
  sheetImportRefusal,
} from '@liandong/spreadsheets';
import { DEPUTY_LEVEL_NAMES, DeputyLevel } from '../deputy-kinds';
import { deputyKey, deputySchema, NewDeputy } from '../deputy-rules';

/** The roster template (代表名册导入模板): one deputy a row. */
export type DeputySheetField = keyof NewDeputy;

export interface DeputySheetColumn {
  field: DeputySheetField;
  header: string;
  width: number;
  hint: string;
}

export const DEPUTY_SHEET_NAME = '代表名册导入';
export const DEPUTY_GUIDE_SHEET_NAME = '说明';
export const MAX_DEPUTY_ROWS = 2_000;
/** Title rows a person may put above the header. */
export const MAX_ROWS_BEFORE_HEADER = 5;

export const DEPUTY_SHEET_COLUMNS: readonly DeputySheetColumn[] = [
  { field: 'name', header: '姓名', width: 14, hint: '必填,最多 50 字 / required' },
  {
    field: 'level',
    header: '代表层级',
    width: 12,
    hint: `必填:${Object.values(DEPUTY_LEVEL_NAMES).join('、')} 之一 / required: one of the levels`,
  },
  { field: 'constituency', header: '选区', width: 24, hint: '必填:选区或代表团 / required' },
  { field: 'term', header: '届次', width: 14, hint: '必填,如 第十六届 / required, e.g. 第十六届' },
  { field: 'termStartsOn', header: '任期起', width: 14, hint: '必填,日期 YYYY-MM-DD / required day' },
  {
    field: 'termEndsOn',
    header: '任期止',
    width: 14,
    hint: '必填,日期 YYYY-MM-DD,不早于任期起 / required day',
  },
  { field: 'workplace', header: '工作单位及职务', width: 36, hint: '选填,最多 200 字 / optional' },
];

/** Where each template column sits (1-based) in a row that is the header, or null when it is not. */
export function matchDeputyHeader(cells: readonly string[]): Map<DeputySheetField, number> | null {
  return matchTemplateHeader(DEPUTY_SHEET_COLUMNS, cells);
}

/** A filled-in row: its spreadsheet row number and the text of each template column. */
export interface DeputySheetRow {
  rowNumber: number;
  cells: Partial<Record<DeputySheetField, string>>;
}

const LEVEL_BY_TEXT = new Map<string, DeputyLevel>(
  Object.values(DeputyLevel).flatMap((level) => [
    [DEPUTY_LEVEL_NAMES[level], level],
    [`${DEPUTY_LEVEL_NAMES[level]}级`, level],
    [level as string, level],
  ]),
);
LEVEL_BY_TEXT.set('全国人大', DeputyLevel.NATIONAL);
LEVEL_BY_TEXT.set('乡镇', DeputyLevel.TOWNSHIP);
LEVEL_BY_TEXT.set('区', DeputyLevel.COUNTY);

/** 全国 / 省 / 市 / 县 / 乡 (also 省级, 乡镇, 区), or the enum value in any case. */
export function levelOf(text: string): DeputyLevel | null {
  const clean = text.normalize('NFKC').trim();
  return LEVEL_BY_TEXT.get(clean) ?? LEVEL_BY_TEXT.get(clean.toUpperCase()) ?? null;
}

/** Excel's day 0 (its serial day numbers count from 1899-12-30). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A day as a person types it in a sheet: 2022-01-01, 2022/1/1 or 2022.1.1, or a date cell (a serial number). */
export function dayOf(text: string): string {
  const serial = /^\d{5}$/.exec(text.trim());
  if (serial) {
    return new Date(EXCEL_EPOCH + Number(serial[0]) * DAY_MS).toISOString().slice(0, 10);
  }
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.normalize('NFKC').trim());
  if (!match) {
    return text.trim();
  }
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Reads every row as a deputy of the caller's roster and names every problem by row index: a value the rules
 * refuse, an unknown level, the same person (name, level, term) twice in the sheet. A person already on the
 * roster is refreshed, not duplicated. The deputies come back only when there is no problem at all.
 */
export function readDeputyRows(rows: readonly DeputySheetRow[]): {
  problems: RowProblem[];
  deputies: NewDeputy[];
} {
  const problems: RowProblem[] = [];
  const deputies: NewDeputy[] = [];
  const firstRowOfKey = new Map<string, number>();
  rows.forEach((row, index) => {
    const problem = (field: DeputySheetField, reason: string, said: Said): void => {
      problems.push({ index, field, reason, ...said });
    };
    const text = (field: DeputySheetField): string => row.cells[field]?.trim() ?? '';
    const levelText = text('level');
    const level = levelOf(levelText);
    if (!levelText) {
      problem('level', 'LEVEL_REQUIRED', { zh: '代表层级不能为空', en: 'the level is required' });
    } else if (!level) {
      problem('level', 'UNKNOWN_LEVEL', {
        zh: `代表层级“${levelText}”无效,须为 ${Object.values(DEPUTY_LEVEL_NAMES).join('、')} 之一`,
        en: 'unknown level (see sheet 说明)',
      });
    }
    const parsed = deputySchema.safeParse({
      name: text('name'),
      level: level ?? DeputyLevel.COUNTY,
      constituency: text('constituency'),
      term: text('term'),
      termStartsOn: dayOf(text('termStartsOn')),
      termEndsOn: dayOf(text('termEndsOn')),
      workplace: text('workplace'),
    });
    if (!parsed.success) {
      for (const { field, ...said } of toFieldProblems(parsed.error)) {
        problems.push({ index, field, ...said });
      }
      return;
    }
    const deputy = parsed.data;
    const key = deputyKey(deputy);
    const first = firstRowOfKey.get(key);
    if (first !== undefined && level) {
      problem('name', 'DUPLICATE_DEPUTY', {
        zh: `${deputy.name}(${DEPUTY_LEVEL_NAMES[deputy.level]},${deputy.term})与第 ${rows[first]?.rowNumber ?? first + 2} 行重复`,
        en: 'the same deputy (name, level, term) is given twice in the sheet',
      });
    } else {
      firstRowOfKey.set(key, index);
    }
    deputies.push(deputy);
  });
  return { problems, deputies: problems.length === 0 ? deputies : [] };
}

export type DeputyImportProblem = SheetCellProblem;

/** Names each problem by the cell it came from, in sheet order. */
export function deputySheetProblems(
  rows: readonly DeputySheetRow[],
  columns: ReadonlyMap<DeputySheetField, number>,
  problems: readonly RowProblem[],
): DeputyImportProblem[] {
  return sheetCellProblems(DEPUTY_SHEET_COLUMNS, rows, columns, problems);
}

/** An import refused whole: every bad cell, the first few in the sentence. */
export function deputyImportRefusal(problems: readonly DeputyImportProblem[]): AppException {
  return sheetImportRefusal(problems, { zh: '代表', en: 'deputy' });
}
