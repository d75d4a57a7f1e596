import { UnsupportedMediaTypeException } from '@nestjs/common';
import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { AppException } from '@liandong/errors';
import { FileTooLargeError } from '@liandong/files';
import type { IncomingUpload } from './evidence.service';

/** Room for the multipart framing around the file (boundaries, part headers, a few small fields). */
const FRAMING_ALLOWANCE = 1024 * 1024;
/** How long, and how much more, a refused upload is read and thrown away before hanging up. */
const LINGER_MS = 5_000;
const LINGER_BYTES = 64 * 1024 * 1024;

/**
 * Browsers (and fetch's FormData) write a double quote in a file name as `%22` and line breaks as
 * `%0D`/`%0A` (WHATWG multipart/form-data encoding); turn them back, dropping the line breaks.
 */
export function formDataFileName(name: string | undefined): string {
  return (name ?? '').replace(/%22/g, '"').replace(/%0[AD]/gi, '');
}

/**
 * The file part `field` of a multipart/form-data request, as a stream, as soon as its headers arrive.
 * Nothing is buffered: the caller reads the bytes as the client sends them. The file stream fails when
 * the request breaks off or its framing is bad, so a consumer never takes a torn upload for a whole one.
 */
export function receiveFilePart(
  req: IncomingMessage,
  field: string,
  maxBytes: number,
): Promise<IncomingUpload> {
  const declaredLength = Number(req.headers['content-length']);
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes + FRAMING_ALLOWANCE) {
    return Promise.reject(new FileTooLargeError(maxBytes));
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      // One byte past the limit, so that the size check downstream sees an oversized file as oversized
      // instead of a silently truncated one.
      limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 4096, parts: 21, headerPairs: 20 },
    });
  } catch {
    return Promise.reject(
      new UnsupportedMediaTypeException(
        `请以 multipart/form-data 上传,文件字段名为 ${field} / Send multipart/form-data with the file in the "${field}" field.`,
      ),
    );
  }
  return new Promise<IncomingUpload>((resolve, reject) => {
    let received = false;
    const missing = (): AppException =>
      AppException.badInput(field, 'FILE_REQUIRED', {
        zh: `缺少文件字段 ${field}`,
        en: `no file in the "${field}" field`,
      });
    parser.on('file', (name, stream, info) => {
      if (received || name !== field) {
        stream.resume();
        if (!received) {
          received = true;
          reject(missing());
        }
        return;
      }
      received = true;
      parser.on('error', (error: Error) => stream.destroy(error));
      resolve({ body: stream, name: formDataFileName(info.filename), declaredMime: info.mimeType || null });
    });
    parser.on('error', (error: Error) => {
      if (!received) {
        received = true;
        reject(
          AppException.badInput(field, 'MALFORMED_MULTIPART', {
            zh: 'multipart 格式有误',
            en: `malformed multipart body: ${error.message}`,
          }),
        );
      }
    });
    parser.on('close', () => {
      if (!received) {
        received = true;
        reject(missing());
      }
    });
    req.on('close', () => {
      if (!req.complete) {
        parser.destroy(new Error('the request broke off'));
      }
    });
    req.pipe(parser);
  });
}

/**
 * After refusing a request whose body is still arriving: stop parsing and read the rest into the void
 * for a while, so the client (still sending) gets to read the answer instead of a reset connection;
 * hang up once that takes too long or too much (a lingering close, as web servers do).
 */
export function discardRestOf(req: IncomingMessage): void {
  req.unpipe();
  let discarded = 0;
  const hangUp = (): void => {
    req.socket.destroy();
  };
  const timer = setTimeout(hangUp, LINGER_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > LINGER_BYTES) {
      hangUp();
    }
  });
  req.once('close', () => clearTimeout(timer));
  req.resume();
}
