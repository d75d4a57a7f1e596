import { createHash, randomBytes } from 'node:crypto';
import { GraphqlClient } from '@liandong/testing';
import { Platform } from './platform';

/** A photo as a phone sends it: PNG's leading bytes (the store checks the type by them), then the picture. */
export function photoBytes(size = 2048): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size)]);
}

/** Uploads a file to the SHA-256 store as the client, checking the hash it answers; returns that hash. */
export async function uploadFile(
  platform: Platform,
  client: GraphqlClient,
  bytes: Buffer,
  name: string,
  type = 'image/png',
): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  const response = await fetch(`${platform.url}/files`, {
    method: 'POST',
    headers: client.authorization(),
    body: form,
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { sha256: string };
  expect(body.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  return body.sha256;
}

/** The HTTP status of downloading a stored file as the client. */
export async function downloadStatus(
  platform: Platform,
  client: GraphqlClient,
  sha256: string,
): Promise<number> {
  const response = await fetch(`${platform.url}/files/${sha256}`, { headers: client.authorization() });
  await response.arrayBuffer();
  return response.status;
}
