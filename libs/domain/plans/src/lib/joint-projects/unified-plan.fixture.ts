import { startOfShanghaiDay } from '@liandong/time';
import type { Unifications } from './unifications';

/** The city's unified plan for the 2023 joint enforcement inspection of the vocational training regulations. */
export function vocationalTrainingPlan(): Unifications {
  return {
    leadership: {
      leadBody: '市人大社会建设委员会',
      leader: '市人大常委会副主任(分管社会建设工作)',
      office: '市人大常委会监督工作统筹协调办公室',
    },
    scheme: {
      objectives: '市县乡三级人大联动开展《河南省职业培训条例》执法检查,推动“人人持证、技能河南”建设。',
      startsAt: startOfShanghaiDay('2023-04-01').toISOString(),
      endsAt: startOfShanghaiDay('2023-12-20').toISOString(),
      milestones: [
        { name: '方案报备', dueAt: startOfShanghaiDay('2023-04-20').toISOString() },
        { name: '县区自查和暗访调查完成', dueAt: startOfShanghaiDay('2023-06-15').toISOString() },
        { name: '问题清单报送', dueAt: startOfShanghaiDay('2023-08-10').toISOString() },
      ],
    },
    methods: ['LAW_ENFORCEMENT_CHECK', 'COVERT_VISIT', 'SPECIAL_REPORT'],
    policy: {
      legalBasis: ['《河南省职业培训条例》', '《中华人民共和国职业教育法》'],
      checklist: [
        { code: 'T03', text: '落实职业培训补贴和职业技能提升行动专账资金' },
        { code: 'T04', text: '规范培训补贴资金申领、审核和监管' },
        { code: 'T05', text: '民办职业培训机构审批和年度检查' },
      ],
    },
    effect: {
      indicators: [
        { code: 'TRAINED', name: '年度职业技能培训(万人次)', target: 20 },
        { code: 'RECTIFY_RATE', name: '问题整改完成率(%)', target: 90 },
      ],
    },
  };
}
