import { loadConfig } from '@liandong/config';
import { createFileStore } from './files.module';
import { LocalFileStore } from './local-file-store';
import { S3FileStore } from './s3-file-store';

const base = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/liandong',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(40),
};

describe('createFileStore', () => {
  it('keeps files in the configured directory by default', async () => {
    const store = await createFileStore(loadConfig({ ...base, LIANDONG_FILES_DIR: '/srv/evidence' }));
    expect(store).toBeInstanceOf(LocalFileStore);
    expect((store as LocalFileStore).root).toBe('/srv/evidence');
  });

  it('uses the S3 bucket once one is configured', async () => {
    const store = await createFileStore(
      loadConfig({ ...base, S3_BUCKET: 'evidence', S3_ENDPOINT: 'http://127.0.0.1:9000' }),
    );
    expect(store).toBeInstanceOf(S3FileStore);
  });
});
