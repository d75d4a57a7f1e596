import type { Unifications } from '../joint-projects/unifications';

/** The five unifications (五统一) in the order issues and changes are listed. */
export const UNIFICATION_SECTIONS = ['LEADERSHIP', 'SCHEME', 'METHODS', 'POLICY', 'EFFECT'] as const;

export type UnificationSection = (typeof UNIFICATION_SECTIONS)[number];

export type ConformanceSeverity = 'BLOCKING' | 'WARNING';

export interface ConformanceIssue {
  section: UnificationSection;
  severity: ConformanceSeverity;
  path: string;
  message: string;
}

/** A county's or township's implementation plan (实施方案), as filed against the unified plan. */
export interface LocalPlanContent {
  leadership: { leadBody: string; leader: string; office: string | null };
  methods: string[];
  checklist: Array<{ code: string; text: string }>;
  milestones: Array<{ name: string; dueAt: string }>;
  indicators: Array<{ code: string; name: string; target: number }>;
}

export interface ConformanceContext {
  /** Codes of the supervision-method catalogue (监督方式目录). */
  knownMethodCodes: ReadonlySet<string>;
}

/** One conformance rule: a small pure check that reports issues of its own section only. */
export interface ConformanceRule {
  id: string;
  section: UnificationSection;
  check(unified: Unifications, local: LocalPlanContent, context: ConformanceContext): ConformanceIssue[];
}
