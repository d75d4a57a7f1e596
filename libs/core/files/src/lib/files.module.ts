import { Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { FILE_STORE, FileStore } from './file-store';
import { FileStaging } from './file-staging';
import { LocalFileStore, stagingDirOf } from './local-file-store';

/** Staging files older than this are leftovers of a crash, not uploads in flight. */
const STALE_STAGING_MS = 6 * 3600 * 1000;

export async function createFileStore(config: AppConfig): Promise<FileStore> {
  if (!config.files.s3) {
    return new LocalFileStore(config.files.dir);
  }
  const { S3FileStore } = await import('./s3-file-store');
  return S3FileStore.fromConfig(config.files.s3);
}

/** The file store chosen by configuration (`FILE_STORE`) and the staging area uploads pass through. */
@Module({
  providers: [
    { provide: FILE_STORE, inject: [APP_CONFIG], useFactory: createFileStore },
    {
      provide: FileStaging,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): FileStaging => new FileStaging(stagingDirOf(config.files.dir)),
    },
  ],
  exports: [FILE_STORE, FileStaging],
})
export class FilesModule implements OnModuleInit {
  private readonly logger = new Logger('Files');

  constructor(@Inject(FileStaging) private readonly staging: FileStaging) {}

  async onModuleInit(): Promise<void> {
    const removed = await this.staging.sweep(STALE_STAGING_MS);
    if (removed > 0) {
      this.logger.warn({ message: 'removed stale staging files', removed, dir: this.staging.dir });
    }
  }
}
