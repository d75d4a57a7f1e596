import { z } from 'zod';

/** The demo password the README documents; a production start refuses it. */
export const DEFAULT_DEMO_PASSWORD = 'liandong-demo';

const duration = z.coerce.number().int().positive();
const count = z.coerce.number().int().positive();
/** An optional setting; exported but empty (`S3_BUCKET=`) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * What `liandong seed` loads: the Luoyang demo (one city), the whole country's tenant tree for the national
 * scale test, or nothing.
 */
export const SEED_KINDS = ['luoyang', 'national', 'none'] as const;
export type SeedKind = (typeof SEED_KINDS)[number];

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url({ message: 'must be a postgres:// URL' }),
  /** The API's own connection: the `liandong_app` role, which row-level security holds to the caller. */
  APP_DATABASE_URL: optional(z.string().url({ message: 'must be a postgres:// URL' })),
  REDIS_URL: z.string().url({ message: 'must be a redis:// URL' }),
  JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }),
  ACCESS_TOKEN_TTL_SECONDS: duration.default(15 * 60),
  REFRESH_TOKEN_TTL_SECONDS: duration.default(14 * 24 * 3600),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: count.default(10),
  LOGIN_MAX_FAILURES_PER_ADDRESS: count.default(100),
  LOGIN_FAILURE_WINDOW_SECONDS: duration.default(15 * 60),
  TRUST_PROXY: z
    .string()
    .trim()
    .min(1)
    .default('false')
    .transform((value): TrustProxy => {
      if (value === 'true' || value === 'false') {
        return value === 'true';
      }
      return /^\d+$/.test(value) ? Number(value) : value;
    }),
  DEMO_PASSWORD: z.string().min(8).default(DEFAULT_DEMO_PASSWORD),
  LIANDONG_SEED: z.enum(SEED_KINDS).default('luoyang'),
  LIANDONG_DIVISIONS_DIR: z.string().optional(),
  /** "silent" writes nothing: for tests that would otherwise fill their output. */
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  OUTBOX_POLL_MS: duration.default(500),
  DEADLINE_SWEEP_MS: duration.default(30_000),
  OUTBOX_RECONCILE_MS: duration.default(60_000),
  DB_POOL_SIZE: duration.default(10),
  LIANDONG_FILES_DIR: z.string().min(1).default('.data/files'),
  FILES_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  S3_BUCKET: optional(z.string()),
  S3_ENDPOINT: optional(z.string().url({ message: 'must be an http(s):// URL' })),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
  S3_FORCE_PATH_STYLE: optional(z.enum(['true', 'false'])),
  GRAPHQL_MAX_DEPTH: count.default(10),
  GRAPHQL_MAX_ALIASES: count.default(30),
  GRAPHQL_MAX_TOKENS: count.default(5_000),
  GRAPHQL_MAX_COST: count.default(50_000),
  GRAPHQL_OPERATION_TIMEOUT_MS: duration.default(30_000),
  HTTP_HEADERS_TIMEOUT_MS: duration.default(20_000),
  HTTP_REQUEST_TIMEOUT_MS: duration.default(300_000),
  PUBLIC_READS_PER_MINUTE: count.default(120),
  /** Bearer token a Prometheus scraper sends to GET /metrics; unset, the endpoint is off. */
  METRICS_TOKEN: optional(z.string().min(16, { message: 'must be at least 16 characters' })),
});

export type Environment = z.infer<typeof environmentSchema>;

/**
 * Every variable the configuration reads, and whether a start fails without it (no default, not optional):
 * what a deployment file (docker-compose.yml) must pass, derived from the schema rather than copied by hand.
 */
export function configVariables(): Array<{ name: string; required: boolean }> {
  return Object.entries(environmentSchema.shape).map(([name, schema]) => ({
    name,
    required: !schema.safeParse(undefined).success,
  }));
}

/**
 * Express's `trust proxy`: false (the socket's address is the client), true, a number of hops, or a list of
 * addresses/subnets (`loopback, 10.0.0.0/8`). It decides which address failed sign-ins are counted against.
 */
export type TrustProxy = boolean | number | string;

export interface AuthConfig {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Failed sign-ins counted in a fixed window; reaching a limit refuses further attempts until it ends. */
  loginThrottle: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; windowSeconds: number };
}

export interface AppConfig {
  env: Environment['NODE_ENV'];
  port: number;
  databaseUrl: string;
  /** The API connects as the application role; absent, the API refuses to start (the worker and CLI need none). */
  appDatabaseUrl: string | null;
  redisUrl: string;
  auth: AuthConfig;
  http: HttpConfig;
  graphql: GraphqlLimits;
  seed: { kind: SeedKind; demoPassword: string; divisionsDir?: string };
  logLevel: Environment['LOG_LEVEL'];
  queue: { outboxPollMs: number; deadlineSweepMs: number; outboxReconcileMs: number };
  db: { poolSize: number };
  files: FilesConfig;
  /** `GET /metrics` answers only to this bearer token; null turns the endpoint off (404). */
  metrics: { token: string | null };
}

export interface HttpConfig {
  trustProxy: TrustProxy;
  /** How long a client may take to send a request's headers, and the whole request (uploads included). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** Reads of the public (sign-in free) disclosure page allowed per client address and minute. */
  publicReadsPerMinute: number;
}

