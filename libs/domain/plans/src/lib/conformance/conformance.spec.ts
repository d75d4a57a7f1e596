import { startOfShanghaiDay } from '@liandong/time';
import { vocationalTrainingPlan } from '../joint-projects/unified-plan.fixture';
import { checkConformance, conforms } from './conformance';
import { CONFORMANCE_RULES } from './conformance-rules';
import type { ConformanceContext, LocalPlanContent } from './conformance.types';

const unified = vocationalTrainingPlan();

const context: ConformanceContext = {
  knownMethodCodes: new Set([
    'LAW_ENFORCEMENT_CHECK',
    'COVERT_VISIT',
    'SPECIAL_REPORT',
    'INSPECTION',
    'FOLLOW_UP',
  ]),
};

/** A county plan that copies every unified requirement as it is. */
function countyPlan(): LocalPlanContent {
  return {
    leadership: { leadBody: '县人大常委会', leader: '县人大常委会副主任', office: '县人大常委会办公室' },
    methods: [...unified.methods],
    checklist: unified.policy.checklist.map((item) => ({ ...item })),
    milestones: unified.scheme.milestones.map((milestone) => ({ ...milestone })),
    indicators: unified.effect.indicators.map((indicator) => ({ ...indicator })),
  };
}

function check(local: LocalPlanContent) {
  return checkConformance(unified, local, context);
}

