import type { LocalPlanStatus, Role, TenantLevel } from '../graphql/generated/enums';

export interface PlanUser {
  roles: readonly Role[];
  tenant: { id: string; level: TenantLevel };
}

/** Only a coordinator acts for its tenant in plans; members and viewers read. */
export function canManagePlans(user: PlanUser): boolean {
  return user.roles.includes('COORDINATOR');
}

/** The city (or a province) writes annual plans and authors joint projects for the tiers below it. */
export function isIssuingTier(user: PlanUser): boolean {
  return user.tenant.level === 'CITY' || user.tenant.level === 'PROVINCE';
}

export function canIssue(user: PlanUser): boolean {
  return canManagePlans(user) && isIssuingTier(user);
}

/** Revising a project is its issuer's alone. */
export function canReviseProject(user: PlanUser, issuerId: string): boolean {
  return canManagePlans(user) && user.tenant.id === issuerId;
}

/**
 * The issuer publishes to its subtree; a county holding an acknowledged assignment passes the project on to
 * its townships (the API refuses a county that has not acknowledged yet, with a message shown beside the tree).
 */
export function canPublishProject(user: PlanUser, issuerId: string): boolean {
  return canManagePlans(user) && (user.tenant.id === issuerId || user.tenant.level === 'COUNTY');
}

/** Only a plan waiting for review (报备 done, not yet decided) can be accepted or returned. */
export function canReviewLocalPlan(user: PlanUser, status: LocalPlanStatus): boolean {
  return canManagePlans(user) && status === 'SUBMITTED';
}
