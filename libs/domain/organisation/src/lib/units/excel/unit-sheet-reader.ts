import { readTemplateSheet, TemplateSheet } from '@liandong/spreadsheets';
import {
  UNIT_SHEET_COLUMNS,
  UnitSheetField,
  matchUnitHeader,
  MAX_UNIT_ROWS,
  MAX_ROWS_BEFORE_HEADER,
} from './unit-sheet';

export type UnitSheet = TemplateSheet<UnitSheetField>;

const HEADERS = UNIT_SHEET_COLUMNS.map((column) => column.header).join('、');

/**
 * Streams an .xlsx (already checked to be a sound one) and returns its units sheet: the first worksheet
 * whose header is the template's. Refuses a workbook without one, an empty sheet and too many rows.
 */
export function readUnitSheet(path: string): Promise<UnitSheet> {
  return readTemplateSheet(path, {
    matchHeader: matchUnitHeader,
    maxRowsBeforeHeader: MAX_ROWS_BEFORE_HEADER,
    maxRows: MAX_UNIT_ROWS,
    notTemplate: {
      reason: 'NOT_DEPARTMENTS_TEMPLATE',
      said: {
        zh: `不是承办单位导入模板:表头须为 ${HEADERS}(请下载模板填写)`,
        en: `Not the departments template: the header must be ${HEADERS} (download it from GET /templates/departments.xlsx).`,
      },
    },
    tooMany: {
      reason: 'TOO_MANY_ROWS',
      said: {
        zh: `每次最多导入 ${MAX_UNIT_ROWS} 个承办单位,请分批导入`,
        en: `At most ${MAX_UNIT_ROWS} rows an import: split the sheet.`,
      },
    },
    empty: {
      reason: 'NO_DEPARTMENTS_IN_SHEET',
      said: { zh: '模板中没有填写承办单位', en: 'The sheet has no departments.' },
    },
  });
}
