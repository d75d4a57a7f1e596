import { type ArgumentsHost, Logger } from '@nestjs/common';
import { HttpExceptionFilter } from './http-exception.filter';

function answered(exception: unknown): { status?: number; headers: Record<string, string>; body?: unknown } {
  const seen: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
  const response = {
    headersSent: false,
    status(code: number) {
      seen.status = code;
      return response;
    },
    setHeader(name: string, value: string) {
      seen.headers[name.toLowerCase()] = value;
      return response;
    },
    json(body: unknown) {
      seen.body = body;
      return response;
    },
  };
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => response }) };
  new HttpExceptionFilter().catch(exception, host as unknown as ArgumentsHost);
  return seen;
}

describe('HttpExceptionFilter', () => {
  // The filter logs every fault; here only its answers are of interest.
  beforeAll(() => Logger.overrideLogger(false));

  it('answers 503 with Retry-After and the reason when the database cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const seen = answered(refused);
    expect(seen.status).toBe(503);
    expect(seen.headers['retry-after']).toBe('5');
    expect(seen.body).toEqual(
      expect.objectContaining({
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: 5,
      }),
    );
  });

  it('answers 500 with a correlation id for a fault of the code', () => {
    const seen = answered(new TypeError('x is undefined'));
    expect(seen.status).toBe(500);
    expect(seen.body).toEqual(expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }));
    expect(JSON.stringify(seen.body)).not.toContain('x is undefined');
  });
});
