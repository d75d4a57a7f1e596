import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** Argument names whose values never enter a digest, even hashed: a password's hash can be guessed at. */
const SECRET_KEY = /password|token|secret/i;

/** A plain copy with secrets masked and cycles cut (entities may point back at each other). */
function redacted(value: unknown, seen = new WeakSet<object>()): unknown {
  if (!value || typeof value !== 'object' || value instanceof Date) {
    return value;
  }
  if (seen.has(value)) {
    return '[cycle]';
  }
  seen.add(value);
  const copy = Array.isArray(value)
    ? value.map((inner) => redacted(inner, seen))
    : Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          SECRET_KEY.test(key) ? '[redacted]' : redacted(inner, seen),
        ]),
      );
  seen.delete(value);
  return copy;
}

/** The SHA-256 of a value's JSON, secrets masked: enough to prove later what was asked and answered. */
export function digestOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(redacted(value)) ?? 'null')
    .digest('hex');
}

/**
 * Records one GraphQL mutation in the audit trail, inside the request's transaction; the database adds the
 * actor, the tenant, the time and the chain link. A plain INSERT: the application may not read the trail.
 */
export async function recordMutation(
  manager: EntityManager,
  mutation: { name: string; args: unknown; result: unknown },
): Promise<void> {
  await manager.query(
    'INSERT INTO audit_event (action, entity, before_digest, after_digest) VALUES ($1, $2, $3, $4)',
    [`mutation.${mutation.name}`, 'graphql', digestOf(mutation.args), digestOf(mutation.result)],
  );
}
