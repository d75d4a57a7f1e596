import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { contentKey } from './file-store';
import { LocalFileStore, stagingDirOf } from './local-file-store';

describe('LocalFileStore', () => {
  let root: string;
  let store: LocalFileStore;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'liandong-store-'));
    store = new LocalFileStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const sha = createHash('sha256').update('证据').digest('hex');

  it('fans content keys out into two levels of folders', () => {
    expect(contentKey(sha)).toBe(`${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`);
    expect(() => contentKey('ABC')).toThrow(/SHA-256/);
  });

  it('stores a stream and gives it back', async () => {
    const key = contentKey(sha);
    expect(await store.exists(key)).toBe(false);
    await store.put(key, Readable.from([Buffer.from('证'), Buffer.from('据')]));
    expect(await store.exists(key)).toBe(true);
    expect(await readFile(join(root, key), 'utf8')).toBe('证据');
    expect(await text((await store.get(key))!)).toBe('证据');
    expect(readdirSync(stagingDirOf(root))).toEqual([]);
  });

  it('answers null and false for a missing key, and deletes quietly', async () => {
    expect(await store.get('aa/bb/missing')).toBeNull();
    expect(await store.exists('aa/bb/missing')).toBe(false);
    await store.put('aa/bb/file', Readable.from(['x']));
    await store.delete('aa/bb/file');
    await store.delete('aa/bb/file');
    expect(await store.exists('aa/bb/file')).toBe(false);
  });

  it('leaves nothing behind when the stream fails part-way', async () => {
    const failing = new Readable({
      read() {
        this.push('half of it');
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.put('aa/bb/torn', failing)).rejects.toThrow('client went away');
    expect(await store.exists('aa/bb/torn')).toBe(false);
    expect(readdirSync(stagingDirOf(root))).toEqual([]);
  });

  it('takes over a finished file by renaming it', async () => {
    const staged = join(stagingDirOf(root), 'upload.part');
    await mkdir(stagingDirOf(root), { recursive: true });
    await writeFile(staged, 'whole file');
    await store.putFile('cc/dd/whole', staged);
    expect(await text((await store.get('cc/dd/whole'))!)).toBe('whole file');
    expect(readdirSync(stagingDirOf(root))).toEqual([]);
  });

  it('refuses keys that would leave its directory or hide in a dot-folder', async () => {
    for (const key of ['../outside', 'aa/../../outside', '/etc/passwd', '.staging/x', 'aa//bb', '']) {
      await expect(store.put(key, Readable.from(['x']))).rejects.toThrow(/invalid file key/);
      await expect(store.get(key)).rejects.toThrow(/invalid file key/);
    }
  });
});
