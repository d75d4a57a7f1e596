import { readTemplateSheet, TemplateSheet } from '@liandong/spreadsheets';
import {
  DEPUTY_SHEET_COLUMNS,
  DeputySheetField,
  matchDeputyHeader,
  MAX_DEPUTY_ROWS,
  MAX_ROWS_BEFORE_HEADER,
} from './deputy-sheet';

export type DeputySheet = TemplateSheet<DeputySheetField>;

const HEADERS = DEPUTY_SHEET_COLUMNS.map((column) => column.header).join('、');

/**
 * Streams an .xlsx (already checked to be a sound one) and returns its roster sheet: the first worksheet
 * whose header is the template's. Refuses a workbook without one, an empty sheet and too many rows.
 */
export function readDeputySheet(path: string): Promise<DeputySheet> {
  return readTemplateSheet(path, {
    matchHeader: matchDeputyHeader,
    maxRowsBeforeHeader: MAX_ROWS_BEFORE_HEADER,
    maxRows: MAX_DEPUTY_ROWS,
    notTemplate: {
      reason: 'NOT_DEPUTIES_TEMPLATE',
      said: {
        zh: `不是代表名册导入模板:表头须为 ${HEADERS}(请下载模板填写)`,
        en: `Not the deputies template: the header must be ${HEADERS} (download it from GET /templates/deputies.xlsx).`,
      },
    },
    tooMany: {
      reason: 'TOO_MANY_ROWS',
      said: {
        zh: `每次最多导入 ${MAX_DEPUTY_ROWS} 名代表,请分批导入`,
        en: `At most ${MAX_DEPUTY_ROWS} rows an import: split the sheet.`,
      },
    },
    empty: {
      reason: 'NO_DEPUTIES_IN_SHEET',
      said: { zh: '模板中没有填写代表', en: 'The sheet has no deputies.' },
    },
  });
}
