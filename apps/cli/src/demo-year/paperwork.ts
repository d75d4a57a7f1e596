import { TenantLevel } from '@liandong/tenancy';
import { DemoProject } from './catalogue';

/** What a tier writes at each step of the year that the year plan does not already hold. */
export const PAPERWORK = {
  acceptFindings: '经核实,问题属实,予以采纳。',
  returnPlan: '实施方案缺少统一方案规定的检查要点,请对照统一方案补充完善后重新报备。',
  requestExtension: '整改涉及资金筹措和项目审批,需要多个部门协调推进,难以在原定时限内全部完成,特申请延期。',
  approveExtension: '同意延期,请按新的时限抓紧整改到位,并按时报告整改情况。',
  refix: '已按核查意见补充整改,完善长效管理制度并落实专人负责,经自查问题已全部整改到位。',
  lookBack: '经回头看实地核查,整改措施持续有效,相关制度落实到位,问题未出现反弹。',
} as const;

/** What an activity's record says happened, by method; `{place}` and `{title}` filled in. */
const ACTIVITY_SUMMARIES: Readonly<Record<string, string>> = {
  SPECIAL_REPORT: '听取{place}政府及有关部门关于“{title}”工作情况的汇报,组成人员开展审议并提出意见建议。',
  INSPECTION: '组织常委会组成人员和人大代表赴{place}开展“{title}”专题视察,实地察看并召开座谈会。',
  RESEARCH: '围绕“{title}”赴{place}开展专题调研,走访企业和群众,召开座谈会听取意见建议。',
  LAW_ENFORCEMENT_CHECK: '执法检查组赴{place}开展“{title}”实地检查,随机抽查有关单位并查阅台账资料。',
  APPRAISAL: '围绕“{title}”开展工作评议,通过问卷调查、个别访谈和调阅资料了解{place}有关情况。',
  SATISFACTION_EVALUATION: '组织人大代表和服务对象对{place}“{title}”工作开展满意度测评并汇总分析。',
  COVERT_VISIT: '按照“四不两直”要求,不发通知、不打招呼、不听汇报、不用陪同接待,直奔{place}现场开展暗访。',
  FOLLOW_UP: '对{place}前期发现问题的整改落实情况开展跟踪监督,逐项核查整改进度。',
  CASE_REVIEW: '抽调人大代表和法律专家组成评查组,对{place}已结案件卷宗开展评查。',
};

export function activitySummary(method: string, place: string, project: DemoProject): string {
  const template = ACTIVITY_SUMMARIES[method] ?? '围绕“{title}”赴{place}开展监督活动。';
  return template.replace('{place}', place).replace('{title}', project.title);
}

/**
 * A tier's local plan (实施方案): the unified plan's methods, checklist, milestones and indicators under
 * the tier's own leadership. `complete` false leaves out the last checklist point, as a hurried first
 * draft would.
 */
export function localPlanOf(
  project: DemoProject,
  tenant: { name: string; level: TenantLevel },
  complete: boolean,
): unknown {
  const { unifications } = project;
  const checklist = unifications.policy.checklist;
  return {
    leadership: leadershipOf(tenant),
    methods: [...unifications.methods],
    checklist: (complete ? checklist : checklist.slice(0, -1)).map((item) => ({ ...item })),
    milestones: unifications.scheme.milestones.map((milestone) => ({ ...milestone })),
    indicators: unifications.effect.indicators.map((indicator) => ({ ...indicator })),
  };
}

/** A county's standing committee; a street's NPC work committee (人大工委); a township's presidium. */
function leadershipOf(tenant: { name: string; level: TenantLevel }): {
  leadBody: string;
  leader: string;
  office: string | null;
} {
  if (tenant.level === TenantLevel.COUNTY) {
    return {
      leadBody: `${tenant.name}人大常委会`,
      leader: `${tenant.name}人大常委会分管副主任`,
      office: `${tenant.name}人大常委会办公室`,
    };
  }
  return tenant.name.endsWith('街道')
    ? { leadBody: `${tenant.name}人大工委`, leader: `${tenant.name}人大工委主任`, office: null }
    : { leadBody: `${tenant.name}人大主席团`, leader: `${tenant.name}人大主席`, office: null };
}
