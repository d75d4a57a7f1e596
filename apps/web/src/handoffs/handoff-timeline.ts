import { formatDay } from '../common/format';
import { EVALUATION_RESULT_LABEL, EVALUATION_SCHEME_LABEL, EXTENSION_STATUS_LABEL } from '../common/labels';
import type { HandoffDetailFragment } from '../graphql/generated/graphql';

export interface TimelineEntry {
  key: string;
  /** antd Timeline colour: blue done, green closing, red pressing, gray still to come. */
  color: 'blue' | 'green' | 'red' | 'orange' | 'gray';
  title: string;
  detail?: string;
  /** When it happened; undefined for what the API keeps without a time (extension requests, evaluations). */
  at?: string;
}

const byTime = (a: TimelineEntry, b: TimelineEntry) => (a.at ?? '').localeCompare(b.at ?? '');

/**
 * The history of a handoff, oldest first: what happened with a time, in time order; then the requests and
 * evaluations the API records without a time; then what is still to come (planned stages, a due look-back).
 */
export function handoffTimeline(handoff: HandoffDetailFragment): TimelineEntry[] {
  const issued: TimelineEntry = {
    key: 'issued',
    color: 'blue',
    title: `${handoff.fromTenant.name} 交办 ${handoff.department.name}`,
    detail: `交办函号 ${handoff.letterNo ?? '—'},整改时限 ${formatDay(handoff.deadline)}`,
    at: handoff.issuedAt,
  };
  const dated: TimelineEntry[] = [
    ...handoff.reports.map((report, index) => ({
      key: `report-${index}`,
      color: report.final ? ('green' as const) : ('blue' as const),
      title: `${report.final ? '报送办结报告' : '报告整改进展'}(完成 ${report.percentDone}%)`,
      detail: report.measures,
      at: report.at,
    })),
    ...handoff.escalations.map((step, index) => ({
      key: `escalation-${index}`,
      color: 'red' as const,
      title: `${step.automatic ? '逾期自动督办' : '督办'}:${step.level} 级 ${step.name}(${step.tenant.name})`,
      detail: step.reason,
      at: step.at,
    })),
    ...handoff.milestones.flatMap((milestone) =>
      milestone.doneAt
        ? [
            {
              key: `milestone-${milestone.name}`,
              color: 'blue' as const,
              title: `完成阶段节点「${milestone.name}」`,
              at: milestone.doneAt,
            },
          ]
        : [],
    ),
  ];
  if (handoff.signedAt) {
    dated.push({
      key: 'signed',
      color: 'blue',
      title: `${handoff.department.name} 签收`,
      at: handoff.signedAt,
    });
  }
  if (handoff.closedAt) {
    dated.push({ key: 'closed', color: 'green', title: '核查通过,已销号', at: handoff.closedAt });
  }
  if (handoff.lookBack?.doneAt) {
    dated.push({
      key: 'look-back',
      color: handoff.lookBack.relapsed ? 'red' : 'green',
      title: handoff.lookBack.relapsed ? '回头看:问题反弹,重新整改' : '回头看:未发现反弹',
      detail: handoff.lookBack.note ?? undefined,
      at: handoff.lookBack.doneAt,
    });
  }
  const undated: TimelineEntry[] = [
    ...handoff.extensions.map((request) => ({
      key: `extension-${request.id}`,
      color: request.status === 'REJECTED' ? ('orange' as const) : ('blue' as const),
      title: `申请延期至 ${formatDay(request.until)}(${EXTENSION_STATUS_LABEL[request.status]})`,
      detail: [request.reason, request.decidedReason && `审批意见:${request.decidedReason}`]
        .filter(Boolean)
        .join(';'),
    })),
    ...handoff.evaluations.map((evaluation) => ({
      key: `evaluation-${evaluation.id}`,
      color:
        evaluation.result === 'UNSATISFIED' || evaluation.result === 'FAILED'
          ? ('red' as const)
          : ('blue' as const),
      title: `满意度测评(${EVALUATION_SCHEME_LABEL[evaluation.scheme]}):${
        evaluation.result ? EVALUATION_RESULT_LABEL[evaluation.result] : '待计票'
      }`,
      detail: `应参评 ${evaluation.eligible} 人,满意 ${evaluation.satisfied},基本满意 ${evaluation.basicallySatisfied},不满意 ${evaluation.unsatisfied}`,
    })),
  ];
  const upcoming: TimelineEntry[] = handoff.milestones
    .filter((milestone) => !milestone.doneAt)
    .map((milestone) => ({
      key: `milestone-${milestone.name}`,
      color: milestone.overdue ? ('red' as const) : ('gray' as const),
      title: `阶段节点「${milestone.name}」${milestone.overdue ? '已逾期' : '待完成'}`,
      detail: `应于 ${formatDay(milestone.dueAt)} 前完成`,
    }));
  if (handoff.lookBack && !handoff.lookBack.doneAt) {
    upcoming.push({
      key: 'look-back-due',
      color: 'gray',
      title: `回头看:应于 ${formatDay(handoff.lookBack.dueAt)} 前开展`,
    });
  }
  return [issued, ...dated.sort(byTime), ...undated, ...upcoming];
}
