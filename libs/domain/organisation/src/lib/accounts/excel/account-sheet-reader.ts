import { readTemplateSheet, TemplateSheet } from '@liandong/spreadsheets';
import {
  ACCOUNT_SHEET_COLUMNS,
  AccountSheetField,
  matchHeader,
  MAX_IMPORT_ROWS,
  MAX_ROWS_BEFORE_HEADER,
} from './account-sheet';

export type AccountSheet = TemplateSheet<AccountSheetField>;

const HEADERS = ACCOUNT_SHEET_COLUMNS.map((column) => column.header).join('、');

/**
 * Streams an .xlsx (already checked to be a sound one) and returns its accounts sheet: the first worksheet
 * whose header is the template's. Refuses a workbook without one, an empty sheet and too many rows.
 */
export function readAccountSheet(path: string): Promise<AccountSheet> {
  return readTemplateSheet(path, {
    matchHeader: matchHeader,
    maxRowsBeforeHeader: MAX_ROWS_BEFORE_HEADER,
    maxRows: MAX_IMPORT_ROWS,
    notTemplate: {
      reason: 'NOT_ACCOUNTS_TEMPLATE',
      said: {
        zh: `不是账号导入模板:表头须为 ${HEADERS}(请下载模板填写)`,
        en: `Not the accounts template: the header must be ${HEADERS} (download GET /templates/accounts.xlsx).`,
      },
    },
    tooMany: {
      reason: 'TOO_MANY_ROWS',
      said: {
        zh: `每次最多导入 ${MAX_IMPORT_ROWS} 个账号,请分批导入`,
        en: `At most ${MAX_IMPORT_ROWS} accounts an import: split the sheet.`,
      },
    },
    empty: {
      reason: 'NO_ACCOUNTS_IN_SHEET',
      said: { zh: '模板中没有填写账号', en: 'The sheet has no accounts.' },
    },
  });
}
