import type { FindingStatus, Role } from '../graphql/generated/enums';

export interface Actor {
  roles: readonly Role[];
  tenant: { id: string };
}

/** Reviewing and handing over act for the tenant: its coordinators do them (the API refuses others). */
export function canDecide(actor: Actor): boolean {
  return actor.roles.includes('COORDINATOR');
}

/**
 * The reporting tenant may still correct a finding while it waits for review or after it was returned;
 * once accepted it is locked. Those who may report (coordinators and staff members) may edit.
 */
export function canEditFinding(
  actor: Actor,
  finding: { status: FindingStatus; tenant: { id: string } },
): boolean {
  const mayReport = actor.roles.includes('COORDINATOR') || actor.roles.includes('MEMBER');
  return (
    mayReport &&
    finding.tenant.id === actor.tenant.id &&
    (finding.status === 'REPORTED' || finding.status === 'RETURNED')
  );
}
