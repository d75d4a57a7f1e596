import { Injectable } from '@nestjs/common';
import { addHeading, addInputSheet, newWorkbook, workbookBuffer } from '@liandong/spreadsheets';
import { Caller, DEPARTMENT_KIND_NAMES, DepartmentKind } from '@liandong/tenancy';
import { UnitsService } from '../units.service';
import { MAX_UNIT_ROWS, UNIT_GUIDE_SHEET_NAME, UNIT_SHEET_COLUMNS, UNIT_SHEET_NAME } from './unit-sheet';

/** The units template: the sheet to fill in (kinds as a dropdown), and a 说明 sheet with the units there are. */
@Injectable()
export class UnitsTemplateService {
  constructor(private readonly units: UnitsService) {}

  async template(caller: Caller): Promise<Buffer> {
    const existing = await this.units.listOwn(caller);
    const workbook = newWorkbook();
    addInputSheet(
      workbook,
      UNIT_SHEET_NAME,
      UNIT_SHEET_COLUMNS.map((column) => ({
        header: column.header,
        width: column.width,
        note: column.hint,
        choices: column.field === 'kind' ? Object.values(DEPARTMENT_KIND_NAMES) : undefined,
      })),
      MAX_UNIT_ROWS,
    );
    const guide = workbook.addWorksheet(UNIT_GUIDE_SHEET_NAME);
    guide.columns = [{ width: 24 }, { width: 40 }, { width: 60 }];
    guide.addRow(['承办单位导入模板说明 / How to fill in the departments template']).font = {
      bold: true,
      size: 14,
    };
    guide.addRow([
      `在“${UNIT_SHEET_NAME}”表第 2 行起每行填写一个本机关的承办单位,表头不要改动;最多 ${MAX_UNIT_ROWS} 行。有任何一处错误时整表不导入,并逐行指出错误。`,
    ]);
    guide.addRow([
      `One unit of your own tenant a row from row 2 of sheet “${UNIT_SHEET_NAME}”; keep the header; at most ${MAX_UNIT_ROWS} rows. Any error and nothing is imported; every bad cell is named.`,
    ]);
    addHeading(guide, '各列填写要求 / Columns');
    for (const column of UNIT_SHEET_COLUMNS) {
      guide.addRow([column.header, column.hint]);
    }
    addHeading(guide, '类型 / Kinds');
    for (const kind of Object.values(DepartmentKind)) {
      guide.addRow([DEPARTMENT_KIND_NAMES[kind], kind]);
    }
    addHeading(guide, '已有承办单位(编码不能重复) / Units there are (their codes are taken)');
    guide.addRow(['编码 / code', '名称 / name', '类型 / kind']).font = { bold: true };
    for (const unit of existing) {
      guide.addRow([
        unit.code,
        unit.retiredAt ? `${unit.name}(已撤销)` : unit.name,
        DEPARTMENT_KIND_NAMES[unit.kind],
      ]);
    }
    return workbookBuffer(workbook);
  }
}
