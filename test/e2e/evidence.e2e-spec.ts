import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ACKNOWLEDGE,
  countRows,
  createAccount,
  createTenantTree,
  eventually,
  expectSentence,
  findingInput,
  Platform,
  publishedProject,
  startPlatform,
  SUBMIT,
  TenantTree,
} from '@liandong/testing-system';

const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A small PDF-looking file, different every time. */
const pdf = (size = 4096): Buffer =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(Math.max(0, size - 9))]).subarray(0, size);

const elf = (): Buffer =>
  Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(2048)]);

describe('evidence files over HTTP', () => {
  let platform: Platform;
  let tree: TenantTree;
  let filesDir: string;
  const tokens = new Map<string, string>();
  const previousFilesDir = process.env['LIANDONG_FILES_DIR'];

  async function token(username: string, url = platform.url): Promise<string> {
    const known = tokens.get(username);
    if (known) {
      return known;
    }
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
        variables: { u: username, p: 'liandong-demo' },
      }),
    });
    const body = (await response.json()) as { data: { login: { accessToken: string } } };
    tokens.set(username, body.data.login.accessToken);
    return body.data.login.accessToken;
  }

  async function upload(
    username: string | null,
    bytes: Buffer,
    options: { name?: string; type?: string; field?: string; url?: string } = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const url = options.url ?? platform.url;
    const form = new FormData();
    form.append(
      options.field ?? 'file',
      new Blob([bytes], { type: options.type ?? 'application/pdf' }),
      options.name ?? '走访记录.pdf',
    );
    const response = await fetch(`${url}/files`, {
      method: 'POST',
      headers: username ? { authorization: `Bearer ${await token(username, url)}` } : {},
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function download(username: string, sha256: string): Promise<Response> {
    return fetch(`${platform.url}/files/${sha256}`, {
      headers: { authorization: `Bearer ${await token(username)}` },
    });
  }

  const rowsFor = (sha256: string) =>
    countRows(platform.dataSource, 'SELECT 1 FROM evidence_file WHERE sha256 = $1', [sha256]);
  const storedPath = (sha256: string, dir = filesDir) =>
    join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  const stagingLeft = (dir = filesDir) =>
    existsSync(join(dir, '.staging')) ? readdirSync(join(dir, '.staging')) : [];

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'liandong-files-'));
    process.env['LIANDONG_FILES_DIR'] = filesDir;
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 2, 1);
  });
  afterAll(async () => {
    await platform?.close();
    if (previousFilesDir === undefined) {
      delete process.env['LIANDONG_FILES_DIR'];
    } else {
      process.env['LIANDONG_FILES_DIR'] = previousFilesDir;
    }
    rmSync(filesDir, { recursive: true, force: true });
  });

  const county1 = () => tree.counties[0] as string;
  const county2 = () => tree.counties[1] as string;
  const township = (county: string) => tree.townships[county]?.[0] as string;

  it('stores an upload under its SHA-256 and answers 201 with what was stored', async () => {
    const bytes = pdf(10_000);
    const { status, body } = await upload(county1(), bytes, { name: '现场照片/走访记录 2023.pdf' });
    expect(status).toBe(201);
    expect(body).toEqual({
      sha256: sha256Of(bytes),
      name: '走访记录 2023.pdf',
      mime: 'application/pdf',
      size: 10_000,
    });
    const [row] = (await platform.dataSource.query(
      `SELECT e.size::int AS size, t.code, a.username
         FROM evidence_file e JOIN tenant t ON t.id = e.tenant_id JOIN account a ON a.id = e.uploaded_by
        WHERE e.sha256 = $1`,
      [sha256Of(bytes)],
    )) as Array<{ size: number; code: string; username: string }>;
    expect(row).toEqual({ size: 10_000, code: county1(), username: county1() });
    expect(existsSync(storedPath(sha256Of(bytes)))).toBe(true);
    expect(stagingLeft()).toEqual([]);
  });

  it('stores the same bytes once, however often they are uploaded', async () => {
    const bytes = pdf(5000);
    const first = await upload(county1(), bytes, { name: '第一次.pdf' });
    const again = await upload(county1(), bytes, { name: '第二次.pdf' });
    const fromBelow = await upload(township(county1()), bytes, { name: '乡镇.pdf' });
    expect([first.status, again.status, fromBelow.status]).toEqual([201, 201, 201]);
    expect(again.body).toEqual(first.body);
    // The township cannot see the county's record, so it is told only what it sent itself.
    expect(fromBelow.body).toEqual({ ...first.body, name: '乡镇.pdf' });
    expect(await rowsFor(sha256Of(bytes))).toBe(1);
    expect(readdirSync(join(filesDir, sha256Of(bytes).slice(0, 2), sha256Of(bytes).slice(2, 4)))).toEqual([
      sha256Of(bytes),
    ]);
  });

  it('refuses a request without a valid token with 401 and reads nothing', async () => {
    const bytes = pdf();
    const anonymous = await upload(null, bytes);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body['code']).toBe('UNAUTHENTICATED');
    const forged = await fetch(`${platform.url}/files`, {
      method: 'POST',
      headers: { authorization: 'Bearer not-a-token' },
      body: new FormData(),
    });
    expect(forged.status).toBe(401);
    expect((await fetch(`${platform.url}/files/${sha256Of(bytes)}`)).status).toBe(401);
    expect(await rowsFor(sha256Of(bytes))).toBe(0);
  });

  it('refuses a read-only account with 403', async () => {
    const viewer = await createAccount(platform.dataSource, county1(), 'VIEWER');
    const bytes = pdf();
    const { status, body } = await upload(viewer, bytes);
    expect(status).toBe(403);
    expect(body['code']).toBe('FORBIDDEN');
    expect(await rowsFor(sha256Of(bytes))).toBe(0);
  });

  it('refuses content that is not an evidence type with 415, whatever it is called', async () => {
    const bytes = elf();
    const { status, body } = await upload(county1(), bytes, { name: '报告.pdf', type: 'application/pdf' });
    expect(status).toBe(415);
    expect(body['code']).toBe('UNSUPPORTED_MEDIA_TYPE');
    expectSentence(body['message']);
    expect(await rowsFor(sha256Of(bytes))).toBe(0);
    expect(existsSync(storedPath(sha256Of(bytes)))).toBe(false);
    expect(stagingLeft()).toEqual([]);
  });

  it('refuses a request that is not multipart or has no file field', async () => {
    const json = await fetch(`${platform.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token(county1())}`, 'content-type': 'application/json' },
      body: JSON.stringify({ file: 'x' }),
    });
    expect(json.status).toBe(415);
    const wrongField = await upload(county1(), pdf(), { field: 'attachment' });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body['code']).toBe('BAD_USER_INPUT');
    const empty = await upload(county1(), Buffer.alloc(0), { name: 'empty.txt', type: 'text/plain' });
    expect(empty.status).toBe(400);
  });

  it('tells plain text, office files and media apart by their bytes', async () => {
    const text = Buffer.from(`走访记录 ${randomBytes(8).toString('hex')}\n窗口无人值守。\n`, 'utf8');
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 6, 0]), randomBytes(500)]);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(300),
    ]);
    const results = await Promise.all([
      upload(county1(), text, { name: '记录.txt', type: 'text/plain' }),
      upload(county1(), docx, { name: '整改报告.docx', type: 'application/octet-stream' }),
      upload(county1(), png, { name: 'photo.jpg', type: 'image/jpeg' }),
    ]);
    expect(results.map((r) => [r.status, r.body['mime']])).toEqual([
      [201, 'text/plain'],
      [201, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [201, 'image/png'],
    ]);
  });

  it('gives the file back, byte for byte, to the uploading tenant and the tiers above it', async () => {
    const bytes = pdf(300_000);
    const name = '整改前 现场照片 "A".pdf';
    const uploaded = await upload(county1(), bytes, { name });
    expect(uploaded.status).toBe(201);
    for (const username of [county1(), tree.city]) {
      const response = await download(username, sha256Of(bytes));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-length')).toBe('300000');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(name);
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    }
  });

  it('answers 404 to anyone else, and for unknown or malformed hashes alike', async () => {
    const bytes = pdf();
    expect((await upload(county1(), bytes)).status).toBe(201);
    const department = `${county1()}-market`;
    for (const username of [county2(), township(county1()), township(county2()), department]) {
      const response = await download(username, sha256Of(bytes));
      expect(response.status).toBe(404);
      expect(((await response.json()) as { code: string }).code).toBe('NOT_FOUND');
    }
    const unknown = await download(county1(), sha256Of(randomBytes(16)));
    expect(unknown.status).toBe(404);
    for (const malformed of ['abc', 'Z'.repeat(64), `${sha256Of(bytes)}0`, '..%2F..%2Fetc%2Fpasswd']) {
      expect([400, 404]).toContain((await download(county1(), malformed)).status);
    }
  });

  it('lets a department account read back its own upload, as its tenant can', async () => {
    const department = `${county2()}-gov`;
    const own = pdf();
    expect((await upload(department, own)).status).toBe(201);
    expect((await download(department, sha256Of(own))).status).toBe(200);
    expect((await download(county2(), sha256Of(own))).status).toBe(200);
  });

  it('serves a file to whoever may see a finding citing it', async () => {
    const bytes = pdf();
    expect((await upload(county1(), bytes)).status).toBe(201);
    expect((await download(county2(), sha256Of(bytes))).status).toBe(404);

    const city = await platform.as(tree.city);
    const reporter = await platform.as(county2());
    const { assignments } = await publishedProject(city, [county2()]);
    await reporter.ok(ACKNOWLEDGE, { id: assignments[0]?.id });
    const submitted = await reporter.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId: assignments[0]?.id,
      findings: [findingInput()],
    });
    await platform.dataSource.query(
      'INSERT INTO finding_evidence (finding_id, sha256, position) VALUES ($1, $2, 0)',
      [submitted.submitFindings[0]?.id, sha256Of(bytes)],
    );

    const response = await download(county2(), sha256Of(bytes));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    // The finding is county 2's: its township does not see it, nor does the other county's township.
    expect((await download(township(county2()), sha256Of(bytes))).status).toBe(404);
    expect((await download(township(county1()), sha256Of(bytes))).status).toBe(404);
  });

  it('keeps nothing of an upload the client breaks off', async () => {
    const boundary = `----liandong${randomBytes(8).toString('hex')}`;
    const aborter = new AbortController();
    let chunks = 0;
    let stagedBeforeHangingUp = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="torn.pdf"\r\n` +
              'Content-Type: application/pdf\r\n\r\n',
          ),
        );
      },
      async pull(controller) {
        chunks += 1;
        if (chunks === 20) {
          // Hang up mid-file once the server has staged what it got.
          stagedBeforeHangingUp = await eventually(
            () => Promise.resolve(stagingLeft().length),
            (staged) => staged > 0,
            { intervalMs: 20, what: 'the upload staged' },
          );
          aborter.abort();
          controller.error(new Error('the client hung up'));
          return;
        }
        controller.enqueue(pdf(64 * 1024));
      },
    });
    await expect(
      fetch(`${platform.url}/files`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await token(county1())}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
        duplex: 'half',
        signal: aborter.signal,
      } as RequestInit),
    ).rejects.toThrow();
    expect(stagedBeforeHangingUp).toBe(1);
    await eventually(
      () => Promise.resolve(stagingLeft()),
      (left) => left.length === 0,
      { intervalMs: 20, what: 'the staged part removed' },
    );
    expect(
      await countRows(
        platform.dataSource,
        "SELECT 1 FROM evidence_file WHERE name = 'torn.pdf' AND uploaded_at > now() - interval '1 minute'",
      ),
    ).toBe(0);
  });

  describe('with a small size limit', () => {
    let small: Platform;
    let smallDir: string;
    const previousMax = process.env['FILES_MAX_BYTES'];
    const LIMIT = 64 * 1024;

    beforeAll(async () => {
      smallDir = mkdtempSync(join(tmpdir(), 'liandong-files-small-'));
      process.env['FILES_MAX_BYTES'] = String(LIMIT);
      process.env['LIANDONG_FILES_DIR'] = smallDir;
      small = await startPlatform();
    });
    afterAll(async () => {
      await small?.close();
      if (previousMax === undefined) {
        delete process.env['FILES_MAX_BYTES'];
      } else {
        process.env['FILES_MAX_BYTES'] = previousMax;
      }
      process.env['LIANDONG_FILES_DIR'] = filesDir;
      rmSync(smallDir, { recursive: true, force: true });
    });

    it('accepts a file of exactly the limit', async () => {
      const bytes = pdf(LIMIT);
      const { status, body } = await upload(county1(), bytes, { url: small.url });
      expect(status).toBe(201);
      expect(body['size']).toBe(LIMIT);
    });

    it.each([
      ['found while streaming', LIMIT + 1],
      ['found while streaming, well past the limit', 400 * 1024],
      ['announced by Content-Length', 3 * 1024 * 1024],
    ])('refuses a larger one with 413 and keeps nothing (%s)', async (_how, size) => {
      const bytes = pdf(size);
      const { status, body } = await upload(county1(), bytes, { url: small.url });
      expect(status).toBe(413);
      expect(body['code']).toBe('PAYLOAD_TOO_LARGE');
      expectSentence(body['message']);
      expect(await rowsFor(sha256Of(bytes))).toBe(0);
      expect(existsSync(storedPath(sha256Of(bytes), smallDir))).toBe(false);
      expect(stagingLeft(smallDir)).toEqual([]);
      // The server is still answering.
      expect((await upload(county1(), pdf(1000), { url: small.url })).status).toBe(201);
    });

    it('refuses a streamed upload without Content-Length once it passes the limit, and answers readably', async () => {
      const boundary = `----liandong${randomBytes(8).toString('hex')}`;
      const total = 8 * 1024 * 1024;
      let sent = 0;
      const chunk = pdf(64 * 1024);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
                'Content-Type: application/pdf\r\n\r\n',
            ),
          );
        },
        pull(controller) {
          if (sent >= total) {
            controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
            controller.close();
            return;
          }
          controller.enqueue(chunk);
          sent += chunk.length;
        },
      });
      const response = await fetch(`${small.url}/files`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await token(county1(), small.url)}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(((await response.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
      expect(stagingLeft(smallDir)).toEqual([]);
      expect((await upload(county1(), pdf(1000), { url: small.url })).status).toBe(201);
    });
  });
});