describe('conformance of a local plan to the unified plan', () => {
  it('finds nothing in a plan that copies the unified one', () => {
    expect(check(countyPlan())).toEqual([]);
  });

  describe('blocking', () => {
    it('a missing unified method', () => {
      const local = { ...countyPlan(), methods: ['LAW_ENFORCEMENT_CHECK', 'SPECIAL_REPORT'] };
      expect(check(local)).toEqual([
        {
          section: 'METHODS',
          severity: 'BLOCKING',
          path: 'methods.COVERT_VISIT',
          message: '缺少统一监督方式「COVERT_VISIT」 / missing unified method COVERT_VISIT',
        },
      ]);
    });

    it('a missing unified checklist item, named by its unified text', () => {
      const local = {
        ...countyPlan(),
        checklist: countyPlan().checklist.filter((item) => item.code !== 'T04'),
      };
      expect(check(local)).toEqual([
        {
          section: 'POLICY',
          severity: 'BLOCKING',
          path: 'policy.checklist.T04',
          message:
            '缺少统一检查要点「规范培训补贴资金申领、审核和监管」(T04) / missing unified checklist item T04',
        },
      ]);
    });

    it('a missing unified milestone, with its unified date in Asia/Shanghai', () => {
      const local = { ...countyPlan(), milestones: countyPlan().milestones.slice(1) };
      expect(check(local)).toEqual([
        {
          section: 'SCHEME',
          severity: 'BLOCKING',
          path: 'scheme.milestones.方案报备',
          message:
            '缺少统一时间节点「方案报备」(统一截止日期 2023-04-20) / missing unified milestone 方案报备 (due 2023-04-20)',
        },
      ]);
    });

    it('a unified milestone due later than the unified date', () => {
      const local = countyPlan();
      local.milestones[2] = { name: '问题清单报送', dueAt: startOfShanghaiDay('2023-08-11').toISOString() };
      expect(check(local)).toEqual([
        {
          section: 'SCHEME',
          severity: 'BLOCKING',
          path: 'scheme.milestones.问题清单报送',
          message:
            '时间节点「问题清单报送」截止日期 2023-08-11 晚于统一截止日期 2023-08-10 / ' +
            'milestone 问题清单报送 is due 2023-08-11, later than the unified 2023-08-10',
        },
      ]);
    });

    it('a unified milestone whose date cannot be read', () => {
      const local = countyPlan();
      local.milestones[0] = { name: '方案报备', dueAt: 'not a date' };
      expect(check(local).map((issue) => [issue.path, issue.severity])).toEqual([
        ['scheme.milestones.方案报备', 'BLOCKING'],
      ]);
    });

    it('a missing unified indicator', () => {
      const local = { ...countyPlan(), indicators: countyPlan().indicators.slice(0, 1) };
      expect(check(local)).toEqual([
        {
          section: 'EFFECT',
          severity: 'BLOCKING',
          path: 'effect.indicators.RECTIFY_RATE',
          message:
            '缺少统一效果指标「问题整改完成率(%)」(RECTIFY_RATE) / missing unified indicator RECTIFY_RATE',
        },
      ]);
    });

    it('an indicator with a lower target', () => {
      const local = countyPlan();
      local.indicators[1] = { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 85 };
      expect(check(local)).toEqual([
        {
          section: 'EFFECT',
          severity: 'BLOCKING',
          path: 'effect.indicators.RECTIFY_RATE',
          message:
            '效果指标「问题整改完成率(%)」(RECTIFY_RATE)目标值 85 低于统一目标值 90 / ' +
            'indicator RECTIFY_RATE target 85 is lower than the unified 90',
        },
      ]);
    });

    it('an empty lead body', () => {
      const local = {
        ...countyPlan(),
        leadership: { leadBody: '  ', leader: '县人大常委会副主任', office: null },
      };
      expect(check(local)).toEqual([
        {
          section: 'LEADERSHIP',
          severity: 'BLOCKING',
          path: 'leadership.leadBody',
          message: '未填写牵头单位 / the lead body must be named',
        },
      ]);
    });

    it('an empty leader', () => {
      const local = { ...countyPlan(), leadership: { leadBody: '县人大常委会', leader: '', office: null } };
      expect(check(local)).toEqual([
        {
          section: 'LEADERSHIP',
          severity: 'BLOCKING',
          path: 'leadership.leader',
          message: '未填写负责领导 / the leader must be named',
        },
      ]);
    });
  });

  describe('allowed additions', () => {
    it('an extra method from the catalogue', () => {
      expect(check({ ...countyPlan(), methods: [...unified.methods, 'INSPECTION'] })).toEqual([]);
    });

    it('an extra local checklist item', () => {
      const checklist = [...countyPlan().checklist, { code: 'L01', text: '县级公共实训基地开放共享情况' }];
      expect(check({ ...countyPlan(), checklist })).toEqual([]);
    });

    it('an extra milestone within the scheme', () => {
      const milestones = [
        ...countyPlan().milestones,
        { name: '乡镇交叉检查', dueAt: startOfShanghaiDay('2023-07-01').toISOString() },
      ];
      expect(check({ ...countyPlan(), milestones })).toEqual([]);
    });

    it('an extra indicator', () => {
      const indicators = [
        ...countyPlan().indicators,
        { code: 'CERTIFIED', name: '新增持证人数(人)', target: 3000 },
      ];
      expect(check({ ...countyPlan(), indicators })).toEqual([]);
    });

    it('a higher target', () => {
      const local = countyPlan();
      local.indicators[1] = { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 95 };
      expect(check(local)).toEqual([]);
    });

    it('an earlier milestone', () => {
      const local = countyPlan();
      local.milestones[0] = { name: '方案报备', dueAt: startOfShanghaiDay('2023-04-15').toISOString() };
      expect(check(local)).toEqual([]);
    });

    it('a milestone due at the very instant of the unified one', () => {
      const local = countyPlan();
      local.milestones[0] = { name: '方案报备', dueAt: '2023-04-20T00:00:00+08:00' };
      expect(check(local)).toEqual([]);
    });

    it('no office', () => {
      const local = {
        ...countyPlan(),
        leadership: { leadBody: '乡人大主席团', leader: '乡人大主席', office: null },
      };
      expect(check(local)).toEqual([]);
    });
  });

  describe('warnings', () => {
    it('an added method that is not in the catalogue', () => {
      const local = { ...countyPlan(), methods: [...unified.methods, 'DOOR_TO_DOOR'] };
      expect(check(local)).toEqual([
        {
          section: 'METHODS',
          severity: 'WARNING',
          path: 'methods.DOOR_TO_DOOR',
          message:
            '监督方式「DOOR_TO_DOOR」不在监督方式目录中 / method DOOR_TO_DOOR is not in the method catalogue',
        },
      ]);
    });

    it('a local checklist code used twice, once', () => {
      const checklist = [
        ...countyPlan().checklist,
        { code: 'L01', text: '县级公共实训基地开放共享情况' },
        { code: 'L01', text: '乡镇培训站点建设情况' },
      ];
      expect(check({ ...countyPlan(), checklist })).toEqual([
        {
          section: 'POLICY',
          severity: 'WARNING',
          path: 'policy.checklist.L01',
          message: '检查要点编码「L01」重复使用 2 次 / checklist code L01 is used 2 times',
        },
      ]);
    });

    it('a local milestone due after the unified scheme ends', () => {
      const milestones = [
        ...countyPlan().milestones,
        { name: '县级总结报告', dueAt: startOfShanghaiDay('2024-01-10').toISOString() },
      ];
      expect(check({ ...countyPlan(), milestones })).toEqual([
        {
          section: 'SCHEME',
          severity: 'WARNING',
          path: 'scheme.milestones.县级总结报告',
          message:
            '本地时间节点「县级总结报告」截止日期 2024-01-10 晚于统一方案结束日期 2023-12-20 / ' +
            'local milestone 县级总结报告 is due 2024-01-10, after the unified scheme ends on 2023-12-20',
        },
      ]);
    });

    it('do not stop a plan from conforming', () => {
      const local = { ...countyPlan(), methods: [...unified.methods, 'DOOR_TO_DOOR'] };
      expect(conforms(check(local))).toBe(true);
    });
  });

  describe('the report', () => {
    it('orders issues by section, then by path', () => {
      const local: LocalPlanContent = {
        leadership: { leadBody: '', leader: '', office: null },
        methods: ['SPECIAL_REPORT', 'DOOR_TO_DOOR'],
        checklist: [{ code: 'T05', text: '民办职业培训机构审批和年度检查' }],
        milestones: [],
        indicators: [],
      };
      expect(check(local).map((issue) => `${issue.section} ${issue.severity} ${issue.path}`)).toEqual([
        'LEADERSHIP BLOCKING leadership.leadBody',
        'LEADERSHIP BLOCKING leadership.leader',
        'SCHEME BLOCKING scheme.milestones.县区自查和暗访调查完成',
        'SCHEME BLOCKING scheme.milestones.方案报备',
        'SCHEME BLOCKING scheme.milestones.问题清单报送',
        'METHODS BLOCKING methods.COVERT_VISIT',
        'METHODS WARNING methods.DOOR_TO_DOOR',
        'METHODS BLOCKING methods.LAW_ENFORCEMENT_CHECK',
        'POLICY BLOCKING policy.checklist.T03',
        'POLICY BLOCKING policy.checklist.T04',
        'EFFECT BLOCKING effect.indicators.RECTIFY_RATE',
        'EFFECT BLOCKING effect.indicators.TRAINED',
      ]);
    });

    it('does not conform with a blocking issue', () => {
      const local = { ...countyPlan(), methods: ['LAW_ENFORCEMENT_CHECK'] };
      expect(conforms(check(local))).toBe(false);
    });

    it('conforms with no issue at all', () => {
      expect(conforms([])).toBe(true);
    });
  });

  describe('the rule registry', () => {
    it('gives every rule its own id', () => {
      const ids = CONFORMANCE_RULES.map((rule) => rule.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('has each rule report only in its own section', () => {
      const broken: LocalPlanContent = {
        leadership: { leadBody: '', leader: '', office: null },
        methods: ['DOOR_TO_DOOR'],
        checklist: [
          { code: 'L01', text: '甲' },
          { code: 'L01', text: '乙' },
        ],
        milestones: [{ name: '县级总结报告', dueAt: startOfShanghaiDay('2024-01-10').toISOString() }],
        indicators: [],
      };
      for (const rule of CONFORMANCE_RULES) {
        const issues = rule.check(unified, broken, context);
        expect(issues.length).toBeGreaterThan(0);
        expect(issues.every((issue) => issue.section === rule.section)).toBe(true);
      }
    });
  });
});
