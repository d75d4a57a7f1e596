import { z } from 'zod';

/** The demo password the README documents; a production start refuses it. */
export const DEFAULT_DEMO_PASSWORD = 'liandong-demo';

const duration = z.coerce.number().int().positive();
/** An optional setting; exported but empty (`S3_BUCKET=`) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url({ message: 'must be a postgres:// URL' }),
  REDIS_URL: z.string().url({ message: 'must be a redis:// URL' }),
  JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }),
  ACCESS_TOKEN_TTL_SECONDS: duration.default(8 * 3600),
  DEMO_PASSWORD: z.string().min(8).default(DEFAULT_DEMO_PASSWORD),
  LIANDONG_SEED: z.enum(['luoyang', 'none']).default('luoyang'),
  LIANDONG_DIVISIONS_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  OUTBOX_POLL_MS: duration.default(500),
  DEADLINE_SWEEP_MS: duration.default(30_000),
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
});

export type Environment = z.infer<typeof environmentSchema>;

export interface AppConfig {
  env: Environment['NODE_ENV'];
  port: number;
  databaseUrl: string;
  redisUrl: string;
  auth: { jwtSecret: string; accessTokenTtlSeconds: number };
  seed: { kind: Environment['LIANDONG_SEED']; demoPassword: string; divisionsDir?: string };
  logLevel: Environment['LOG_LEVEL'];
  queue: { outboxPollMs: number; deadlineSweepMs: number };
  db: { poolSize: number };
  files: FilesConfig;
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
  if (
    env.NODE_ENV === 'production' &&
    env.DEMO_PASSWORD === DEFAULT_DEMO_PASSWORD &&
    env.LIANDONG_SEED !== 'none'
  ) {
    throw new ConfigError(
      '生产环境不得使用默认演示密码 / production refuses the default DEMO_PASSWORD: set DEMO_PASSWORD or LIANDONG_SEED=none',
    );
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    auth: { jwtSecret: env.JWT_SECRET, accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS },
    seed: {
      kind: env.LIANDONG_SEED,
      demoPassword: env.DEMO_PASSWORD,
      divisionsDir: env.LIANDONG_DIVISIONS_DIR,
    },
    logLevel: env.LOG_LEVEL,
    queue: { outboxPollMs: env.OUTBOX_POLL_MS, deadlineSweepMs: env.DEADLINE_SWEEP_MS },
    db: { poolSize: env.DB_POOL_SIZE },
    files: { dir: env.LIANDONG_FILES_DIR, maxBytes: env.FILES_MAX_BYTES, s3: s3Config(env) },
  };
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
