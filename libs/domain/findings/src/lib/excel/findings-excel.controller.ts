import {
  CallHandler,
  Controller,
  ExecutionContext,
  Get,
  HttpException,
  HttpStatus,
  Injectable,
  PayloadTooLargeException,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Observable } from 'rxjs';
import { AppException, parseId } from '@liandong/errors';
import { contentDisposition } from '@liandong/files';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { FindingsImportService, ImportResult } from './findings-import.service';
import { FindingsTemplateService } from './findings-template.service';
import { ProblemListService } from './problem-list.service';

/** An upload of 10,000 rows with long descriptions is a few MB; this leaves room and stops abuse. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What multer's disk storage leaves for the route: the file is read from disk, never held in memory. */
interface UploadedSpreadsheet {
  path: string;
  originalname: string;
  size: number;
}

/** One `file` field to a temporary file; multer's refusals reworded as the other refusals are. */
@Injectable()
export class SpreadsheetUploadInterceptor extends FileInterceptor('file', {
  dest: tmpdir(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 11 },
}) {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw new PayloadTooLargeException(
          `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB,请分批导入 / the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: import it in parts.`,
        );
      }
      if (error instanceof HttpException && error.getStatus() === (HttpStatus.BAD_REQUEST as number)) {
        throw AppException.badInput(
          'file',
          `上传有误,请以 multipart 字段 file 上传一个 .xlsx 文件 / upload one .xlsx as multipart field "file" (${error.message})`,
        );
      }
      throw error;
    }
  }
}

function queryId(value: unknown, field: string): string | undefined {
  if (value === undefined || value === '') {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw AppException.badInput(field, `只能给一个编号 / give one ${field}`);
  }
  return parseId(value, field);
}

function requiredQueryId(value: unknown, field: string): string {
  const id = queryId(value, field);
  if (!id) {
    throw AppException.badInput(field, `缺少参数 ${field} / ${field} is required`);
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
    res.setHeader('Content-Type', XLSX_MIME);
    res.setHeader(
      'Content-Disposition',
      contentDisposition('问题导入模板.xlsx', { fallback: 'findings-template.xlsx' }),
    );
    res.setHeader('Cache-Control', 'no-store');
    res.send(workbook);
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
        throw AppException.badInput(
          'file',
          '请以 multipart 字段 file 上传填好的 .xlsx 模板 / upload the filled-in .xlsx as multipart field "file"',
        );
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
