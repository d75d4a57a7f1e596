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

/**
 * The Chinese of an issue. A conformance report is data, not a refusal: the contract gives each issue one
 * `message` written "中文 / English" and no reason the console could word, so the report's sentence is read
 * here, and only here.
 */
export function issueText(issue: Issue): string {
  // Some issues end their Chinese with a full-width bracket and no space before the slash: "…)/ English".
  return issue.message.split(/\s?\/\s/)[0]?.trim() || issue.message;
}

export function blockingCount(issues: readonly Issue[]): number {
  return issues.filter((issue) => issue.severity === 'BLOCKING').length;
}
