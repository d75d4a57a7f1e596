import { TenantLevel } from '@liandong/tenancy';
import { DemoProject, Paperwork } from './year-data.schema';

/** What an activity's record says happened, by method; `{place}` and `{title}` filled in. */
export function activitySummary(
  paperwork: Paperwork,
  method: string,
  place: string,
  project: DemoProject,
): string {
  const template = paperwork.activitySummaries[method] ?? paperwork.activitySummaryOtherwise;
  return template.replace('{place}', place).replace('{title}', project.title);
}

/**
 * A tier's local plan (实施方案): the unified plan's methods, checklist, milestones and indicators under
 * the tier's own leadership. `complete` false leaves out the last checklist point, as a hurried first
 * draft would.
 */
export function localPlanOf(
  project: DemoProject,
  tenant: { name: string; level: TenantLevel },
  complete: boolean,
): unknown {
  const { unifications } = project;
  const checklist = unifications.policy.checklist;
  return {
    leadership: leadershipOf(tenant),
    methods: [...unifications.methods],
    checklist: (complete ? checklist : checklist.slice(0, -1)).map((item) => ({ ...item })),
    milestones: unifications.scheme.milestones.map((milestone) => ({ ...milestone })),
    indicators: unifications.effect.indicators.map((indicator) => ({ ...indicator })),
  };
}

/** A county's standing committee; a street's NPC work committee (人大工委); a township's presidium. */
function leadershipOf(tenant: { name: string; level: TenantLevel }): {
  leadBody: string;
  leader: string;
  office: string | null;
} {
  if (tenant.level === TenantLevel.COUNTY) {
    return {
      leadBody: `${tenant.name}人大常委会`,
      leader: `${tenant.name}人大常委会分管副主任`,
      office: `${tenant.name}人大常委会办公室`,
    };
  }
  return tenant.name.endsWith('街道')
    ? { leadBody: `${tenant.name}人大工委`, leader: `${tenant.name}人大工委主任`, office: null }
    : { leadBody: `${tenant.name}人大主席团`, leader: `${tenant.name}人大主席`, office: null };
}
