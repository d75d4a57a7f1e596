import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FileStaging, FileTooLargeError } from './file-staging';

function chunks(total: number, size: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) {
        this.push(null);
        return;
      }
      const length = Math.min(size, total - sent);
      this.push(Buffer.alloc(length, sent % 251));
      sent += length;
    },
  });
}

describe('FileStaging', () => {
  let dir: string;
  let staging: FileStaging;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'liandong-staging-'));
    staging = new FileStaging(join(dir, '.staging'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('hashes, measures and keeps the head while writing the file', async () => {
    const body = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100_000, 7)]);
    const staged = await staging.stage(Readable.from([body.subarray(0, 3), body.subarray(3)]), {
      maxBytes: 200_000,
      headBytes: 8,
    });
    expect(staged.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(staged.size).toBe(body.length);
    expect(staged.head.toString('latin1')).toBe('%PDF-1.7');
    expect((await readFile(staged.path)).equals(body)).toBe(true);
    await staging.discard(staged);
    expect(readdirSync(staging.dir)).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    const staged = await staging.stage(chunks(1000, 64), { maxBytes: 1000 });
    expect(staged.size).toBe(1000);
  });

  it('fails past the limit and keeps nothing', async () => {
    await expect(staging.stage(chunks(1001, 64), { maxBytes: 1000 })).rejects.toBeInstanceOf(
      FileTooLargeError,
    );
    expect(readdirSync(staging.dir)).toEqual([]);
  });

  it('sweeps only staging files old enough to be leftovers', async () => {
    const now = Date.now();
    const staged = await staging.stage(chunks(10, 10), { maxBytes: 100 });
    const old = join(staging.dir, 'old.part');
    writeFileSync(old, 'x');
    utimesSync(old, new Date(now - 7_200_000), new Date(now - 7_200_000));
    expect(await staging.sweep(3_600_000, now)).toBe(1);
    expect(readdirSync(staging.dir)).toEqual([staged.path.split('/').pop()]);
    expect(await new FileStaging(join(dir, 'never-made')).sweep(0)).toBe(0);
  });
});
