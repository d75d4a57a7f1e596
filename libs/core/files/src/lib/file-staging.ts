import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The upload went past the size limit; nothing of it was kept. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file exceeds ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/** An upload written to a staging file, hashed and measured on the way, not yet in the store. */
export interface StagedFile {
  path: string;
  sha256: string;
  size: number;
  /** The first bytes, for telling the type from the content. */
  head: Buffer;
}

export interface StageOptions {
  maxBytes: number;
  /** How many leading bytes to keep in {@link StagedFile.head}. */
  headBytes?: number;
}

const DEFAULT_HEAD_BYTES = 64;

/**
 * Hashes, counts and keeps the head of a stream while passing it on, failing as soon as the count passes
 * the limit: one pass over the bytes, never more than a chunk of them in memory.
 */
class MeteringTransform extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  private readonly headChunks: Buffer[] = [];
  private headSize = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly headBytes: number,
  ) {
    super();
  }

  get head(): Buffer {
    return Buffer.concat(this.headChunks, this.headSize);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      callback(new FileTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    if (this.headSize < this.headBytes) {
      const part = chunk.subarray(0, this.headBytes - this.headSize);
      this.headChunks.push(Buffer.from(part));
      this.headSize += part.length;
    }
    callback(null, chunk);
  }
}

/**
 * Uploads land here first: the content's hash (and so its key in the store) is known only at the end.
 * The directory sits beside the local store so that handing a file over is a rename.
 */
export class FileStaging {
  constructor(readonly dir: string) {}

  async stage(source: Readable, options: StageOptions): Promise<StagedFile> {
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, `${randomUUID()}.part`);
    const meter = new MeteringTransform(options.maxBytes, options.headBytes ?? DEFAULT_HEAD_BYTES);
    try {
      await pipeline(source, meter, createWriteStream(path, { flags: 'wx' }));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { path, sha256: meter.hash.digest('hex'), size: meter.size, head: meter.head };
  }

  async discard(file: StagedFile): Promise<void> {
    await rm(file.path, { force: true });
  }

  /** Removes staging files a crashed process left behind; anything younger may still be in flight. */
  async sweep(olderThanMs: number, now = Date.now()): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return 0;
      }
      throw error;
    }
    let removed = 0;
    for (const name of names) {
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs > olderThanMs) {
        await rm(path, { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}
