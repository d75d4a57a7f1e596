import type { ConformanceSeverity, UnificationSection } from '../graphql/generated/enums';

/** The five unifications (五统一), in the order the unified plan lists them. */
export const SECTION_LABEL: Record<UnificationSection, string> = {
  LEADERSHIP: '统一领导',
  SCHEME: '统一方案',
  METHODS: '统一方法',
  POLICY: '统一政策',
  EFFECT: '统一效果',
};

export const SECTIONS: UnificationSection[] = ['LEADERSHIP', 'SCHEME', 'METHODS', 'POLICY', 'EFFECT'];

export const SEVERITY_LABEL: Record<ConformanceSeverity, string> = {
  BLOCKING: '阻断',
  WARNING: '提示',
};

export const SEVERITY_COLOR: Record<ConformanceSeverity, string> = {
  BLOCKING: 'red',
  WARNING: 'orange',
};

export const LOCAL_PLAN_STATUS_COLOR = {
  DRAFT: 'default',
  SUBMITTED: 'gold',
  RETURNED: 'orange',
  ACCEPTED: 'green',
} as const;

export const ANNUAL_PLAN_STATUS_COLOR = { DRAFT: 'default', ADOPTED: 'green' } as const;
