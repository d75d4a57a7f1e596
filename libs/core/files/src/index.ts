export * from './lib/file-store';
export * from './lib/local-file-store';
// The S3 client loads only when configured (it costs ~80 ms and ~20 MB at start).
export type { S3FileStore } from './lib/s3-file-store';
export * from './lib/file-staging';
export * from './lib/files.module';
export * from './lib/content-disposition';
