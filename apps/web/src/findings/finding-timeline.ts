import { HANDOFF_STATUS_LABEL } from '../common/labels';
import type { FindingDetail } from './finding-detail-types';

export interface TimelineEvent {
  /** ISO instant; null when the API keeps no time for the step (the handoff itself has no date of its own). */
  at: string | null;
  text: string;
  tone: 'blue' | 'green' | 'red' | 'gray';
}

/**
 * What happened to a finding, oldest first, pieced together from what the finding carries: its report, every
 * review decision, a merge, the handoff with its rectification reports and escalations, and the close-out.
 * Undated steps keep their place in the story after the dated ones before them.
 */
export function findingTimeline(finding: FindingDetail): TimelineEvent[] {
  const reported: TimelineEvent = {
    at: finding.reportedAt,
    text: `${finding.tenant.name} 报送问题`,
    tone: 'blue',
  };
  const dated: TimelineEvent[] = [
    reported,
    ...finding.reviews.map((review): TimelineEvent => ({
      at: review.at,
      text: review.accepted ? '审核采纳' : `审核退回:${review.reason ?? '未说明理由'}`,
      tone: review.accepted ? 'green' : 'red',
    })),
  ].sort(byTime);

  const later: TimelineEvent[] = [];
  if (finding.canonical) {
    later.push({ at: null, text: `已合并到问题「${finding.canonical.title}」`, tone: 'gray' });
  }
  const handoff = finding.handoff;
  if (handoff) {
    const letter = handoff.letterNo ? `(${handoff.letterNo})` : '';
    later.push({
      at: null,
      text: `交办给 ${handoff.department.name}${letter},当前${HANDOFF_STATUS_LABEL[handoff.status]}`,
      tone: 'blue',
    });
    const steps: TimelineEvent[] = [
      ...handoff.reports.map((report): TimelineEvent => ({
        at: report.at,
        text: report.final ? '承办单位报送办结报告' : `承办单位报告整改进展(${report.percentDone}%)`,
        tone: 'blue',
      })),
      ...handoff.escalations.map((step): TimelineEvent => ({
        at: step.at,
        text: `督办升级:${step.name}`,
        tone: 'red',
      })),
      ...(handoff.closedAt ? [closedOut(handoff.closedAt)] : []),
    ];
    later.push(...steps.sort(byTime));
  }
  return [...dated, ...later];
}

function closedOut(at: string): TimelineEvent {
  return { at, text: '核查通过,已销号', tone: 'green' };
}

function byTime(a: TimelineEvent, b: TimelineEvent): number {
  return (a.at ?? '').localeCompare(b.at ?? '');
}
