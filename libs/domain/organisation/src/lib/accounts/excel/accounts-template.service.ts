import { Injectable } from '@nestjs/common';
import { addHeading, addInputSheet, newWorkbook, workbookBuffer, Worksheet } from '@liandong/spreadsheets';
import {
  assertPermission,
  Caller,
  CommitteeEntity,
  CommitteeRepository,
  DepartmentEntity,
  DepartmentRepository,
  Permission,
} from '@liandong/tenancy';
import { grantableRoles, ROLE_NAMES } from '../account-rules';
import {
  ACCOUNT_SHEET_COLUMNS,
  ACCOUNT_SHEET_NAME,
  GUIDE_SHEET_NAME,
  MAX_IMPORT_ROWS,
} from './account-sheet';

/** The accounts template (账号导入模板): the sheet to fill in, and a 说明 sheet of the codes it accepts. */
@Injectable()
export class AccountsTemplateService {
  constructor(
    private readonly departments: DepartmentRepository,
    private readonly committees: CommitteeRepository,
  ) {}

  async template(caller: Caller): Promise<Buffer> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const [departments, committees] = await Promise.all([
      this.departments.listOfTenant(caller.tenantId),
      this.committees.listOfTenant(caller.tenantId),
    ]);
    const workbook = newWorkbook();
    addInputSheet(
      workbook,
      ACCOUNT_SHEET_NAME,
      ACCOUNT_SHEET_COLUMNS.map((column) => ({
        header: column.header,
        width: column.width,
        note: column.hint,
      })),
      MAX_IMPORT_ROWS,
    );
    this.guide(workbook.addWorksheet(GUIDE_SHEET_NAME), caller, departments, committees);
    return workbookBuffer(workbook);
  }

  private guide(
    sheet: Worksheet,
    caller: Caller,
    departments: readonly DepartmentEntity[],
    committees: readonly CommitteeEntity[],
  ): void {
    sheet.columns = [{ width: 28 }, { width: 40 }, { width: 60 }];
    const title = sheet.addRow(['账号导入模板说明 / How to fill in the accounts template']);
    title.font = { bold: true, size: 14 };
    sheet.addRow([
      `在“${ACCOUNT_SHEET_NAME}”表第 2 行起每行填写一个账号,表头不要改动;最多 ${MAX_IMPORT_ROWS} 行。有任何一处错误时整表不导入,并逐行指出错误。导入成功后逐一列出临时密码,请转交本人,首次登录须修改。`,
    ]);
    sheet.addRow([
      `One account a row from row 2 of sheet “${ACCOUNT_SHEET_NAME}”; keep the header; at most ${MAX_IMPORT_ROWS} rows. Any error and nothing is imported; every bad cell is named. The answer lists each account's temporary password, to be changed at the first sign-in.`,
    ]);

    addHeading(sheet, '各列填写要求 / Columns');
    for (const column of ACCOUNT_SHEET_COLUMNS) {
      sheet.addRow([column.header, column.hint]);
    }

    addHeading(sheet, '角色(您可授予的) / Roles you may grant');
    sheet.addRow(['填写 / write', '角色 / role']).font = { bold: true };
    for (const role of grantableRoles(caller.roles)) {
      sheet.addRow([ROLE_NAMES[role], role]);
    }

    addHeading(sheet, '承办单位编码 / Units');
    sheet.addRow(['填写 / write', '单位 / unit']).font = { bold: true };
    for (const department of departments) {
      sheet.addRow([department.code, department.name]);
    }
    if (departments.length === 0) {
      sheet.addRow(['(无 / none)']);
    }

    addHeading(sheet, '委室编码 / Committees');
    sheet.addRow(['填写 / write', '委室 / committee']).font = { bold: true };
    for (const committee of committees) {
      sheet.addRow([committee.code, committee.name]);
    }
    if (committees.length === 0) {
      sheet.addRow(['(无 / none)']);
    }
  }
}
