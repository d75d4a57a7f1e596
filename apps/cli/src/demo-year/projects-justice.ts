import { Severity } from '@liandong/findings';
import { COMMON_INDICATORS, COORDINATION_OFFICE, cst, DemoProject } from './catalogue';

const JUDICIARY_COMMITTEE = '市人大监察和司法委员会';
const JUDICIARY_LEADER = '市人大常委会副主任(分管监察司法工作)';

export const JUDGES_APPRAISAL: DemoProject = {
  key: 'judges',
  title: '员额法官和员额检察官履职评议',
  counties: ['410302', '410303', '410305', '410307', '410311', '410329'],
  includeDescendants: false,
  findings: 18,
  unifications: {
    leadership: { leadBody: JUDICIARY_COMMITTEE, leader: JUDICIARY_LEADER, office: COORDINATION_OFFICE },
    scheme: {
      objectives:
        '对两级法院、检察院员额法官和员额检察官依法履职情况开展评议。市人大常委会评议市中级人民法院、市人民检察院的员额人员,' +
        '各县区人大常委会同步评议本级法院、检察院的员额人员,围绕政治素质、办案数量、办案质量、办案效率、办案效果、司法作风和廉洁自律查找问题,' +
        '评议结果向同级党委报告并通报被评议人所在单位,推动提升司法公信力。',
      startsAt: cst('2023-03-01'),
      endsAt: cst('2023-11-30'),
      milestones: [
        { name: '方案报备:各县区评议实施方案报市人大常委会', dueAt: cst('2023-03-31') },
        { name: '调查了解和案件评查完成', dueAt: cst('2023-06-30') },
        { name: '评议报告及问题清单报送', dueAt: cst('2023-08-31') },
        { name: '常委会会议评议及满意度测评', dueAt: cst('2023-09-28') },
        { name: '总结:整改情况报告及评议工作总结', dueAt: cst('2023-11-30') },
      ],
    },
    methods: ['APPRAISAL', 'CASE_REVIEW', 'SATISFACTION_EVALUATION', 'RESEARCH'],
    policy: {
      legalBasis: [
        '《中华人民共和国各级人民代表大会常务委员会监督法》',
        '《中华人民共和国法官法》',
        '《中华人民共和国检察官法》',
        '《洛阳市人大常委会监督司法工作办法》',
        '《洛阳市人大常委会工作评议办法》',
      ],
      checklist: [
        { code: 'J01', text: '政治素质和职业道德' },
        { code: 'J02', text: '办案数量与工作量饱和度' },
        { code: 'J03', text: '办案质量(改判、发回重审、抗诉、不捕不诉情况)' },
        { code: 'J04', text: '办案效率(审限内结案、超期羁押、执行期限)' },
        { code: 'J05', text: '办案效果(服判息诉、涉诉信访化解)' },
        { code: 'J06', text: '司法作风和为民服务' },
        { code: 'J07', text: '廉洁司法和防止干预司法“三个规定”执行' },
        { code: 'J08', text: '司法责任制落实与员额动态管理' },
      ],
    },
    effect: {
      indicators: [
        { code: 'COVERAGE', name: '被评议员额人员覆盖率(%)', target: 100 },
        { code: 'CASES_REVIEWED', name: '评查已结案件数(件)', target: 320 },
        { code: 'SATISFACTION', name: '满意度测评满意率(%)', target: 85 },
        ...COMMON_INDICATORS,
      ],
    },
  },
  templates: [
    {
      title: '部分员额法官年度结案数明显偏低',
      description:
        '评议组调取近三年办案数据发现,{place}人民法院有{2-5}名员额法官年均结案数不足本院员额法官平均数的{50-70}%,存在“入额不办案、办案不够量”现象。',
      category: '司法',
      method: 'APPRAISAL',
      checklist: 'J02',
      dept: 'court',
    },
    {
      title: '个别案件超审限且未报批延长',
      description:
        '案件评查中抽查已结民商事案件{40-80}件,发现{2-4}件超过法定审限且未依法办理延长审限审批手续。',
      category: '司法',
      method: 'CASE_REVIEW',
      checklist: 'J04',
      dept: 'court',
      severity: Severity.SERIOUS,
    },
    {
      title: '部分裁判文书说理不充分',
      description:
        '评查发现部分裁判文书对证据采信和法律适用论述简单,{3-6}份文书存在笔误、引用法条不准确等问题。',
      category: '司法',
      method: 'CASE_REVIEW',
      checklist: 'J03',
      dept: 'court',
    },
    {
      title: '涉诉信访案件化解不及时',
      description:
        '{place}人民法院有{3-7}件涉诉信访案件超过{3-6}个月未化解,当事人反映承办法官释法说理、答疑解惑不够耐心。',
      category: '服务质效',
      method: 'APPRAISAL',
      checklist: 'J05',
      dept: 'court',
    },
    {
      title: '终结本次执行程序案件财产调查不彻底',
      description: '评查首次执行案件{30-50}件,其中{3-6}件未穷尽财产调查措施即裁定终结本次执行程序。',
      category: '司法',
      method: 'CASE_REVIEW',
      checklist: 'J04',
      dept: 'court',
      severity: Severity.SERIOUS,
    },
    {
      title: '满意度测评中司法作风一项评价偏低',
      description:
        '对{place}被评议员额人员开展满意度测评,“司法作风”一项满意率仅为{72-80}%,部分当事人反映存在联系难、答复慢等问题。',
      category: '服务质效',
      method: 'SATISFACTION_EVALUATION',
      checklist: 'J06',
      dept: 'court',
    },
    {
      title: '不捕不诉决定说理不足',
      description:
        '评查审查逮捕、审查起诉案件{30-60}件,发现{2-5}件不捕、不诉决定说理不充分,未按规定开展公开听证。',
      category: '司法',
      method: 'CASE_REVIEW',
      checklist: 'J03',
      dept: 'procuratorate',
    },
    {
      title: '认罪认罚案件量刑建议精准度不高',
      description: '部分认罪认罚案件量刑建议幅度过宽,确定刑量刑建议采纳率为{80-88}%,低于全市平均水平。',
      category: '司法',
      method: 'CASE_REVIEW',
      checklist: 'J03',
      dept: 'procuratorate',
    },
    {
      title: '民事行政检察监督办案偏少',
      description:
        '{place}人民检察院年度民事、行政诉讼监督案件仅{2-6}件,监督线索来源单一,“重刑轻民”问题仍然存在。',
      category: '落实不到位',
      method: 'APPRAISAL',
      checklist: 'J02',
      dept: 'procuratorate',
    },
    {
      title: '听取律师意见不够规范',
      description: '律师座谈反映,部分员额检察官听取辩护律师意见未形成书面记录,阅卷预约、意见反馈不够及时。',
      category: '服务质效',
      method: 'RESEARCH',
      checklist: 'J06',
      dept: 'procuratorate',
    },
    {
      title: '“三个规定”记录报告制度落实不严',
      description: '抽查“三个规定”填报记录发现,部分干警长期零报告,过问、插手案件情况记录报告制度落实不严格。',
      category: '制度缺失',
      method: 'APPRAISAL',
      checklist: 'J07',
      dept: 'procuratorate',
    },
    {
      title: '员额法官退出机制运行不畅',
      description: '部分员额法官连续两年业绩考核结果靠后,未启动员额退出程序,员额动态管理机制有待完善。',
      category: '制度缺失',
      method: 'RESEARCH',
      checklist: 'J08',
      dept: 'court',
      handledBy: 'city',
    },
    {
      title: '检察官业绩考评结果运用不充分',
      description: '检察官业绩考评结果未与员额退出、等级晋升有效挂钩,考评“干多干少一个样”的问题仍然存在。',
      category: '制度缺失',
      method: 'RESEARCH',
      checklist: 'J08',
      dept: 'procuratorate',
      handledBy: 'city',
    },
  ],
};

