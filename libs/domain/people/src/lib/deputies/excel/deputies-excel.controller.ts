import { Controller, Get, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { rm } from 'node:fs/promises';
import { AppException } from '@liandong/errors';
import { sendWorkbook, SpreadsheetUploadInterceptor, UploadedSpreadsheet } from '@liandong/spreadsheets';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { DeputiesImportResult, DeputiesImportService } from './deputies-import.service';
import { DeputiesTemplateService } from './deputies-template.service';

/** The roster spreadsheet routes: the import template and the import itself. */
@Controller()
export class DeputiesExcelController {
  constructor(
    private readonly templates: DeputiesTemplateService,
    private readonly imports: DeputiesImportService,
  ) {}

  @Get('templates/deputies.xlsx')
  async template(@CurrentCaller() caller: Caller, @Res() res: Response): Promise<void> {
    const workbook = await this.templates.template(caller);
    sendWorkbook(
      res,
      { fileName: '代表名册导入模板.xlsx', fallbackName: 'deputies-template.xlsx' },
      workbook,
    );
  }

  @Post('imports/deputies')
  @UseInterceptors(SpreadsheetUploadInterceptor)
  async importDeputies(
    @CurrentCaller() caller: Caller,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
  ): Promise<DeputiesImportResult> {
    try {
      if (!file) {
        throw AppException.badInput('file', 'FILE_REQUIRED', {
          zh: '请以 multipart 字段 file 上传填好的 .xlsx 模板',
          en: 'upload the filled-in .xlsx as multipart field "file"',
        });
      }
      return await this.imports.importDeputies(caller, file.path);
    } finally {
      if (file) {
        await rm(file.path, { force: true });
      }
    }
  }
}
