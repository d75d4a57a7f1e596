import type { Readable } from 'node:stream';

/** The injection token of the configured {@link FileStore}. */
export const FILE_STORE = Symbol('FILE_STORE');

export interface PutOptions {
  /** Known length in bytes; lets a remote store skip buffering. */
  size?: number;
  contentType?: string;
}

/**
 * Where files live, behind one interface: a local directory by default, S3-compatible storage when
 * configured. Keys are relative paths of plain segments (`ab/cd/<sha256>`); bodies always move as streams.
 */
export interface FileStore {
  /** Stores the stream under `key`, replacing what was there; readers never see a half-written file. */
  put(key: string, body: Readable, options?: PutOptions): Promise<void>;
  /** Stores a finished local file under `key` and takes it over: the file at `path` is gone afterwards. */
  putFile(key: string, path: string, options?: PutOptions): Promise<void>;
  /** The stored bytes as a stream, or null when nothing is stored under `key`. */
  get(key: string): Promise<Readable | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the file; removing a missing one is no error. */
  delete(key: string): Promise<void>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

/** The key of content addressed by its SHA-256: two levels of fan-out keep directories small. */
export function contentKey(sha256: string): string {
  if (!isSha256Hex(sha256)) {
    throw new Error(`not a lowercase hex SHA-256: ${JSON.stringify(sha256)}`);
  }
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

const KEY_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Keys are plain relative paths; nothing that could climb out of a directory or hide in a dot-folder. */
export function assertFileKey(key: string): string {
  const segments = key.split('/');
  if (key.length > 1024 || !segments.every((segment) => KEY_SEGMENT.test(segment))) {
    throw new Error(`invalid file key: ${JSON.stringify(key)}`);
  }
  return key;
}
