import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppException, ErrorCode, isServiceUnavailable, serviceUnavailableRefusal } from '@liandong/errors';
import { correlationId as requestCorrelationId, describeFault } from '@liandong/logging';

const STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * The plain-HTTP routes (files, imports, exports) answer refusals the way GraphQL does: the contract's
 * code and a readable message as JSON, the right status, and never a stack trace. GraphQL requests are
 * left to Apollo's formatter.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() !== 'http') {
      throw exception;
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      response.end();
      return;
    }
    if (exception instanceof AppException) {
      response.status(STATUS[exception.code]).json({ message: exception.message, ...exception.extensions });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      response.status(status).json({ code: HttpStatus[status] ?? 'ERROR', message: exception.message });
      return;
    }
    // The request's id: the same the response header and every log line of the request carry.
    const correlationId = requestCorrelationId();
    if (isServiceUnavailable(exception)) {
      this.logger.error({
        message: 'service unavailable during HTTP request',
        correlationId,
        error: describeFault(exception),
      });
      const refusal = serviceUnavailableRefusal(correlationId);
      response
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .setHeader('Retry-After', String(refusal.retryAfterSeconds))
        .json(refusal);
      return;
    }
    this.logger.error({
      message: 'unhandled error in HTTP request',
      correlationId,
      error: describeFault(exception),
    });
    const zh = `服务器内部错误,请联系管理员并提供编号 ${correlationId}`;
    const en = `Internal error (correlation id ${correlationId}).`;
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      code: 'INTERNAL_SERVER_ERROR',
      correlationId,
      zh,
      en,
      message: `${zh} / ${en}`,
    });
  }
}
