import { z } from 'zod';

/** The demo password the README documents; a production start refuses it. */
export const DEFAULT_DEMO_PASSWORD = 'liandong-demo';

const duration = z.coerce.number().int().positive();

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
  };
}
