import {
  REQUEST_ID_HEADER,
  assignRequestId,
  correlationId,
  currentRequestId,
  requestIdFrom,
} from './request-id';
import type { IncomingMessage, ServerResponse } from 'node:http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it.each([
    ['a UUID', '0b7c1c9e-5a4e-4c55-9b8e-2f1d3c4b5a69'],
    ['a proxy’s short id', 'abcd1234'],
    ['64 letters, digits and hyphens', `${'a'.repeat(32)}-${'9'.repeat(31)}`],
  ])('keeps %s', (_what, id) => {
    expect(requestIdFrom(id)).toBe(id);
  });

  it.each([
    ['nothing', undefined],
    ['an empty header', ''],
    ['7 characters', 'abc1234'],
    ['65 characters', 'a'.repeat(65)],
    ['a space', 'abcd 1234'],
    ['a forged log line', 'abcd1234\n{"level":50}'],
    ['Chinese text', '请求编号一二三四五六七八'],
    ['a header sent twice', ['abcd1234', 'efgh5678']],
  ])('replaces %s with a fresh UUID', (_what, header) => {
    const id = requestIdFrom(header);
    expect(id).toMatch(UUID);
    expect(requestIdFrom(header)).not.toBe(id);
  });
});

describe('assignRequestId', () => {
  function serve(header?: string): { id: unknown; echoed: unknown; seen: string | undefined } {
    const req = { headers: header ? { [REQUEST_ID_HEADER]: header } : {} } as IncomingMessage & {
      id?: unknown;
    };
    const headers: Record<string, unknown> = {};
    const res = {
      setHeader: (name: string, value: unknown) => (headers[name] = value),
    } as unknown as ServerResponse;
    let seen: string | undefined;
    assignRequestId(req, res, () => {
      seen = currentRequestId();
    });
    return { id: req.id, echoed: headers[REQUEST_ID_HEADER], seen };
  }

  it('names the request, echoes the name and holds it for the rest of the request', () => {
    expect(serve('client-id-0001')).toEqual({
      id: 'client-id-0001',
      echoed: 'client-id-0001',
      seen: 'client-id-0001',
    });
    const fresh = serve();
    expect(fresh.id).toMatch(UUID);
    expect(fresh.echoed).toBe(fresh.id);
    expect(fresh.seen).toBe(fresh.id);
  });

  it('outside a request the correlation id is a fresh UUID', () => {
    expect(currentRequestId()).toBeUndefined();
    expect(correlationId()).toMatch(UUID);
    expect(correlationId()).not.toBe(correlationId());
  });
});
