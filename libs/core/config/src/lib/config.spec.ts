import { ConfigError, configVariables, loadConfig } from './config';

const base = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/liandong',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(40),
};

/** What a careful production deployment sets: generated secrets, no demo data. */
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://liandong:Xq7%40v93kPzL2mWc@db.internal:5432/liandong',
  REDIS_URL: 'redis://redis:6379',
  JWT_SECRET: '3f9a1c7e5b2d8046af13c9e7d5b0a2f4c6e8d1b3a5f7092e4c6b8d0f1a3c5e7b',
} as const;

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
    expect(() => loadConfig(production)).toThrow(/DEMO_PASSWORD/);
    expect(loadConfig({ ...production, DEMO_PASSWORD: 'a-real-secret-1' }).env).toBe('production');
    expect(loadConfig({ ...production, LIANDONG_SEED: 'none' }).seed.kind).toBe('none');
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

describe('loadConfig authentication', () => {
  it('issues short-lived access tokens, two-week refresh tokens and counts failed sign-ins by default', () => {
    expect(loadConfig(base).auth).toEqual({
      jwtSecret: base.JWT_SECRET,
      accessTokenTtlSeconds: 900,
      refreshTokenTtlSeconds: 14 * 24 * 3600,
      loginThrottle: { maxFailuresPerAccount: 10, maxFailuresPerAddress: 100, windowSeconds: 900 },
    });
    expect(loadConfig(base).http.trustProxy).toBe(false);
  });

  it('reads the limits and refuses a limit that is not a positive whole number', () => {
    const config = loadConfig({
      ...base,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '10',
      LOGIN_FAILURE_WINDOW_SECONDS: '60',
    });
    expect(config.auth.loginThrottle).toEqual({
      maxFailuresPerAccount: 3,
      maxFailuresPerAddress: 10,
      windowSeconds: 60,
    });
    expect(() => loadConfig({ ...base, LOGIN_MAX_FAILURES_PER_ACCOUNT: '0' })).toThrow(
      /LOGIN_MAX_FAILURES_PER_ACCOUNT/,
    );
  });

  it.each([
    ['false', false],
    ['true', true],
    ['1', 1],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('reads TRUST_PROXY=%s as %p', (value, expected) => {
    expect(loadConfig({ ...base, TRUST_PROXY: value }).http.trustProxy).toEqual(expected);
  });
});

describe('loadConfig in production', () => {
  const withDemo = { ...production, DEMO_PASSWORD: 'Gq8-vR2m-Tz5w' };

  it('starts with generated secrets', () => {
    expect(loadConfig(withDemo).env).toBe('production');
  });

  it.each([
    'change-me-change-me-change-me-change-me',
    'please-changeme-before-going-live-0123456789',
    'command-line-only-secret-not-used-for-tokens',
    'an-example-jwt-signing-key-for-the-readme-0001',
    'x'.repeat(40),
    'abababababababababababababababab',
  ])('refuses the placeholder JWT_SECRET %s', (secret) => {
    expect(() => loadConfig({ ...withDemo, JWT_SECRET: secret })).toThrow(/JWT_SECRET/);
  });

  it.each([
    ['no password', 'postgres://liandong@db:5432/liandong'],
    ['no credentials', 'postgres://db:5432/liandong'],
    ['postgres', 'postgres://postgres:postgres@db:5432/liandong'],
    ['password', 'postgres://liandong:password@db:5432/liandong'],
    ['the embedded server of npm start', 'postgres://postgres:liandong-local@127.0.0.1:54329/liandong'],
    ['the user name', 'postgres://liandong:liandong@db:5432/liandong'],
    ['a placeholder', 'postgres://liandong:change-me@db:5432/liandong'],
  ])('refuses a DATABASE_URL with %s', (_label, url) => {
    expect(() => loadConfig({ ...withDemo, DATABASE_URL: url })).toThrow(/DATABASE_URL/);
  });

  it('names every unsafe setting at once', () => {
    expect(() =>
      loadConfig({
        ...production,
        JWT_SECRET: 'change-me'.repeat(4),
        DATABASE_URL: 'postgres://db/liandong',
      }),
    ).toThrow(/DEMO_PASSWORD[\s\S]*JWT_SECRET[\s\S]*DATABASE_URL/);
  });

  it('accepts the same placeholders outside production', () => {
    expect(
      loadConfig({
        ...base,
        JWT_SECRET: 'command-line-only-secret-not-used-for-tokens',
        DATABASE_URL: 'postgres://postgres:liandong-local@127.0.0.1:54329/liandong',
      }).env,
    ).toBe('development');
  });
});

describe('loadConfig request limits', () => {
  it('bounds GraphQL operations and HTTP requests by default', () => {
    const config = loadConfig(base);
    expect(config.graphql).toEqual({
      maxDepth: 10,
      maxAliases: 30,
      maxTokens: 5_000,
      maxCost: 50_000,
      operationTimeoutMs: 30_000,
    });
    expect(config.http).toMatchObject({ headersTimeoutMs: 20_000, requestTimeoutMs: 300_000 });
  });

  it('allows 120 public reads a minute per address unless told otherwise, and never none', () => {
    expect(loadConfig(base).http.publicReadsPerMinute).toBe(120);
    expect(loadConfig({ ...base, PUBLIC_READS_PER_MINUTE: '30' }).http.publicReadsPerMinute).toBe(30);
    expect(() => loadConfig({ ...base, PUBLIC_READS_PER_MINUTE: '0' })).toThrow(/PUBLIC_READS_PER_MINUTE/);
  });

  it('reads each limit and refuses one that is not a positive whole number', () => {
    expect(
      loadConfig({
        ...base,
        GRAPHQL_MAX_DEPTH: '12',
        GRAPHQL_MAX_COST: '80000',
        HTTP_REQUEST_TIMEOUT_MS: '60000',
      }),
    ).toMatchObject({ graphql: { maxDepth: 12, maxCost: 80_000 }, http: { requestTimeoutMs: 60_000 } });
    expect(() => loadConfig({ ...base, GRAPHQL_MAX_ALIASES: '0' })).toThrow(/GRAPHQL_MAX_ALIASES/);
    expect(() => loadConfig({ ...base, GRAPHQL_MAX_TOKENS: 'many' })).toThrow(/GRAPHQL_MAX_TOKENS/);
    expect(() => loadConfig({ ...base, GRAPHQL_OPERATION_TIMEOUT_MS: '-1' })).toThrow(
      /GRAPHQL_OPERATION_TIMEOUT_MS/,
    );
  });
});

describe('loadConfig metrics', () => {
  it('keeps /metrics off unless a token is set', () => {
    expect(loadConfig(base).metrics.token).toBeNull();
    expect(loadConfig({ ...base, METRICS_TOKEN: '' }).metrics.token).toBeNull();
    expect(loadConfig({ ...base, METRICS_TOKEN: 'm'.repeat(16) }).metrics.token).toBe('m'.repeat(16));
  });

  it('refuses a token shorter than 16 characters', () => {
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'short-token' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('configVariables', () => {
  it('names every variable read, and as required exactly those a start fails without', () => {
    const variables = configVariables();
    const required = variables.filter((variable) => variable.required).map((variable) => variable.name);
    expect(required.sort()).toEqual(['DATABASE_URL', 'JWT_SECRET', 'REDIS_URL']);
    expect(variables.map((variable) => variable.name)).toEqual(
      expect.arrayContaining(['APP_DATABASE_URL', 'PORT', 'LIANDONG_FILES_DIR', 'S3_BUCKET']),
    );
    // The required ones are what `base` sets: with only them, loading succeeds.
    expect(() =>
      loadConfig(Object.fromEntries(required.map((name) => [name, base[name as keyof typeof base]]))),
    ).not.toThrow();
  });
});
