import type { Server } from 'node:http';
import { GraphqlClient } from '@liandong/testing';
import { Platform, projectInput, startPlatform } from '@liandong/testing-system';

/** What only shows when internals leak: a stack frame, a source path, the driver, SQL, a schema hint. */
const LEAKS =
  /stacktrace|\bat \S+ \(|\.ts:\d+|node_modules|QueryFailedError|invalid input syntax|SELECT |INSERT |Did you mean/;

interface HttpAnswer {
  status: number;
  contentType: string | null;
  body: Record<string, unknown>;
  text: string;
}

/** Every sentence a person reads carries Chinese and English. */
const BILINGUAL = /\p{Script=Han}.* \/ [A-Z]/u;

describe('GraphQL hardening and bad input', () => {
  let platform: Platform;
  let city: GraphqlClient;

  beforeAll(async () => {
    platform = await startPlatform();
    city = await platform.as('4103');
  });
  afterAll(() => platform.close());

  async function send(path: string, init: RequestInit = {}): Promise<HttpAnswer> {
    const response = await fetch(`${platform.url}${path}`, init);
    const text = await response.text();
    expect(text).not.toMatch(LEAKS);
    let body: Record<string, unknown> = {};
    if (text) {
      body = JSON.parse(text) as Record<string, unknown>;
    }
    return { status: response.status, contentType: response.headers.get('content-type'), body, text };
  }

  /** A POST to /graphql with a body as given (not necessarily JSON), as the city coordinator. */
  function postGraphql(body: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    return send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...city.authorization(), ...headers },
      body,
    });
  }

  /** The one error of a request refused as a whole: no data, a single error. */
  function onlyError(answer: HttpAnswer): { message: string; extensions: Record<string, unknown> } {
    expect(answer.body).not.toHaveProperty('data');
    const errors = answer.body['errors'] as Array<{ message: string; extensions: Record<string, unknown> }>;
    expect(errors).toHaveLength(1);
    return errors[0]!;
  }

  describe('operations over a limit are refused before any resolver runs', () => {
    it('refuses a query nested deeper than 10 levels, and runs no resolver of it', async () => {
      const input = projectInput();
      const deep =
        'mutation ($input: JointProjectInput!) { createJointProject(input: $input) ' +
        '{ issuer { children { parent { children { parent { children { parent { children { parent { code } } } } } } } } } } }';
      const answer = await postGraphql(JSON.stringify({ query: deep, variables: { input } }));
      expect(answer.status).toBe(400);
      const error = onlyError(answer);
      expect(error.extensions).toEqual({
        code: 'GRAPHQL_VALIDATION_FAILED',
        reason: 'QUERY_TOO_DEEP',
        zh: '查询嵌套超过 10 层',
        en: 'The query is nested more than 10 levels deep.',
      });
      expect(error.message).toBe('查询嵌套超过 10 层 / The query is nested more than 10 levels deep.');

      const projects = await city.ok<{ jointProjects: Array<{ title: string }> }>(
        'query ($year: Int) { jointProjects(year: $year) { title } }',
        { year: input['year'] },
      );
      expect(projects.jointProjects.map((project) => project.title)).not.toContain(input['title']);
    });

    it('answers 30 aliases and refuses 31', async () => {
      const aliased = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
      expect(Object.keys(await city.ok(aliased(30)))).toHaveLength(30);

      const answer = await postGraphql(JSON.stringify({ query: aliased(31) }));
      expect(answer.status).toBe(400);
      const error = onlyError(answer);
      expect(error.extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        reason: 'TOO_MANY_ALIASES',
      });
      expect(error.message).toBe('查询使用的别名超过 30 个 / The query uses more than 30 aliases.');
    });

    it('refuses a query whose cost is over 50,000 and answers the same fields on a smaller page', async () => {
      const page = (first: number) =>
        `{ findings(first: ${first}) { edges { node { id title description status severity category location ` +
        'reportedAt tenant { code name } department { name } method { name } reviews { accepted reason at by { username } } } } } }';
      await city.ok(page(100));

      const answer = await postGraphql(JSON.stringify({ query: page(500) }));
      expect(answer.status).toBe(400);
      const error = onlyError(answer);
      expect(error.extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        reason: 'QUERY_TOO_COSTLY',
      });
      expect(error.message).toMatch(
        /^查询过于复杂\(上限 50000\).* \/ The query is too costly \(limit 50000\)/,
      );
    });

    it('refuses more than 50 directives', async () => {
      const answer = await postGraphql(
        JSON.stringify({ query: `{ me { ${'id @include(if: true) '.repeat(51)}} }` }),
      );
      expect(answer.status).toBe(400);
      expect(onlyError(answer).message).toBe(
        '查询使用的指令超过 50 个 / The query uses more than 50 directives.',
      );
    });

    it('stops parsing a query text of more than 5,000 tokens', async () => {
      const answer = await postGraphql(JSON.stringify({ query: `{ me { ${'id '.repeat(5_000)}} }` }));
      expect(answer.status).toBe(400);
      const error = onlyError(answer);
      expect(error.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', reason: 'QUERY_TOO_LONG' });
      expect(error.message).toBe(
        '查询文本过长(超过 5000 个词法单元),请用变量传递数据 / The query text is too long (more than 5000 tokens); pass data in variables.',
      );
    });

    it('refuses a batch of operations in one request', async () => {
      const answer = await postGraphql(
        JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
      );
      expect(answer.status).toBe(400);
      expect(onlyError(answer).extensions).toEqual({ code: 'BAD_REQUEST' });
    });

    it.each([
      ['a misspelt field', '{ me { usernam } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
      ['a misspelt argument', '{ findings(frist: 1) { totalCount } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
      [
        'a misspelt enum value',
        '{ findings(filter: { status: [CLOSE] }) { totalCount } }',
        {},
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'a misspelt enum value in a variable',
        'query ($s: [FindingStatus!]) { findings(filter: { status: $s }) { totalCount } }',
        { s: ['CLOSE'] },
        'BAD_USER_INPUT',
      ],
    ])('names no schema field or value in answer to %s', async (_case, query, variables, code) => {
      const answer = await postGraphql(JSON.stringify({ query, variables }));
      expect(answer.status).toBe(400);
      expect(onlyError(answer).extensions).toEqual({ code });
      expect(answer.text).not.toMatch(/Did you mean|"username"|"first"|"CLOSED"/);
    });
  });

  describe('bodies the server will not read', () => {
    it('answers a body over 5 MB with 413 and a clean JSON error', async () => {
      const big = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(5 * 1024 * 1024) } });
      const answer = await postGraphql(big);
      expect(answer.status).toBe(413);
      expect(answer.contentType).toMatch(/^application\/json/);
      const error = onlyError(answer);
      expect(error.extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        reason: 'BODY_TOO_LARGE',
        zh: '请求体超过 5 MB 上限',
        en: 'The request body is larger than the 5 MB limit.',
      });
      expect(error.message).toBe('请求体超过 5 MB 上限 / The request body is larger than the 5 MB limit.');
    });

    it.each([
      ['cut off', '{"query": "{ me { id } }", "variables": {'],
      ['not JSON at all', 'query { me { id } }'],
      ['a bare string', '"{ me { id } }"'],
      ['null', 'null'],
    ])('answers a body that is %s with 400 and a clean JSON error', async (_case, body) => {
      const answer = await postGraphql(body);
      expect(answer.status).toBe(400);
      const error = onlyError(answer);
      expect(error.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'BODY_NOT_JSON' });
      expect(error.message).toBe('请求体不是有效的 JSON / The request body is not valid JSON.');
    });

    it('answers a corrupt gzip body and an unknown charset as the client’s mistakes', async () => {
      const gzip = await postGraphql('not gzip', { 'content-encoding': 'gzip' });
      expect(gzip.status).toBe(400);
      expect(onlyError(gzip).message).toMatch(BILINGUAL);
      expect(onlyError(gzip).extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'BODY_UNREADABLE' });

      const charset = await postGraphql('{}', { 'content-type': 'application/json; charset=ebcdic' });
      expect(charset.status).toBe(415);
      expect(onlyError(charset).extensions).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        reason: 'BODY_ENCODING_UNSUPPORTED',
      });
    });
  });

  describe('arguments of the wrong kind', () => {
    it.each([
      ['jointProject', 'query ($id: ID!) { jointProject(id: $id) { id } }', "1' OR 1=1"],
      ['handoff', 'query ($id: ID!) { handoff(id: $id) { id } }', '../../etc/passwd'],
      ['tenant', 'query ($id: ID!) { tenant(id: $id) { id } }', '0b1f6d0e-5c0a-4c3e-9a4b-1d2e3f4a5b6'],
    ])('refuses a malformed id for %s as BAD_USER_INPUT naming the field', async (_field, query, id) => {
      const result = await city.request(query, { id });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'id' })],
      });
      expect(JSON.stringify(result)).not.toMatch(LEAKS);
    });

    it.each([
      [
        'a word for a number',
        'query ($first: Int) { findings(first: $first) { totalCount } }',
        { first: 'ten' },
      ],
      [
        'a number past 32 bits',
        'query ($first: Int) { findings(first: $first) { totalCount } }',
        { first: 2 ** 31 },
      ],
      ['an object for an id', 'query ($id: ID!) { jointProject(id: $id) { id } }', { id: { $ne: null } }],
      [
        'a list for a string',
        'query ($code: String!) { tenantByCode(code: $code) { id } }',
        { code: ['4103'] },
      ],
    ])('refuses %s before any resolver runs', async (_case, query, variables) => {
      const result = await city.request(query, variables);
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result)).not.toMatch(LEAKS);
    });

    it('refuses a title over 200 characters, and a 4 MB one, naming the field', async () => {
      const create = 'mutation ($input: JointProjectInput!) { createJointProject(input: $input) { id } }';
      for (const title of ['长'.repeat(201), 'x'.repeat(4 * 1024 * 1024)]) {
        const result = await city.request(create, { input: projectInput({ title }) });
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field: 'title' })],
        });
        expect(result.errors?.[0]?.message).toMatch(BILINGUAL);
      }
    });
  });

  describe('every page is bounded', () => {
    const pages: Array<[string, string]> = [
      [
        'findings',
        'query ($first: Int, $after: String) { findings(first: $first, after: $after) { totalCount } }',
      ],
      [
        'findingsToReview',
        'query ($first: Int, $after: String) { findingsToReview(first: $first, after: $after) { totalCount } }',
      ],
      [
        'ledger',
        'query ($first: Int, $after: String) { ledger(first: $first, after: $after) { totalCount } }',
      ],
    ];

    it.each(pages)('%s answers up to 500 rows a page', async (_field, query) => {
      await city.ok(query, { first: 500 });
    });

    it.each(pages.flatMap(([field, query]) => [0, -1, 501].map((first) => [field, first, query] as const)))(
      '%s refuses first: %i as BAD_USER_INPUT naming first',
      async (_field, first, query) => {
        const result = await city.request(query, { first });
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field: 'first' })],
        });
      },
    );

    it.each(pages)('%s refuses a forged cursor as BAD_USER_INPUT naming after', async (_field, query) => {
      const forged = Buffer.from("2024-01-01|'; DROP TABLE finding; --").toString('base64url');
      const result = await city.request(query, { first: 10, after: forged });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'after' })],
      });
    });
  });

  describe('plain-HTTP routes with malformed input', () => {
    it('answers a broken JSON body and an oversized one on /files in the routes’ own shape', async () => {
      const headers = { 'content-type': 'application/json', ...city.authorization() };
      const broken = await send('/files', { method: 'POST', headers, body: '{"file": ' });
      expect(broken.status).toBe(400);
      expect(broken.body).toEqual({
        code: 'BAD_REQUEST',
        reason: 'BODY_NOT_JSON',
        zh: '请求体不是有效的 JSON',
        en: 'The request body is not valid JSON.',
        message: '请求体不是有效的 JSON / The request body is not valid JSON.',
      });

      const big = await send('/files', {
        method: 'POST',
        headers,
        body: JSON.stringify({ pad: 'x'.repeat(5 * 1024 * 1024) }),
      });
      expect(big.status).toBe(413);
      expect(big.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'BODY_TOO_LARGE' });
    });

    it.each([
      ['no multipart boundary', 'multipart/form-data', 'garbage'],
      ['a body that is not multipart', 'multipart/form-data; boundary=xyz', 'garbage'],
      [
        'no file field',
        'multipart/form-data; boundary=xyz',
        '--xyz\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n--xyz--\r\n',
      ],
    ])('refuses an upload with %s as the client’s mistake', async (_case, contentType, body) => {
      const answer = await send('/files', {
        method: 'POST',
        headers: { 'content-type': contentType, ...city.authorization() },
        body,
      });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body['message']).toMatch(BILINGUAL);
    });

    it.each([
      ['not a hash', '/files/not-a-sha'],
      ['a path out of the store', '/files/..%2F..%2F..%2Fetc%2Fpasswd'],
      ['an unknown hash', `/files/${'0'.repeat(64)}`],
    ])('answers a download of %s without a server error', async (_case, path) => {
      const answer = await send(path, { headers: city.authorization() });
      expect([400, 404]).toContain(answer.status);
      expect(answer.body['code']).toEqual(expect.any(String));
    });

    it.each([
      ['an id that is not one', '?projectId=nope', 'filter.projectId'],
      ['an unknown status', '?status=FOO', 'filter.status'],
      ['a repeated project', '?projectId=a&projectId=b', 'projectId'],
      ['a flag that is not one', '?overdueOnly=perhaps', 'overdueOnly'],
    ])('refuses a ledger export with %s, naming the parameter', async (_case, query, field) => {
      const answer = await send(`/exports/ledger.xlsx${query}`, { headers: city.authorization() });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field })],
      });
    });
  });

  it('limits how long the server waits for a request’s headers and body', () => {
    const server = platform.api.getHttpServer() as Server;
    expect(server.headersTimeout).toBe(20_000);
    expect(server.requestTimeout).toBe(300_000);
  });
});
