import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { BackupFile } from './backup-manifest';
import { hashFile } from './hashing';

/** Every stored file under a local store's directory, as store keys; the staging folder holds none. */
async function* storedFiles(root: string, dir = root): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return; // nothing uploaded yet
    }
    throw error;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) {
        yield* storedFiles(root, path);
      }
    } else if (entry.isFile()) {
      yield relative(root, path).split(sep).join('/');
    }
  }
}

/**
 * Copies a local store's files into `target/<key>`, hashing each copy. The copy runs after the database
 * snapshot: a file is stored before the row naming it commits, so every file the snapshot names is here;
 * a file uploaded since is carried along and harmless.
 */
export async function copyStoredFiles(storeDir: string, target: string): Promise<BackupFile[]> {
  const root = resolve(storeDir);
  const copied: BackupFile[] = [];
  for await (const key of storedFiles(root)) {
    const destination = join(target, key);
    await mkdir(dirname(destination), { recursive: true });
    await copyFile(join(root, key), destination);
    copied.push({ key, ...(await hashFile(destination)) });
  }
  return copied;
}
