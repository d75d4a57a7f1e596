import { Controller, Get, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { rm } from 'node:fs/promises';
import { AppException } from '@liandong/errors';
import { sendWorkbook, SpreadsheetUploadInterceptor, UploadedSpreadsheet } from '@liandong/spreadsheets';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { UnitsImportResult, UnitsImportService } from './units-import.service';
import { UnitsTemplateService } from './units-template.service';

/** The units spreadsheet routes: the import template and the import itself. */
@Controller()
export class UnitsExcelController {
  constructor(
    private readonly templates: UnitsTemplateService,
    private readonly imports: UnitsImportService,
  ) {}

  @Get('templates/departments.xlsx')
  async template(@CurrentCaller() caller: Caller, @Res() res: Response): Promise<void> {
    const workbook = await this.templates.template(caller);
    sendWorkbook(
      res,
      { fileName: '承办单位导入模板.xlsx', fallbackName: 'departments-template.xlsx' },
      workbook,
    );
  }

  @Post('imports/departments')
  @UseInterceptors(SpreadsheetUploadInterceptor)
  async importUnits(
    @CurrentCaller() caller: Caller,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
  ): Promise<UnitsImportResult> {
    try {
      if (!file) {
        throw AppException.badInput('file', 'FILE_REQUIRED', {
          zh: '请以 multipart 字段 file 上传填好的 .xlsx 模板',
          en: 'upload the filled-in .xlsx as multipart field "file"',
        });
      }
      return await this.imports.importUnits(caller, file.path);
    } finally {
      if (file) {
        await rm(file.path, { force: true });
      }
    }
  }
}
