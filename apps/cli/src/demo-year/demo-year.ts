import { INestApplicationContext } from '@nestjs/common';
export async function playDemoYear(_app: INestApplicationContext): Promise<Record<string, number>> { return {}; }
