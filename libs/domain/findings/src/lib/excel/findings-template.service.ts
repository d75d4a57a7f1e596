import { Injectable } from '@nestjs/common';
import { JointProjectEntity, PlansRepository, PlansService } from '@liandong/plans';
import { addHeading, addInputSheet, newWorkbook, workbookBuffer, Worksheet } from '@liandong/spreadsheets';
import { Caller, isDepartmentCaller } from '@liandong/tenancy';
import {
  FINDING_SHEET_COLUMNS,
  FINDING_SHEET_NAME,
  FindingSheetField,
  GUIDE_SHEET_NAME,
  MAX_IMPORT_ROWS,
  OPTIONAL_SHEET_COLUMNS,
  SEVERITY_LABELS,
  tenantCodeOf,
} from './finding-sheet';
import { FindingsExcelRepository, SubtreeDepartment } from './findings-excel.repository';

/** The findings template (问题导入模板): the sheet to fill in, and a 说明 sheet of what it accepts. */
@Injectable()
export class FindingsTemplateService {
  constructor(
    private readonly plans: PlansService,
    private readonly plansRepository: PlansRepository,
    private readonly excel: FindingsExcelRepository,
  ) {}

  /** With an assignment: its project's methods and checklist listed, and the methods as a dropdown. */
  async template(caller: Caller, assignmentId?: string): Promise<Buffer> {
    const project = assignmentId
      ? (await this.plans.getWorkingAssignment(caller, assignmentId)).project
      : null;
    const methods = project
      ? await this.plansRepository.methodsByCodes(project.unifications.methods)
      : await this.plansRepository.activeMethods();
    if (project) {
      const order = project.unifications.methods;
      methods.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
    }
    const departments = isDepartmentCaller(caller)
      ? []
      : (await this.excel.departmentsInSubtree(caller.tenantPath)).filter(
          (department) => !department.retired,
        );

    const workbook = newWorkbook();
    // A dropdown of the severities always; of the methods when they are the project's own.
    const choices: Partial<Record<FindingSheetField, readonly string[]>> = {
      severity: Object.values(SEVERITY_LABELS),
      method: project ? methods.map((method) => method.name) : undefined,
    };
    addInputSheet(
      workbook,
      FINDING_SHEET_NAME,
      FINDING_SHEET_COLUMNS.map((column) => ({
        header: column.header,
        width: column.width,
        note: column.hint,
        choices: choices[column.field],
      })),
      MAX_IMPORT_ROWS,
    );
    this.guide(workbook.addWorksheet(GUIDE_SHEET_NAME), caller, project, methods, departments);
    return workbookBuffer(workbook);
  }

  private guide(
    sheet: Worksheet,
    caller: Caller,
    project: JointProjectEntity | null,
    methods: ReadonlyArray<{ code: string; name: string }>,
    departments: readonly SubtreeDepartment[],
  ): void {
    sheet.columns = [{ width: 28 }, { width: 40 }, { width: 60 }];
    const title = sheet.addRow(['问题导入模板说明 / How to fill in the findings template']);
    title.font = { bold: true, size: 14 };
    sheet.addRow([
      `在“${FINDING_SHEET_NAME}”表第 2 行起每行填写一个问题,表头不要改动;最多 ${MAX_IMPORT_ROWS} 行。有任何一处错误时整表不导入,并逐行指出错误。`,
    ]);
    sheet.addRow([
      `One finding a row from row 2 of sheet “${FINDING_SHEET_NAME}”; keep the header; at most ${MAX_IMPORT_ROWS} rows. Any error and nothing is imported; every bad cell is named.`,
    ]);
    if (project) {
      sheet.addRow([`联动项目 / Project:${project.title}(${project.year} 年)`]);
    }

    addHeading(sheet, '各列填写要求 / Columns');
    for (const column of FINDING_SHEET_COLUMNS) {
      sheet.addRow([column.header, column.hint]);
    }

    // Not in the template: a list brought from elsewhere (an audit report's problems) may add them.
    addHeading(sheet, '可加列(表头照写) / Optional columns');
    for (const column of OPTIONAL_SHEET_COLUMNS) {
      sheet.addRow([column.header, column.hint]);
    }

    addHeading(
      sheet,
      project
        ? '监督方式(本项目统一方式,填名称或编码) / Methods of the project'
        : '监督方式(目录;导入时以项目统一方式为准) / Method catalogue',
    );
    sheet.addRow(['名称 / name', '编码 / code']).font = { bold: true };
    for (const method of methods) {
      sheet.addRow([method.name, method.code]);
    }

    addHeading(sheet, '检查要点编码 / Checklist codes');
    if (project) {
      sheet.addRow(['编码 / code', '检查要点 / item']).font = { bold: true };
      for (const item of project.unifications.policy.checklist) {
        sheet.addRow([item.code, item.text]);
      }
    } else {
      sheet.addRow([
        '在任务中下载模板即列出该项目的检查要点 / download the template for an assignment to list them',
      ]);
    }

    addHeading(sheet, '严重程度 / Severity');
    for (const [code, label] of Object.entries(SEVERITY_LABELS)) {
      sheet.addRow([label, code]);
    }

    addHeading(sheet, '责任单位编码 / Departments');
    if (departments.length === 0) {
      sheet.addRow(['(无 / none)']);
      return;
    }
    sheet.addRow(['填写 / write', '单位 / department']).font = { bold: true };
    const own = tenantCodeOf(caller.tenantPath);
    for (const department of departments) {
      sheet.addRow([
        department.tenantCode === own ? department.code : `${department.tenantCode}-${department.code}`,
        department.name,
      ]);
    }
  }
}
