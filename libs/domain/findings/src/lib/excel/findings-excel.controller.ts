import { Controller, Get, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { rm } from 'node:fs/promises';
import { AppException, parseId } from '@liandong/errors';
import { sendWorkbook, SpreadsheetUploadInterceptor, UploadedSpreadsheet } from '@liandong/spreadsheets';
import { Caller, CurrentCaller } from '@liandong/tenancy';
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
    @UploadedFile() file: UploadedSpreadsheet | undefined,
  ): Promise<ImportResult> {
    try {
      const id = requiredQueryId(assignmentId, 'assignmentId');
      if (!file) {
        throw AppException.badInput('file', 'FILE_REQUIRED', {
          zh: '请以 multipart 字段 file 上传填好的 .xlsx 模板',
          en: 'upload the filled-in .xlsx as multipart field "file"',
        });
      }
      return await this.imports.importFindings(caller, id, file.path);
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
