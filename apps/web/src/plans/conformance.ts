import type { ConformanceSeverity, UnificationSection } from '../graphql/generated/enums';

export interface Issue {
  section: UnificationSection;
  severity: ConformanceSeverity;
  path: string;
  message: string;
}

/** Issues grouped under the section they concern, blocking ones first, so each shows beside its section. */
export function issuesBySection(issues: readonly Issue[]): Partial<Record<UnificationSection, Issue[]>> {
  const grouped: Partial<Record<UnificationSection, Issue[]>> = {};
  for (const issue of issues) {
    (grouped[issue.section] ??= []).push(issue);
  }
  for (const list of Object.values(grouped)) {
    list.sort((a, b) => Number(b.severity === 'BLOCKING') - Number(a.severity === 'BLOCKING'));
  }
  return grouped;
}

export function blockingCount(issues: readonly Issue[]): number {
  return issues.filter((issue) => issue.severity === 'BLOCKING').length;
}
