import type { Unifications } from '../joint-projects/unifications';
import { CONFORMANCE_RULES } from './conformance-rules';
import {
  UNIFICATION_SECTIONS,
  type ConformanceContext,
  type ConformanceIssue,
  type LocalPlanContent,
} from './conformance.types';

function compareIssues(a: ConformanceIssue, b: ConformanceIssue): number {
  const bySection = UNIFICATION_SECTIONS.indexOf(a.section) - UNIFICATION_SECTIONS.indexOf(b.section);
  if (bySection !== 0) {
    return bySection;
  }
  // Code-unit order, not localeCompare: the same plan lists its issues the same way on every server.
  if (a.path !== b.path) {
    return a.path < b.path ? -1 : 1;
  }
  return a.severity === b.severity ? 0 : a.severity === 'BLOCKING' ? -1 : 1;
}

/** Every issue of a local plan against the unified plan, by section then path. Stores nothing. */
export function checkConformance(
  unified: Unifications,
  local: LocalPlanContent,
  context: ConformanceContext,
): ConformanceIssue[] {
  return CONFORMANCE_RULES.flatMap((rule) => rule.check(unified, local, context)).sort(compareIssues);
}

/** A plan conforms when nothing blocks it; warnings are for the reviewer to weigh. */
export function conforms(issues: readonly ConformanceIssue[]): boolean {
  return !issues.some((issue) => issue.severity === 'BLOCKING');
}
