import { Controller, Get, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { rm } from 'node:fs/promises';
import { AppException, parseId } from '@liandong/errors';
import { sendWorkbook, SpreadsheetUploadInterceptor, UploadedSpreadsheet } from '@liandong/spreadsheets';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { FindingSource } from '../findings/finding-status';
import { FindingsImportService, ImportResult } from './findings-import.service';
import { FindingsTemplateService } from './findings-template.service';
import { ProblemListService } from './problem-list.service';

function queryId(value: unknown, field: string): string | undefined {
  if (value === undefined || value === '') {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw AppException.badInput(field, 'ONE_ID_EXPECTED', { zh: '只能给一个编号', en: `give one ${field}` });
  }
  return parseId(value, field);
}

function requiredQueryId(value: unknown, field: string): string {
  const id = queryId(value, field);
  if (!id) {
    throw AppException.badInput(field, 'PARAMETER_REQUIRED', {
      zh: `缺少参数 ${field}`,
      en: `${field} is required`,
    });
  }
  return id;
}

/** The `source` query parameter of an import: every row's source unless its 问题来源 cell names one. */
function querySource(value: unknown): FindingSource {
  if (value === undefined || value === '') {
    return FindingSource.OWN_SUPERVISION;
  }
  if (typeof value !== 'string' || !Object.values<string>(FindingSource).includes(value)) {
    throw AppException.badInput('source', 'UNKNOWN_FINDING_SOURCE', {
      zh: '问题来源须为 OWN_SUPERVISION、AUDIT_REPORT、PUBLIC_COMPLAINT 或 DEPUTY_SUGGESTION',
      en: 'source must be OWN_SUPERVISION, AUDIT_REPORT, PUBLIC_COMPLAINT or DEPUTY_SUGGESTION',
    });
  }
  return value as FindingSource;
}

/** The spreadsheet routes: the import template, the import itself, and the 问题清单 export. */
@Controller()
export class FindingsExcelController {
  constructor(
    private readonly templates: FindingsTemplateService,
    private readonly imports: FindingsImportService,
    private readonly problemList: ProblemListService,
  ) {}

  @Get('templates/findings.xlsx')
  async template(
    @CurrentCaller() caller: Caller,
    @Query('assignmentId') assignmentId: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const workbook = await this.templates.template(caller, queryId(assignmentId, 'assignmentId'));
    sendWorkbook(res, { fileName: '问题导入模板.xlsx', fallbackName: 'findings-template.xlsx' }, workbook);
  }

  @Post('imports/findings')
  @UseInterceptors(SpreadsheetUploadInterceptor)
  async importFindings(
    @CurrentCaller() caller: Caller,
    @Query('assignmentId') assignmentId: unknown,
    @Query('source') source: unknown,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
  ): Promise<ImportResult> {
    try {
      const id = requiredQueryId(assignmentId, 'assignmentId');
      const rowsSource = querySource(source);
      if (!file) {
        throw AppException.badInput('file', 'FILE_REQUIRED', {
          zh: '请以 multipart 字段 file 上传填好的 .xlsx 模板',
          en: 'upload the filled-in .xlsx as multipart field "file"',
        });
      }
      return await this.imports.importFindings(caller, id, file.path, rowsSource);
    } finally {
      if (file) {
        await rm(file.path, { force: true });
      }
    }
  }

  @Get('exports/problem-list.xlsx')
  async problemListExport(
    @CurrentCaller() caller: Caller,
    @Query('projectId') projectId: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const project = await this.problemList.visibleProject(caller, requiredQueryId(projectId, 'projectId'));
    await this.problemList.write(caller, project, res);
  }
}
