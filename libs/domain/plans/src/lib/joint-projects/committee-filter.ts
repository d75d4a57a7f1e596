import { Caller } from '@liandong/tenancy';

/*
 * Which joint projects a committee's staff see and work: those led by a committee of their own code, at their
 * own tier or one above (the city's 财经委 leads a project, the county's 财经委 works its assignment). A project
 * with no lead is the whole office's, not a committee's. The coordination office (统筹办) and accounts outside
 * any committee are not narrowed. Single projects are checked with `isLedFor`, lists with `ledBySql`: the same
 * rule, kept side by side here.
 */

/** The committee code the caller's projects are narrowed to; null when the caller sees every project. */
export function committeeFilter(caller: Pick<Caller, 'committee'>): string | null {
  const committee = caller.committee;
  return committee && !committee.coordinates ? committee.code : null;
}

/** Whether a project led by `lead` (null: no lead) passes the filter. */
export function isLedFor(filter: string | null, lead: { code: string } | null | undefined): boolean {
  return filter === null || (!!lead && lead.code === filter);
}

/**
 * The rule in SQL: the project whose id is in `projectIdColumn` is led by a committee whose code is bound to
 * `codeParam` (`$3`, `:committeeCode`). Add it only when `committeeFilter` is not null.
 */
export function ledBySql(projectIdColumn: string, codeParam: string): string {
  return `EXISTS (SELECT 1 FROM joint_project lp JOIN committee lc ON lc.id = lp.lead_committee_id
                   WHERE lp.id = ${projectIdColumn} AND lc.code = ${codeParam})`;
}
