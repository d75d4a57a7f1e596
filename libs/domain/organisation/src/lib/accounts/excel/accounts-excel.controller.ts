import { Controller, Get, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { rm } from 'node:fs/promises';
import { AppException } from '@liandong/errors';
import { sendWorkbook, SpreadsheetUploadInterceptor, UploadedSpreadsheet } from '@liandong/spreadsheets';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { AccountsImportResult, AccountsImportService } from './accounts-import.service';
import { AccountsTemplateService } from './accounts-template.service';

/** The accounts template and its import, for an office giving its staff their accounts at once. */
@Controller()
export class AccountsExcelController {
  constructor(
    private readonly templates: AccountsTemplateService,
    private readonly imports: AccountsImportService,
  ) {}

  @Get('templates/accounts.xlsx')
  async template(@CurrentCaller() caller: Caller, @Res() res: Response): Promise<void> {
    const workbook = await this.templates.template(caller);
    sendWorkbook(res, { fileName: '账号导入模板.xlsx', fallbackName: 'accounts-template.xlsx' }, workbook);
  }

  @Post('imports/accounts')
  @UseInterceptors(SpreadsheetUploadInterceptor)
  async importAccounts(
    @CurrentCaller() caller: Caller,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
  ): Promise<AccountsImportResult> {
    try {
      if (!file) {
        throw AppException.badInput('file', 'FILE_REQUIRED', {
          zh: '请以 multipart 字段 file 上传填好的 .xlsx 模板',
          en: 'upload the filled-in .xlsx as multipart field "file"',
        });
      }
      return await this.imports.importAccounts(caller, file.path);
    } finally {
      if (file) {
        await rm(file.path, { force: true });
      }
    }
  }
}
