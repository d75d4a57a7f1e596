import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { createApiApp } from '../../apps/api/src/bootstrap';

/** The settings a production API is started with; the API itself connects only through APP_DATABASE_URL. */
const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: randomBytes(32).toString('hex'),
  // Read and checked, never connected to by the API: it must merely not look like a default.
  DATABASE_URL: `postgres://liandong:${randomBytes(12).toString('hex')}@127.0.0.1:1/liandong`,
  LIANDONG_SEED: 'none',
};

describe('the API in production', () => {
  const saved: Record<string, string | undefined> = {};
  let api: INestApplication;
  let url: string;

  beforeAll(async () => {
    for (const [name, value] of Object.entries(PRODUCTION)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    api = await createApiApp({ logger: false });
    await api.listen(0, '127.0.0.1');
    url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await api.close();
    Object.assign(process.env, saved);
  });

  it('answers no introspection', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('shows no sandbox to a browser', async () => {
    const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await response.text();
    // Outside production the same request answers the sandbox's HTML page.
    expect(text).not.toMatch(/<html|embeddable-sandbox/i);
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('still serves the operations the contract names', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
