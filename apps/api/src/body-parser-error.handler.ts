import type { NextFunction, Request, Response } from 'express';
import type { Reason, Said } from '@liandong/errors';

/** What body-parser attaches to the errors it raises; `type` is absent when e.g. a gzip body is corrupt. */
interface BodyParserError {
  status: number;
  type?: string;
}

interface Refusal {
  status: number;
  code: string;
  reason: Reason;
  said: Said;
}

/** The client's fault: this handler sits right behind the JSON parser, so a 4xx here is about the body. */
function isRefusedBody(error: unknown): error is BodyParserError {
  const status = (error as Partial<BodyParserError> | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function refusalFor(error: BodyParserError, limitBytes: number): Refusal {
  switch (error.type ?? '') {
    case 'entity.too.large': {
      const mb = Math.round(limitBytes / (1024 * 1024));
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        reason: 'BODY_TOO_LARGE',
        said: { zh: `请求体超过 ${mb} MB 上限`, en: `The request body is larger than the ${mb} MB limit.` },
      };
    }
    case 'entity.parse.failed':
      return {
        status: 400,
        code: 'BAD_REQUEST',
        reason: 'BODY_NOT_JSON',
        said: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON.' },
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        reason: 'BODY_ENCODING_UNSUPPORTED',
        said: {
          zh: '不支持的字符集或内容编码,请发送 UTF-8 JSON',
          en: 'Unsupported charset or content encoding; send UTF-8 JSON.',
        },
      };
    default:
      return {
        status: 400,
        code: 'BAD_REQUEST',
        reason: 'BODY_UNREADABLE',
        said: { zh: '请求体无法读取', en: 'The request body could not be read.' },
      };
  }
}

/**
 * Answers the JSON body parser's refusals itself: left to Nest, a too-large body became a 500 and a malformed
 * one echoed the parser's message. GraphQL clients get the `errors` shape they parse, the plain-HTTP routes the
 * body of HttpExceptionFilter; both carry `{ code, reason, zh, en }` like every other refusal. A parser
 * failure of the server's own (5xx) goes on to be logged.
 */
export function bodyParserErrorHandler(options: { limitBytes: number; graphqlPath: string }) {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (!isRefusedBody(error)) {
      next(error);
      return;
    }
    const { status, code, reason, said } = refusalFor(error, options.limitBytes);
    const message = `${said.zh} / ${said.en}`;
    const extensions = { code, reason, zh: said.zh, en: said.en };
    res
      .status(status)
      .json(
        req.path === options.graphqlPath ? { errors: [{ message, extensions }] } : { message, ...extensions },
      );
  };
}