export const ENTERPRISE_CASES: DemoProject = {
  key: 'enterprise-cases',
  title: '法检两院涉企案件评议',
  counties: ['410303', '410304', '410305', '410308', '410311', '410328'],
  includeDescendants: false,
  findings: 16,
  unifications: {
    leadership: { leadBody: JUDICIARY_COMMITTEE, leader: JUDICIARY_LEADER, office: COORDINATION_OFFICE },
    scheme: {
      objectives:
        '对两级法院、检察院近三年办理的涉企案件开展评议,以案件评查为基础,重点查找立案难、审理慢、执行难,违规查封扣押冻结涉企财产,' +
        '涉企刑事“挂案”久拖不决等问题,推动依法平等保护各类市场主体,助力法治化营商环境建设。',
      startsAt: cst('2023-04-01'),
      endsAt: cst('2023-12-15'),
      milestones: [
        { name: '方案报备', dueAt: cst('2023-04-20') },
        { name: '涉企案件评查完成并形成评查报告', dueAt: cst('2023-07-31') },
        { name: '问题清单报送', dueAt: cst('2023-08-31') },
        { name: '常委会会议听取评议报告', dueAt: cst('2023-10-26') },
        { name: '总结:整改情况报告', dueAt: cst('2023-12-15') },
      ],
    },
    methods: ['CASE_REVIEW', 'APPRAISAL', 'RESEARCH'],
    policy: {
      legalBasis: [
        '《中华人民共和国各级人民代表大会常务委员会监督法》',
        '《中华人民共和国民事诉讼法》',
        '《中华人民共和国刑事诉讼法》',
        '《优化营商环境条例》',
        '《洛阳市人大常委会监督司法工作办法》',
      ],
      checklist: [
        { code: 'E01', text: '涉企案件立案登记' },
        { code: 'E02', text: '审理期限与审判质效' },
        { code: 'E03', text: '涉企财产查封、扣押、冻结' },
        { code: 'E04', text: '执行工作(执行到位率、终结本次执行案件)' },
        { code: 'E05', text: '涉企刑事“挂案”清理' },
        { code: 'E06', text: '涉企案件检察监督' },
        { code: 'E07', text: '涉案企业合规改革' },
        { code: 'E08', text: '善意文明司法与服务企业' },
      ],
    },
    effect: {
      indicators: [
        { code: 'CASES_REVIEWED', name: '评查涉企案件数(件)', target: 600 },
        { code: 'HANGING_CASES_CLEARED', name: '涉企刑事“挂案”清理率(%)', target: 100 },
        ...COMMON_INDICATORS,
      ],
    },
  },
  templates: [
    {
      title: '涉企民商事案件审理周期偏长',
      description:
        '评查涉企买卖合同、借款合同纠纷案件{30-60}件,平均审理天数为{95-140}天,{3-6}件简易程序转普通程序未说明理由。',
      category: '司法',
      method: 'CASE_REVIEW',
      checklist: 'E02',
      dept: 'court',
    },
    {
      title: '个别案件超标的查封企业财产',
      description: '评查发现{1-3}件案件对企业账户和厂房的查封超出申请保全标的额,且未依申请及时解除。',
      category: '司法',
      method: 'CASE_REVIEW',
      checklist: 'E03',
      dept: 'court',
      severity: Severity.SERIOUS,
    },
    {
      title: '涉企执行案件终本率偏高',
      description: '{place}人民法院涉企执行案件终结本次执行程序比例达{38-52}%,部分案件财产调查不彻底。',
      category: '司法',
      method: 'CASE_REVIEW',
      checklist: 'E04',
      dept: 'court',
    },
    {
      title: '诉前调解期限超出规定',
      description:
        '企业座谈反映存在以诉前调解为由延迟立案问题,调阅诉前调解案件{10-20}件,{2-4}件调解期限超过30日。',
      category: '司法',
      method: 'RESEARCH',
      checklist: 'E01',
      dept: 'court',
    },
    {
      title: '善意文明执行理念落实不到位',
      description:
        '对被执行企业一律采取限制高消费措施并纳入失信名单,未区分情况开展信用修复,影响企业正常融资经营。',
      category: '执法不规范',
      method: 'APPRAISAL',
      checklist: 'E08',
      dept: 'court',
    },
    {
      title: '诉讼服务便企措施落实不够',
      description: '企业问卷反映对网上立案、诉讼费缓减免办理的满意度为{70-80}%,部分承办人联系方式未公开。',
      category: '服务质效',
      method: 'RESEARCH',
      checklist: 'E08',
      dept: 'court',
    },
    {
      title: '涉企刑事“挂案”久拖不决',
      description:
        '排查出的{2-5}件涉企刑事“挂案”立案后超过两年未侦结,也未作撤案处理,企业经营和融资受到影响。',
      category: '司法',
      method: 'CASE_REVIEW',
      checklist: 'E05',
      dept: 'procuratorate',
      severity: Severity.CRITICAL,
    },
    {
      title: '涉案企业合规整改验收流于形式',
      description: '{1-3}件涉案企业合规案件第三方监督评估报告内容简单,合规整改验收标准不明确。',
      category: '司法',
      method: 'CASE_REVIEW',
      checklist: 'E07',
      dept: 'procuratorate',
    },
    {
      title: '涉企民事执行监督不够主动',
      description: '{place}人民检察院年度涉企民事执行监督案件仅{2-5}件,未主动排查违法执行、消极执行线索。',
      category: '落实不到位',
      method: 'APPRAISAL',
      checklist: 'E06',
      dept: 'procuratorate',
    },
    {
      title: '两级法院涉企案件评查标准不统一',
      description: '两级法院涉企案件质量评查标准不一,评查结果未与员额法官业绩考核挂钩。',
      category: '制度缺失',
      method: 'APPRAISAL',
      checklist: 'E02',
      dept: 'court',
      handledBy: 'city',
    },
    {
      title: '涉企“挂案”清理长效机制未建立',
      description: '涉企刑事案件立案后长期未结的定期排查、通报和督办机制尚未建立,“挂案”存在边清边增现象。',
      category: '制度缺失',
      method: 'RESEARCH',
      checklist: 'E05',
      dept: 'procuratorate',
      handledBy: 'city',
    },
  ],
};