/** What one GraphQL operation may ask for; anything larger is refused before a resolver runs. */
export interface GraphqlLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** graphql-armor's cost: fields weighted by depth, multiplied by a literal `first`. */
  maxCost: number;
  /** A query still running after this long is answered with an error. */
  operationTimeoutMs: number;
}

/** Where evidence files live: a local directory, or an S3-compatible bucket when S3_BUCKET is set. */
export interface FilesConfig {
  /** The local store's directory; with S3 it only holds uploads while they are checked. */
  dir: string;
  maxBytes: number;
  s3: S3Config | null;
}

export interface S3Config {
  bucket: string;
  region: string;
  endpoint?: string;
  /** Absent: the SDK's default credential chain (instance role, shared profile …). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; the only place that reads process.env. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`配置无效 / invalid configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  const unsafe = env.NODE_ENV === 'production' ? productionProblems(env) : [];
  if (unsafe.length > 0) {
    throw new ConfigError(`生产环境配置不安全 / unsafe production configuration:\n${unsafe.join('\n')}`);
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    appDatabaseUrl: env.APP_DATABASE_URL ?? null,
    redisUrl: env.REDIS_URL,
    auth: {
      jwtSecret: env.JWT_SECRET,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
      loginThrottle: {
        maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
        windowSeconds: env.LOGIN_FAILURE_WINDOW_SECONDS,
      },
    },
    http: {
      trustProxy: env.TRUST_PROXY,
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      publicReadsPerMinute: env.PUBLIC_READS_PER_MINUTE,
    },
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxCost: env.GRAPHQL_MAX_COST,
      operationTimeoutMs: env.GRAPHQL_OPERATION_TIMEOUT_MS,
    },
    seed: {
      kind: env.LIANDONG_SEED,
      demoPassword: env.DEMO_PASSWORD,
      divisionsDir: env.LIANDONG_DIVISIONS_DIR,
    },
    logLevel: env.LOG_LEVEL,
    queue: {
      outboxPollMs: env.OUTBOX_POLL_MS,
      deadlineSweepMs: env.DEADLINE_SWEEP_MS,
      outboxReconcileMs: env.OUTBOX_RECONCILE_MS,
    },
    db: { poolSize: env.DB_POOL_SIZE },
    files: { dir: env.LIANDONG_FILES_DIR, maxBytes: env.FILES_MAX_BYTES, s3: s3Config(env) },
    metrics: { token: env.METRICS_TOKEN ?? null },
  };
}

/** Words of placeholder secrets (docs, samples, scripts/cli.mjs's `command-line-only-secret-…`). */
const PLACEHOLDER_SECRET = /change-?_?me|secret|example|placeholder|default|dummy|insecure/i;
/** Database passwords that come with images, tutorials or this repository (scripts/services.mjs). */
const DEFAULT_DATABASE_PASSWORDS = new Set([
  'postgres',
  'password',
  'passw0rd',
  'admin',
  'root',
  'liandong',
  'liandong-local',
  '123456',
  '12345678',
]);

/** What a production start refuses: secrets that are missing, documented or guessable. */
function productionProblems(env: Environment): string[] {
  const problems: string[] = [];
  if (env.DEMO_PASSWORD === DEFAULT_DEMO_PASSWORD && env.LIANDONG_SEED !== 'none') {
    problems.push(
      '  DEMO_PASSWORD: 生产环境不得使用默认演示密码 / production refuses the default DEMO_PASSWORD: set DEMO_PASSWORD or LIANDONG_SEED=none',
    );
  }
  if (PLACEHOLDER_SECRET.test(env.JWT_SECRET) || new Set(env.JWT_SECRET).size < 8) {
    problems.push(
      '  JWT_SECRET: 不得使用示例或过于简单的密钥 / must not be a placeholder or low-variety value: use e.g. `openssl rand -hex 32`',
    );
  }
  const urls: Array<[string, string | undefined]> = [
    ['DATABASE_URL', env.DATABASE_URL],
    ['APP_DATABASE_URL', env.APP_DATABASE_URL],
  ];
  for (const [name, url] of urls) {
    const problem = url === undefined ? null : databasePasswordProblem(url);
    if (problem) {
      problems.push(`  ${name}: ${problem}`);
    }
  }
  return problems;
}

function databasePasswordProblem(url: string): string | null {
  let user = '';
  let password = '';
  try {
    const parsed = new URL(url);
    user = decodeURIComponent(parsed.username);
    password = decodeURIComponent(parsed.password);
  } catch {
    // An unparsable URL has no usable password either.
  }
  if (!password) {
    return '须包含数据库密码 / must carry the database password';
  }
  if (
    DEFAULT_DATABASE_PASSWORDS.has(password.toLowerCase()) ||
    PLACEHOLDER_SECRET.test(password) ||
    password === user
  ) {
    return '不得使用默认或示例数据库密码 / must not use a default or sample password';
  }
  return null;
}

function s3Config(env: Environment): S3Config | null {
  if (!env.S3_BUCKET) {
    return null;
  }
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    throw new ConfigError(
      '配置无效 / invalid configuration: S3_ACCESS_KEY_ID 与 S3_SECRET_ACCESS_KEY 须同时设置 / set both or neither',
    );
  }
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
    // S3-compatible servers (MinIO, Ceph …) at their own endpoint usually want path-style addressing.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(env.S3_ENDPOINT),
  };
}
