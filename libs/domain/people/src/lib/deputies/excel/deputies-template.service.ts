import { Injectable } from '@nestjs/common';
import { addHeading, addInputSheet, newWorkbook, workbookBuffer } from '@liandong/spreadsheets';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { DEPUTY_LEVEL_NAMES, DeputyLevel } from '../deputy-kinds';
import {
  DEPUTY_GUIDE_SHEET_NAME,
  DEPUTY_SHEET_COLUMNS,
  DEPUTY_SHEET_NAME,
  MAX_DEPUTY_ROWS,
} from './deputy-sheet';

/**
 * The roster template: the sheet to fill in (levels as a dropdown), and a 说明 sheet. Offered, like the
 * units' and accounts' templates, only to those who may import it.
 */
@Injectable()
export class DeputiesTemplateService {
  async template(caller: Caller): Promise<Buffer> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const workbook = newWorkbook();
    addInputSheet(
      workbook,
      DEPUTY_SHEET_NAME,
      DEPUTY_SHEET_COLUMNS.map((column) => ({
        header: column.header,
        width: column.width,
        note: column.hint,
        choices: column.field === 'level' ? Object.values(DEPUTY_LEVEL_NAMES) : undefined,
      })),
      MAX_DEPUTY_ROWS,
    );
    const guide = workbook.addWorksheet(DEPUTY_GUIDE_SHEET_NAME);
    guide.columns = [{ width: 24 }, { width: 60 }];
    guide.addRow(['代表名册导入模板说明 / How to fill in the deputies template']).font = {
      bold: true,
      size: 14,
    };
    guide.addRow([
      `在“${DEPUTY_SHEET_NAME}”表第 2 行起每行填写本机关名册中的一名代表,表头不要改动;最多 ${MAX_DEPUTY_ROWS} 行。有任何一处错误时整表不导入,并逐行指出错误。姓名、代表层级、届次相同的代表视为同一人,再次导入时更新其信息而不重复添加。不填写电话、身份证号等个人信息。`,
    ]);
    guide.addRow([
      `One deputy of your own roster a row from row 2 of sheet “${DEPUTY_SHEET_NAME}”; keep the header; at most ${MAX_DEPUTY_ROWS} rows. Any error and nothing is imported. The same name, level and term is the same person: importing again refreshes, never duplicates.`,
    ]);
    addHeading(guide, '各列填写要求 / Columns');
    for (const column of DEPUTY_SHEET_COLUMNS) {
      guide.addRow([column.header, column.hint]);
    }
    addHeading(guide, '代表层级 / Levels');
    for (const level of Object.values(DeputyLevel)) {
      guide.addRow([DEPUTY_LEVEL_NAMES[level], level]);
    }
    return workbookBuffer(workbook);
  }
}
