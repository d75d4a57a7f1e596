import { Controller, Get, HttpStatus, Inject, OnApplicationShutdown, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '@liandong/auth';

export const REDIS_PROBE = Symbol('REDIS_PROBE');

type Check = 'up' | 'down';

async function probe(check: () => Promise<unknown>): Promise<Check> {
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
    ]);
    return 'up';
  } catch {
    return 'down';
  }
}

/** 200 once PostgreSQL and Redis answer and every migration has run; 503 otherwise. */
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS_PROBE) private readonly redis: Redis,
  ) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [postgres, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.redis.ping()),
    ]);
    const migrations: Check | 'pending' =
      postgres === 'up'
        ? (await this.dataSource.showMigrations().catch(() => true))
          ? 'pending'
          : 'up'
        : 'down';
    const ok = postgres === 'up' && redis === 'up' && migrations === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ok ? 'ok' : 'unavailable',
      checks: { postgres, redis, migrations },
    });
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
