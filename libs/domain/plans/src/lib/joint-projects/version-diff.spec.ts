import { startOfShanghaiDay } from '@liandong/time';
import { vocationalTrainingPlan } from './unified-plan.fixture';
import type { Unifications } from './unifications';
import { diffUnifications } from './version-diff';

const version1 = vocationalTrainingPlan();

function revise(change: (plan: Unifications) => void): Unifications {
  const plan = vocationalTrainingPlan();
  change(plan);
  return plan;
}

describe('changes between two versions of a unified plan', () => {
  it('finds none between identical versions', () => {
    expect(diffUnifications(version1, vocationalTrainingPlan())).toEqual([]);
  });

  it('finds none when a date is spelled differently but is the same instant', () => {
    const version2 = revise((plan) => {
      plan.scheme.endsAt = '2023-12-20T00:00:00+08:00';
    });
    expect(diffUnifications(version1, version2)).toEqual([]);
  });

  it('a new lead body', () => {
    const version2 = revise((plan) => {
      plan.leadership.leadBody = '市人大教育科学文化卫生委员会';
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'LEADERSHIP',
        path: 'leadership.leadBody',
        before: '市人大社会建设委员会',
        after: '市人大教育科学文化卫生委员会',
      },
    ]);
  });

  it('a new leader', () => {
    const version2 = revise((plan) => {
      plan.leadership.leader = '市人大常委会主任';
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'LEADERSHIP',
        path: 'leadership.leader',
        before: '市人大常委会副主任(分管社会建设工作)',
        after: '市人大常委会主任',
      },
    ]);
  });

  it('the office dropped', () => {
    const version2 = revise((plan) => {
      plan.leadership.office = null;
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'LEADERSHIP',
        path: 'leadership.office',
        before: '市人大常委会监督工作统筹协调办公室',
        after: null,
      },
    ]);
  });

  it('new objectives', () => {
    const version2 = revise((plan) => {
      plan.scheme.objectives = '聚焦培训补贴资金监管开展执法检查。';
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'SCHEME',
        path: 'scheme.objectives',
        before: version1.scheme.objectives,
        after: '聚焦培训补贴资金监管开展执法检查。',
      },
    ]);
  });

  it('a later start', () => {
    const version2 = revise((plan) => {
      plan.scheme.startsAt = startOfShanghaiDay('2023-04-10').toISOString();
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'SCHEME',
        path: 'scheme.startsAt',
        before: '2023-03-31T16:00:00.000Z',
        after: '2023-04-09T16:00:00.000Z',
      },
    ]);
  });

  it('an earlier end', () => {
    const version2 = revise((plan) => {
      plan.scheme.endsAt = startOfShanghaiDay('2023-11-30').toISOString();
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'SCHEME',
        path: 'scheme.endsAt',
        before: '2023-12-19T16:00:00.000Z',
        after: '2023-11-29T16:00:00.000Z',
      },
    ]);
  });

  it('a milestone moved', () => {
    const version2 = revise((plan) => {
      plan.scheme.milestones[2] = {
        name: '问题清单报送',
        dueAt: startOfShanghaiDay('2023-08-20').toISOString(),
      };
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'SCHEME',
        path: 'scheme.milestones.问题清单报送',
        before: startOfShanghaiDay('2023-08-10').toISOString(),
        after: startOfShanghaiDay('2023-08-20').toISOString(),
      },
    ]);
  });

  it('a milestone added', () => {
    const version2 = revise((plan) => {
      plan.scheme.milestones.push({
        name: '常委会会议审议执法检查报告',
        dueAt: startOfShanghaiDay('2023-08-30').toISOString(),
      });
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'SCHEME',
        path: 'scheme.milestones.常委会会议审议执法检查报告',
        before: null,
        after: startOfShanghaiDay('2023-08-30').toISOString(),
      },
    ]);
  });

  it('a milestone removed', () => {
    const version2 = revise((plan) => {
      plan.scheme.milestones.splice(1, 1);
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'SCHEME',
        path: 'scheme.milestones.县区自查和暗访调查完成',
        before: startOfShanghaiDay('2023-06-15').toISOString(),
        after: null,
      },
    ]);
  });

  it('a method added and a method removed', () => {
    const version2 = revise((plan) => {
      plan.methods = ['LAW_ENFORCEMENT_CHECK', 'SPECIAL_REPORT', 'FOLLOW_UP'];
    });
    expect(diffUnifications(version1, version2)).toEqual([
      { section: 'METHODS', path: 'methods.COVERT_VISIT', before: 'COVERT_VISIT', after: null },
      { section: 'METHODS', path: 'methods.FOLLOW_UP', before: null, after: 'FOLLOW_UP' },
    ]);
  });

  it('methods only reordered', () => {
    const version2 = revise((plan) => {
      plan.methods.reverse();
    });
    expect(diffUnifications(version1, version2)).toEqual([]);
  });

  it('a legal basis added and one removed', () => {
    const version2 = revise((plan) => {
      plan.policy.legalBasis = ['《河南省职业培训条例》', '《中华人民共和国就业促进法》'];
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'POLICY',
        path: 'policy.legalBasis.《中华人民共和国职业教育法》',
        before: '《中华人民共和国职业教育法》',
        after: null,
      },
      {
        section: 'POLICY',
        path: 'policy.legalBasis.《中华人民共和国就业促进法》',
        before: null,
        after: '《中华人民共和国就业促进法》',
      },
    ]);
  });

  it('a checklist item reworded', () => {
    const version2 = revise((plan) => {
      plan.policy.checklist[1] = { code: 'T04', text: '规范培训补贴资金申领、审核、拨付和监管' };
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'POLICY',
        path: 'policy.checklist.T04',
        before: '规范培训补贴资金申领、审核和监管',
        after: '规范培训补贴资金申领、审核、拨付和监管',
      },
    ]);
  });

  it('a checklist item added and one removed', () => {
    const version2 = revise((plan) => {
      plan.policy.checklist.shift();
      plan.policy.checklist.push({ code: 'T06', text: '培训机构办学信息和收费公开' });
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'POLICY',
        path: 'policy.checklist.T03',
        before: '落实职业培训补贴和职业技能提升行动专账资金',
        after: null,
      },
      { section: 'POLICY', path: 'policy.checklist.T06', before: null, after: '培训机构办学信息和收费公开' },
    ]);
  });

  it('an indicator target raised', () => {
    const version2 = revise((plan) => {
      plan.effect.indicators[1] = { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 95 };
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'EFFECT',
        path: 'effect.indicators.RECTIFY_RATE',
        before: '问题整改完成率(%) ≥ 90',
        after: '问题整改完成率(%) ≥ 95',
      },
    ]);
  });

  it('an indicator renamed', () => {
    const version2 = revise((plan) => {
      plan.effect.indicators[0] = { code: 'TRAINED', name: '年度补贴性职业技能培训(万人次)', target: 20 };
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'EFFECT',
        path: 'effect.indicators.TRAINED',
        before: '年度职业技能培训(万人次) ≥ 20',
        after: '年度补贴性职业技能培训(万人次) ≥ 20',
      },
    ]);
  });

  it('an indicator added and one removed', () => {
    const version2 = revise((plan) => {
      plan.effect.indicators = [
        { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 90 },
        { code: 'NEW_SKILLED', name: '新增技能人才(万人)', target: 8 },
      ];
    });
    expect(diffUnifications(version1, version2)).toEqual([
      {
        section: 'EFFECT',
        path: 'effect.indicators.TRAINED',
        before: '年度职业技能培训(万人次) ≥ 20',
        after: null,
      },
      {
        section: 'EFFECT',
        path: 'effect.indicators.NEW_SKILLED',
        before: null,
        after: '新增技能人才(万人) ≥ 8',
      },
    ]);
  });

  it('lists a revision section by section, each in the order its items appear', () => {
    const version2 = revise((plan) => {
      plan.effect.indicators[0].target = 25;
      plan.methods.push('INSPECTION');
      plan.leadership.leader = '市人大常委会主任';
      plan.policy.checklist[0].text = '落实职业培训补贴资金';
      plan.scheme.milestones.unshift({
        name: '动员部署会',
        dueAt: startOfShanghaiDay('2023-04-05').toISOString(),
      });
      plan.scheme.milestones[1].dueAt = startOfShanghaiDay('2023-04-25').toISOString();
    });
    expect(diffUnifications(version1, version2).map((change) => change.path)).toEqual([
      'leadership.leader',
      'scheme.milestones.方案报备',
      'scheme.milestones.动员部署会',
      'methods.INSPECTION',
      'policy.checklist.T03',
      'effect.indicators.TRAINED',
    ]);
  });
});
