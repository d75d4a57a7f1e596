import { ConfigError, loadConfig } from './config';

const base = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/liandong',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(40),
};

describe('loadConfig', () => {
  it('reads a valid environment with defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      env: 'development',
      seed: { kind: 'luoyang', demoPassword: 'liandong-demo' },
    });
  });

  it('names every missing or bad setting', () => {
    expect(() => loadConfig({ REDIS_URL: 'nope', JWT_SECRET: 'short' })).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/DATABASE_URL[\s\S]*REDIS_URL[\s\S]*JWT_SECRET/),
      }),
    );
  });

  it('refuses the default demo password in production', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(loadConfig({ ...base, NODE_ENV: 'production', DEMO_PASSWORD: 'a-real-secret-1' }).env).toBe(
      'production',
    );
    expect(loadConfig({ ...base, NODE_ENV: 'production', LIANDONG_SEED: 'none' }).seed.kind).toBe('none');
  });
});

describe('loadConfig files', () => {
  it('keeps files in a local directory by default', () => {
    expect(loadConfig(base).files).toEqual({ dir: '.data/files', maxBytes: 50 * 1024 * 1024, s3: null });
  });

  it('uses S3 only when a bucket is set', () => {
    expect(loadConfig({ ...base, S3_ENDPOINT: 'http://127.0.0.1:9000' }).files.s3).toBeNull();
    expect(loadConfig({ ...base, S3_BUCKET: '', S3_ENDPOINT: '' }).files.s3).toBeNull();
    expect(
      loadConfig({
        ...base,
        S3_BUCKET: 'evidence',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
      }).files.s3,
    ).toEqual({
      bucket: 'evidence',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      forcePathStyle: true,
    });
  });

  it('refuses half a set of S3 keys and a bad size limit', () => {
    expect(() => loadConfig({ ...base, S3_BUCKET: 'evidence', S3_ACCESS_KEY_ID: 'id' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, FILES_MAX_BYTES: '0' })).toThrow(/FILES_MAX_BYTES/);
  });
});
