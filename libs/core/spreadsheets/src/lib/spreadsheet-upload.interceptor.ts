import {
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { tmpdir } from 'node:os';
import type { Observable } from 'rxjs';
import { AppException } from '@liandong/errors';

/** An upload of 10,000 rows with long descriptions is a few MB; this leaves room and stops abuse. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What multer's disk storage leaves for the route: the file is read from disk, never held in memory. */
export interface UploadedSpreadsheet {
  path: string;
  originalname: string;
  size: number;
}

/**
 * One `file` field to a temporary file (the route removes it when done); multer's refusals reworded as the
 * other refusals are.
 */
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
        const mb = MAX_UPLOAD_BYTES / 1024 / 1024;
        throw new PayloadTooLargeException(
          `文件超过 ${mb} MB,请分批导入 / the file is larger than ${mb} MB: import it in parts.`,
        );
      }
      if (error instanceof HttpException && error.getStatus() === (HttpStatus.BAD_REQUEST as number)) {
        throw AppException.badInput('file', 'UPLOAD_MALFORMED', {
          zh: '上传有误,请以 multipart 字段 file 上传一个 .xlsx 文件',
          en: `Upload one .xlsx as multipart field "file" (${error.message}).`,
        });
      }
      throw error;
    }
  }
}
