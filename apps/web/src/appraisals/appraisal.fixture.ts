import type { AppraisalDetailFragment, AppraisalSubjectRowFragment } from '../graphql/generated/graphql';

const NO_RE_REPORT = {
  reReportItemId: null,
  reReportItem: null,
  reReportSummary: null,
  reReportedAt: null,
} as const;

function judge(
  id: string,
  name: string,
  overall: Partial<AppraisalSubjectRowFragment>,
  votes: AppraisalSubjectRowFragment['votes'],
): AppraisalSubjectRowFragment {
  return {
    id,
    kind: 'PERSON',
    name,
    post: '员额法官',
    departmentId: 'court',
    eligible: 60,
    satisfied: 0,
    basicallySatisfied: 0,
    unsatisfied: 0,
    averageScore: null,
    result: null,
    failing: false,
    rank: null,
    ...NO_RE_REPORT,
    votes,
    ...overall,
  };
}

const members = (
  satisfied: number,
  basically: number,
  unsatisfied: number,
  result: 'SATISFIED' | 'UNSATISFIED',
) => ({
  groupId: 'g1',
  groupName: '常委会组成人员',
  eligible: 30,
  satisfied,
  basicallySatisfied: basically,
  unsatisfied,
  averageScore: null,
  result,
});

const deputies = (
  satisfied: number,
  basically: number,
  unsatisfied: number,
  result: 'SATISFIED' | 'UNSATISFIED',
) => ({
  groupId: 'g2',
  groupName: '人大代表',
  eligible: 30,
  satisfied,
  basicallySatisfied: basically,
  unsatisfied,
  averageScore: null,
  result,
});

/**
 * A 履职评议 of three judges by two groups: 李四 best, 张三 second, 王五 failing, and 赵六 still awaiting the
 * deputies' votes (no result, no rank).
 */
export const THREE_JUDGES: AppraisalDetailFragment = {
  id: 'a1',
  tenantId: 'county',
  title: '2026 年员额法官履职评议',
  kind: 'PERFORMANCE',
  scheme: 'THREE_GRADE',
  heldOn: '2026-11-20',
  status: 'VOTING',
  projectId: null,
  sessionId: null,
  reReportBy: null,
  decidedAt: null,
  groups: [
    { id: 'g1', kind: 'MEMBERS', name: '常委会组成人员', eligible: 30 },
    { id: 'g2', kind: 'DEPUTIES', name: '人大代表', eligible: 30 },
  ],
  subjects: [
    judge(
      's1',
      '张三',
      { satisfied: 40, basicallySatisfied: 15, unsatisfied: 5, result: 'SATISFIED', rank: 2 },
      [members(20, 8, 2, 'SATISFIED'), deputies(20, 7, 3, 'SATISFIED')],
    ),
    judge(
      's2',
      '李四',
      { satisfied: 50, basicallySatisfied: 8, unsatisfied: 2, result: 'SATISFIED', rank: 1 },
      [members(25, 4, 1, 'SATISFIED'), deputies(25, 4, 1, 'SATISFIED')],
    ),
    judge(
      's3',
      '王五',
      {
        satisfied: 10,
        basicallySatisfied: 10,
        unsatisfied: 40,
        result: 'UNSATISFIED',
        failing: true,
        rank: 3,
      },
      [members(5, 5, 20, 'UNSATISFIED'), deputies(5, 5, 20, 'UNSATISFIED')],
    ),
    judge('s4', '赵六', {}, [members(20, 5, 5, 'SATISFIED')]),
  ],
  ranking: [{ id: 's2' }, { id: 's1' }, { id: 's3' }],
};
