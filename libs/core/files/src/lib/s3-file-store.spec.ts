import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { S3FileStore } from './s3-file-store';

/** Just enough of S3's path-style object API, on loopback, to see the store speak it. */
function fakeS3(objects: Map<string, Buffer>, seen: string[]): Server {
  return createServer((req: IncomingMessage, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://s3').pathname);
      const body = await buffer(req);
      seen.push(`${req.method} ${path}`);
      const object = objects.get(path);
      switch (req.method ?? '') {
        case 'PUT':
          objects.set(path, body);
          res.writeHead(200, { etag: '"x"' }).end();
          return;
        case 'HEAD':
          res.writeHead(object ? 200 : 404, object ? { 'content-length': object.length } : {}).end();
          return;
        case 'GET':
          if (!object) {
            res
              .writeHead(404, { 'content-type': 'application/xml' })
              .end('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>none</Message></Error>');
            return;
          }
          res.writeHead(200, { 'content-length': object.length }).end(object);
          return;
        case 'DELETE':
          objects.delete(path);
          res.writeHead(204).end();
          return;
        default:
          res.writeHead(405).end();
      }
    })();
  });
}

describe('S3FileStore', () => {
  const objects = new Map<string, Buffer>();
  const seen: string[] = [];
  const server = fakeS3(objects, seen);
  let store: S3FileStore;
  let dir: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    store = S3FileStore.fromConfig({
      bucket: 'evidence',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test-secret' },
      forcePathStyle: true,
    });
    dir = mkdtempSync(join(tmpdir(), 'liandong-s3-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await new Promise((resolve) => server.close(resolve));
  });

  it('puts, reads, checks and deletes objects under the bucket', async () => {
    await store.put('ab/cd/one', Readable.from([Buffer.from('现场照片')]), { contentType: 'image/jpeg' });
    expect(objects.get('/evidence/ab/cd/one')?.toString()).toBe('现场照片');
    expect(await store.exists('ab/cd/one')).toBe(true);
    expect(await text((await store.get('ab/cd/one'))!)).toBe('现场照片');
    await store.delete('ab/cd/one');
    expect(await store.exists('ab/cd/one')).toBe(false);
    expect(await store.get('ab/cd/one')).toBeNull();
    expect(seen).toEqual([
      'PUT /evidence/ab/cd/one',
      'HEAD /evidence/ab/cd/one',
      'GET /evidence/ab/cd/one',
      'DELETE /evidence/ab/cd/one',
      'HEAD /evidence/ab/cd/one',
      'GET /evidence/ab/cd/one',
    ]);
  });

  it('uploads a finished local file and removes it', async () => {
    const path = join(dir, 'staged.part');
    writeFileSync(path, Buffer.alloc(70_000, 3));
    await store.putFile('ef/01/two', path);
    expect(objects.get('/evidence/ef/01/two')?.equals(Buffer.alloc(70_000, 3))).toBe(true);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a key outside the plain form before any request', async () => {
    const before = seen.length;
    await expect(store.exists('../other-bucket/x')).rejects.toThrow(/invalid file key/);
    expect(seen).toHaveLength(before);
  });
});
