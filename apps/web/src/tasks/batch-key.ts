/**
 * A fresh idempotency key for one batch of findings. getRandomValues, unlike randomUUID, also works when
 * the console is served over plain HTTP on an office network.
 */
export function newBatchKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
