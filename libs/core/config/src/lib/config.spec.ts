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
