import type { UnificationsDetailFragment } from '../graphql/generated/graphql';
import {
  emptyUnificationsValues,
  toUnificationsInput,
  unificationsProblems,
  unificationsValues,
  type UnificationsValues,
} from './unifications-values';

const UNIFIED: UnificationsDetailFragment = {
  leadership: { leadBody: '市人大常委会财经工委', leader: '王主任', office: null },
  scheme: {
    objectives: '优化营商环境',
    startsAt: '2023-02-28T16:00:00.000Z',
    endsAt: '2023-11-30T15:59:59.000Z',
    milestones: [{ name: '方案报备', dueAt: '2023-03-31T15:59:59.000Z' }],
  },
  methods: [{ code: 'COVERT_VISIT', name: '暗访' }],
  policy: {
    legalBasis: ['《优化营商环境条例》', '《河南省优化营商环境条例》'],
    checklist: [{ code: 'C1', text: '涉企收费' }],
  },
  effect: { indicators: [{ code: 'I1', name: '整改完成率', target: 90 }] },
};

function filled(): UnificationsValues {
  return unificationsValues(UNIFIED);
}

describe('unified plan form values', () => {
  it('round-trips a project’s unified plan through the form unchanged', () => {
    expect(toUnificationsInput(filled())).toEqual({
      leadership: { leadBody: '市人大常委会财经工委', leader: '王主任', office: null },
      scheme: {
        objectives: '优化营商环境',
        startsAt: '2023-02-28T16:00:00.000Z',
        endsAt: '2023-11-30T15:59:59.000Z',
        milestones: [{ name: '方案报备', dueAt: '2023-03-31T15:59:59.000Z' }],
      },
      methods: ['COVERT_VISIT'],
      policy: {
        legalBasis: ['《优化营商环境条例》', '《河南省优化营商环境条例》'],
        checklist: [{ code: 'C1', text: '涉企收费' }],
      },
      effect: { indicators: [{ code: 'I1', name: '整改完成率', target: 90 }] },
    });
  });

  it('finds nothing wrong with a complete plan', () => {
    expect(unificationsProblems(filled())).toEqual([]);
  });

  it('names every empty required field of a blank form, and the missing method', () => {
    const names = unificationsProblems(emptyUnificationsValues()).map((p) => p.name.join('.'));
    expect(names).toEqual(
      expect.arrayContaining([
        'leadership.leadBody',
        'leadership.leader',
        'scheme.objectives',
        'scheme.startsOn',
        'scheme.milestones.0.dueOn',
        'methods',
        'policy.checklist.0.text',
        'effect.indicators.0.target',
      ]),
    );
  });

  it('puts an end before the start on the end date', () => {
    const values = filled();
    values.scheme.endsOn = '2023-01-01';
    expect(unificationsProblems(values)).toEqual([
      { name: ['scheme', 'endsOn'], message: '结束日期须晚于开始日期' },
    ]);
  });

  it('marks repeated checklist and indicator codes at each repeat', () => {
    const values = filled();
    values.policy.checklist.push({ code: 'C1', text: '另一要点' });
    values.effect.indicators.push({ code: 'I1', name: '满意度', target: 80 });
    expect(unificationsProblems(values).map((p) => p.name.join('.'))).toEqual([
      'policy.checklist.0.code',
      'policy.checklist.1.code',
      'effect.indicators.0.code',
      'effect.indicators.1.code',
    ]);
  });
});
