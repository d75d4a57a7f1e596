import { Role } from './role';
import { TenantLevel } from './tenant-level';

/** Who is asking: resolved once per request from the access token and passed explicitly to services. */
export interface Caller {
  userId: string;
  username: string;
  tenantId: string;
  tenantPath: string;
  tenantLevel: TenantLevel;
  roles: Role[];
  /** Set for DEPARTMENT accounts: the responsible unit they work for. */
  departmentId: string | null;
  /** Set for committee staff: the committee they work in, which narrows the joint projects they see. */
  committee: CallerCommittee | null;
}

export interface CallerCommittee {
  id: string;
  code: string;
  /** The coordination office (统筹办): sees every committee's work. */
  coordinates: boolean;
}
