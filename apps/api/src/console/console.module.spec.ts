import { Controller, Get, INestApplication, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleModule } from './console.module';

@Controller()
class ApiStandInController {
  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }

  @Post('graphql')
  graphql(): { data: null } {
    return { data: null };
  }
}

async function appServing(dir: string): Promise<{ app: INestApplication; url: string }> {
  const app = await NestFactory.create(
    {
      module: class TestModule {},
      imports: [ConsoleModule.register(dir)],
      controllers: [ApiStandInController],
    },
    { logger: false },
  );
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

describe('ConsoleModule', () => {
  let dir: string;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liandong-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"></html>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    ({ app, url } = await appServing(dir));
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for the console’s own routes, never cached', async () => {
    for (const path of ['/', '/dashboard/42']) {
      const answer = await fetch(`${url}${path}`);
      expect(answer.status).toBe(200);
      expect(await answer.text()).toContain('lang="zh-CN"');
      expect(answer.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache', async () => {
    const answer = await fetch(`${url}/assets/index-abc123.js`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toContain('immutable');
  });

  it('leaves the API’s paths to the API', async () => {
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
    const graphql = await fetch(`${url}/graphql`, { method: 'POST' });
    expect(await graphql.json()).toEqual({ data: null });
    for (const path of ['/graphql', '/files/abc', '/exports/problem-list.xlsx']) {
      const answer = await fetch(`${url}${path}`);
      expect(answer.status).toBe(404);
      expect(await answer.text()).not.toContain('<html');
    }
  });

  it('adds nothing when no console is built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'liandong-no-console-'));
    const bare = await appServing(empty);
    expect((await fetch(`${bare.url}/`)).status).toBe(404);
    await bare.app.close();
    rmSync(empty, { recursive: true, force: true });
  });
});
