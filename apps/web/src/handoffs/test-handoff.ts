import type { HandoffDetailFragment } from '../graphql/generated/graphql';

/** A handoff as the detail page receives it, for specs; override what the case is about. */
export function testHandoff(overrides: Partial<HandoffDetailFragment> = {}): HandoffDetailFragment {
  return {
    id: 'h1',
    kind: 'FINDINGS',
    title: null,
    letterNo: '洛联交〔2026〕1号',
    status: 'ISSUED',
    deadline: '2026-06-30T15:59:59.000Z',
    issuedAt: '2026-03-02T01:00:00.000Z',
    signedAt: null,
    overdue: false,
    escalationLevel: 0,
    closedAt: null,
    project: { id: 'p1', title: '优化营商环境联动监督' },
    department: { id: 'd1', name: '人民政府', tenant: { id: 'county', name: '老城区' } },
    fromTenant: { id: 'county', name: '老城区' },
    opinion: null,
    findings: [{ id: 'f1', title: '窗口午间无人值守', severity: 'SERIOUS', status: 'HANDED_OVER' }],
    milestones: [],
    reports: [],
    verifications: [],
    extensions: [],
    escalations: [],
    evaluations: [],
    lookBack: null,
    ...overrides,
  };
}
