import { Injectable } from '@nestjs/common';
import { DataValidation, Workbook, Worksheet } from 'exceljs';
import { JointProjectEntity, PlansRepository, PlansService } from '@liandong/plans';
import { Caller, isDepartmentCaller } from '@liandong/tenancy';
import {
  columnLetters,
  FINDING_SHEET_COLUMNS,
  FINDING_SHEET_NAME,
  GUIDE_SHEET_NAME,
  MAX_IMPORT_ROWS,
  SEVERITY_LABELS,
  tenantCodeOf,
} from './finding-sheet';
import { FindingsExcelRepository, SubtreeDepartment } from './findings-excel.repository';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
/** Excel keeps an inline dropdown list to 255 characters. */
const INLINE_LIST_MAX = 255;

function listValidation(values: readonly string[]): { type: 'list'; formulae: string[] } | null {
  const list = `"${values.join(',')}"`;
  return values.length > 0 && list.length <= INLINE_LIST_MAX && values.every((v) => !v.includes(','))
    ? { type: 'list', formulae: [list] }
    : null;
}

/**
 * One validation for a whole column range. exceljs supports it (and writes it as one rule) but its typings
 * only offer a cell's; cell by cell would create 10,000 empty rows in the template.
 */
function rangeValidations(sheet: Worksheet): { add(range: string, validation: DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } })
    .dataValidations;
}

function heading(sheet: Worksheet, text: string): void {
  sheet.addRow([]);
  const row = sheet.addRow([text]);
  row.font = { bold: true, size: 12 };
}

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
      : await this.excel.departmentsInSubtree(caller.tenantPath);

    const workbook = new Workbook();
    workbook.creator = '联动 Liandong';
    workbook.created = new Date();
    const sheet = workbook.addWorksheet(FINDING_SHEET_NAME, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = FINDING_SHEET_COLUMNS.map((column) => ({ header: column.header, width: column.width }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    FINDING_SHEET_COLUMNS.forEach((column, index) => {
      sheet.getCell(1, index + 1).note = column.hint;
    });
    const dropdowns = new Map<number, ReturnType<typeof listValidation>>([
      [
        FINDING_SHEET_COLUMNS.findIndex((c) => c.field === 'severity') + 1,
        listValidation(Object.values(SEVERITY_LABELS)),
      ],
      [
        FINDING_SHEET_COLUMNS.findIndex((c) => c.field === 'method') + 1,
        project ? listValidation(methods.map((method) => method.name)) : null,
      ],
    ]);
    for (const [column, validation] of dropdowns) {
      if (validation) {
        const letter = columnLetters(column);
        rangeValidations(sheet).add(`${letter}2:${letter}${MAX_IMPORT_ROWS + 1}`, {
          ...validation,
          allowBlank: true,
          showErrorMessage: true,
          errorTitle: '请从下拉列表中选择',
          error: '请从下拉列表中选择 / pick a value from the list',
        });
      }
    }
    this.guide(workbook.addWorksheet(GUIDE_SHEET_NAME), caller, project, methods, departments);
    return Buffer.from(await workbook.xlsx.writeBuffer());
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

    heading(sheet, '各列填写要求 / Columns');
    for (const column of FINDING_SHEET_COLUMNS) {
      sheet.addRow([column.header, column.hint]);
    }

    heading(
      sheet,
      project
        ? '监督方式(本项目统一方式,填名称或编码) / Methods of the project'
        : '监督方式(目录;导入时以项目统一方式为准) / Method catalogue',
    );
    sheet.addRow(['名称 / name', '编码 / code']).font = { bold: true };
    for (const method of methods) {
      sheet.addRow([method.name, method.code]);
    }

    heading(sheet, '检查要点编码 / Checklist codes');
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

    heading(sheet, '严重程度 / Severity');
    for (const [code, label] of Object.entries(SEVERITY_LABELS)) {
      sheet.addRow([label, code]);
    }

    heading(sheet, '责任单位编码 / Departments');
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
