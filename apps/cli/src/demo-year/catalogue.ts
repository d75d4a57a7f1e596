import { Severity } from '@liandong/findings';
import { UnificationsInput } from '@liandong/plans';

export const DEMO_YEAR = 2023;

/** Responsible units every city and county tenant has (townships have only `gov`). */
export type DeptCode =
  'gov' | 'court' | 'procuratorate' | 'market' | 'education' | 'hrss' | 'ecology' | 'commerce' | 'culture';

/** Courts and procuratorates answer for themselves: a government cannot take their problems over. */
export const JUDICIAL_DEPTS: ReadonlySet<DeptCode> = new Set(['court', 'procuratorate']);

export type Category =
  '制度缺失' | '落实不到位' | '执法不规范' | '资金' | '生态环境' | '服务质效' | '司法' | '其他';

/**
 * One kind of problem a project's supervision turns up. `{a-b}` in the texts becomes a number in that
 * range and `{place}` the reporting body's area, so the same kind of problem reads differently by place.
 */
export interface FindingTemplate {
  title: string;
  description: string;
  category: Category;
  method: string;
  checklist: string;
  /** The unit responsible at county level. */
  dept: DeptCode;
  severity?: Severity;
  /** Who can find it: counties only, townships only, or (unset) both. */
  tiers?: 'county' | 'township';
  /**
   * Who hands it over: the township to its own government, the city to its own department, or (unset)
   * the county to its department.
   */
  handledBy?: 'township' | 'city';
}

export interface DemoProject {
  key: string;
  title: string;
  /** County codes the city publishes the project to. */
  counties: string[];
  /** Whether the townships get it too; judicial projects stay with the counties, whose courts they are. */
  includeDescendants: boolean;
  /** How many problems the year turns up under this project. */
  findings: number;
  unifications: UnificationsInput;
  templates: FindingTemplate[];
}

/** The milestone by which an assignment sends in its problem list (问题清单报送). */
export function problemListMilestone(project: DemoProject): { name: string; dueAt: Date } {
  const milestone = project.unifications.scheme.milestones.find((candidate) =>
    candidate.name.includes('问题清单'),
  );
  if (!milestone) {
    throw new Error(`project ${project.key} has no problem-list milestone`);
  }
  return milestone;
}

/** A date at 18:00 Beijing time, the close of a working day. */
export function cst(day: string): Date {
  return new Date(`${day}T18:00:00+08:00`);
}

/** Short names of Luoyang's county-level areas, and the abbreviation their standing committee's letters use. */
export const COUNTY_SHORT: Readonly<Record<string, { short: string; abbr: string }>> = {
  '410302': { short: '老城', abbr: '老' },
  '410303': { short: '西工', abbr: '西' },
  '410304': { short: '瀍河', abbr: '瀍' },
  '410305': { short: '涧西', abbr: '涧' },
  '410307': { short: '偃师', abbr: '偃' },
  '410308': { short: '孟津', abbr: '孟' },
  '410311': { short: '洛龙', abbr: '洛龙' },
  '410323': { short: '新安', abbr: '新' },
  '410324': { short: '栾川', abbr: '栾' },
  '410325': { short: '嵩县', abbr: '嵩' },
  '410326': { short: '汝阳', abbr: '汝' },
  '410327': { short: '宜阳', abbr: '宜' },
  '410328': { short: '洛宁', abbr: '宁' },
  '410329': { short: '伊川', abbr: '伊' },
};

export const COORDINATION_OFFICE = '市人大常委会监督工作统筹协调办公室';

/** Effect indicators every joint project carries, besides its own. */
export const COMMON_INDICATORS: UnificationsInput['effect']['indicators'] = [
  { code: 'HANDOVER_RATE', name: '发现问题交办率(%)', target: 100 },
  { code: 'RECTIFY_RATE', name: '交办问题整改完成率(%)', target: 85 },
];

/** What a unit writes when it starts rectifying. */
export const PROGRESS_MEASURES: readonly string[] = [
  '已召开专题会议研究部署,制定整改方案,明确责任领导、责任科室和完成时限,正在逐项推进整改。',
  '已成立整改工作专班,建立问题、任务、责任三张清单,实行周调度、月通报,整改工作有序推进。',
  '已对交办问题逐条核实,制定整改台账,能立即整改的已完成整改,需要一定时间整改的正在按节点推进。',
];

export const FURTHER_MEASURES: readonly string[] = [
  '已完成大部分整改任务,剩余事项正在协调相关单位推进,同步修订完善相关管理制度。',
  '整改任务已完成过半,正在组织“回头看”,对整改效果进行自查评估。',
];

/** A unit's closing report (办结报告), by the kind of unit. */
export const FINAL_MEASURES: Readonly<Record<DeptCode, string>> = {
  gov: '已成立整改工作专班,逐项明确牵头单位和完成时限,交办问题已整改到位,并建立定期调度和督导检查的长效机制,防止问题反弹。',
  court:
    '已组织专项清理和案件复查,对存在问题的案件逐案整改,完善审判执行监督管理制度,对相关责任人进行了批评教育,问题整改到位。',
  procuratorate: '已对相关案件逐案复查并依法纠正,完善检察官办案监督管理和业绩考评制度,问题整改到位。',
  market: '已开展专项检查和集中整治,依法查处违法违规行为,建立“双随机、一公开”常态化监管机制,问题整改到位。',
  education: '已调整优化教育资源配置,出台专项措施并落实经费,相关问题整改到位,整改情况纳入年度教育督导评估。',
  hrss: '已开展专项核查,追回违规资金并完善审核拨付流程,修订相关管理办法,加强政策宣传,问题整改到位。',
  ecology: '已完成现场整治和执法查处,落实日常巡查和在线监测,经采样复测达标,问题整改到位。',
  commerce: '已制定专项推进方案,落实扶持政策和服务措施,建立跟踪服务机制,问题整改到位。',
  culture: '已完善管护和运营措施,落实责任主体和经费保障,问题整改到位。',
};

export const PASS_OPINIONS: readonly string[] = [
  '经实地核查,整改措施落实到位,同意销号。',
  '经书面审核并现场抽查,问题已整改到位,同意销号。',
  '经组织人大代表实地察看,整改效果良好,群众认可,同意销号。',
  '经暗访回访,问题未出现反弹,整改到位,同意销号。',
];

export const FAIL_OPINION =
  '经实地核查,部分问题整改不彻底,长效管理机制尚未建立,请继续整改,并于整改期限内再次报告办结情况。';
