import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { S3Config } from '@liandong/config';
import { assertFileKey, FileStore, PutOptions } from './file-store';

function isNotFound(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    failure.name === 'NoSuchKey' || failure.name === 'NotFound' || failure.$metadata?.httpStatusCode === 404
  );
}

export function s3ClientConfig(config: S3Config): S3ClientConfig {
  return {
    region: config.region,
    endpoint: config.endpoint,
    credentials: config.credentials,
    forcePathStyle: config.forcePathStyle,
    // Many S3-compatible servers reject the SDK's default trailing checksums; send them only when required.
    ...(config.endpoint
      ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
      : {}),
  };
}

/**
 * Files as objects in one bucket. Uploads go through the SDK's managed upload: one PUT for small files,
 * a multipart upload of bounded parts for large ones, so memory stays bounded whatever the size.
 */
export class S3FileStore implements FileStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  static fromConfig(config: S3Config): S3FileStore {
    return new S3FileStore(new S3Client(s3ClientConfig(config)), config.bucket);
  }

  async put(key: string, body: Readable, options: PutOptions = {}): Promise<void> {
    await new Upload({
      client: this.client,
      params: {
        Bucket: this.bucket,
        Key: assertFileKey(key),
        Body: body,
        ContentType: options.contentType,
        ContentLength: options.size,
      },
    }).done();
  }

  async putFile(key: string, path: string, options: PutOptions = {}): Promise<void> {
    const { size } = await stat(path);
    await this.put(key, createReadStream(path), { ...options, size });
    await rm(path, { force: true });
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const output = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: assertFileKey(key) }),
      );
      return output.Body instanceof Readable ? output.Body : null;
    } catch (error) {
      if (isNotFound(error)) {
        return null;
      }
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: assertFileKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) {
        return false;
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: assertFileKey(key) }));
  }
}
