import type { UnificationsDetailFragment } from '../graphql/generated/graphql';
import { localPlanValues, toLocalPlanInput } from './local-plan-values';

const UNIFIED: UnificationsDetailFragment = {
  leadership: { leadBody: '市人大常委会', leader: '王主任', office: null },
  scheme: {
    objectives: '目标',
    startsAt: '2023-03-01T00:00:00.000Z',
    endsAt: '2023-11-30T00:00:00.000Z',
    milestones: [{ name: '方案报备', dueAt: '2023-03-31T00:00:00.000Z' }],
  },
  methods: [
    { code: 'COVERT_VISIT', name: '暗访' },
    { code: 'SPECIAL_REPORT', name: '听取审议专项工作报告' },
  ],
  policy: { legalBasis: [], checklist: [{ code: 'C1', text: '涉企收费是否规范' }] },
  effect: { indicators: [{ code: 'I1', name: '问题整改完成率', target: 90 }] },
};

describe('local plan values', () => {
  it('start from every unified requirement, leaving the local leadership to be named', () => {
    const values = localPlanValues(UNIFIED);
    expect(values.leadership).toEqual({ leadBody: '', leader: '', office: '' });
    expect(values.methods).toEqual(['COVERT_VISIT', 'SPECIAL_REPORT']);
    expect(values.checklist).toEqual([{ code: 'C1', text: '涉企收费是否规范' }]);
    expect(values.milestones).toEqual([{ name: '方案报备', dueOn: '2023-03-31' }]);
  });

  it('keep a unified milestone’s exact due time when its day is left as it was', () => {
    const input = toLocalPlanInput(localPlanValues(UNIFIED), UNIFIED);
    expect(input.milestones).toEqual([{ name: '方案报备', dueAt: '2023-03-31T00:00:00.000Z' }]);
  });

  it('send local additions, and leave out milestone rows without a name or a date', () => {
    const values = localPlanValues(UNIFIED);
    values.leadership = { leadBody: ' 县人大常委会 ', leader: '李主任', office: '' };
    values.milestones.push({ name: '乡镇自查', dueOn: '2023-04-15' }, { name: '', dueOn: '2023-05-01' });
    values.checklist.push({ code: 'L1', text: '本地要点' });
    const input = toLocalPlanInput(values, UNIFIED);
    expect(input.leadership).toEqual({ leadBody: '县人大常委会', leader: '李主任', office: null });
    expect(input.milestones).toEqual([
      { name: '方案报备', dueAt: '2023-03-31T00:00:00.000Z' },
      { name: '乡镇自查', dueAt: '2023-04-15T15:59:59.000Z' },
    ]);
    expect(input.checklist).toHaveLength(2);
  });
});
