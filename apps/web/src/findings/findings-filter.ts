import type { FindingStatus } from '../graphql/generated/enums';
import type { FindingFilter } from '../graphql/generated/graphql';

/** What the filter bar holds: nothing chosen means everything. */
export interface FindingsFilterValues {
  projectId?: string;
  status: FindingStatus[];
  scopeTenantId?: string;
}

/** The API's filter for the bar's values: an empty choice is left out, so it does not narrow the list to nothing. */
export function findingFilter(values: FindingsFilterValues): FindingFilter {
  return {
    projectId: values.projectId ?? null,
    scopeTenantId: values.scopeTenantId ?? null,
    status: values.status.length > 0 ? values.status : null,
  };
}
