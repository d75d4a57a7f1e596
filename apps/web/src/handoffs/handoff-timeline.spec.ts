import { handoffTimeline } from './handoff-timeline';
import { testHandoff } from './test-handoff';

describe('handoffTimeline', () => {
  it('starts with the handover and orders what happened by time', () => {
    const entries = handoffTimeline(
      testHandoff({
        status: 'CLOSED',
        signedAt: '2026-03-05T02:00:00Z',
        closedAt: '2026-05-03T02:00:00Z',
        reports: [
          {
            id: 'r2',
            evidence: [],
            measures: '办结',
            percentDone: 100,
            final: true,
            at: '2026-05-01T02:00:00Z',
          },
          {
            id: 'r1',
            evidence: [],
            measures: '进展',
            percentDone: 40,
            final: false,
            at: '2026-04-01T02:00:00Z',
          },
        ],
        escalations: [
          {
            level: 1,
            name: '催办',
            at: '2026-04-15T02:00:00Z',
            reason: '逾期',
            automatic: true,
            tenant: { id: 'county', name: '老城区' },
          },
        ],
      }),
    );
    expect(entries[0]?.at).toBe('2026-03-02T01:00:00.000Z');
    expect(entries.map((entry) => entry.title)).toEqual([
      '老城区 交办 人民政府',
      '人民政府 签收',
      '报告整改进展(完成 40%)',
      '逾期自动督办:1 级 催办(老城区)',
      '报送办结报告(完成 100%)',
      '核查通过,已销号',
    ]);
  });

  it('ends with what is still to come: open stages and a due look-back', () => {
    const entries = handoffTimeline(
      testHandoff({
        milestones: [
          { name: '制定方案', dueAt: '2026-03-01T00:00:00Z', doneAt: '2026-02-20T00:00:00Z', overdue: false },
          { name: '全面整改', dueAt: '2026-04-01T00:00:00Z', doneAt: null, overdue: true },
        ],
        lookBack: { dueAt: '2026-09-01T00:00:00Z', doneAt: null, relapsed: null, note: null },
      }),
    );
    expect(entries.map((entry) => entry.title).slice(1)).toEqual([
      '完成阶段节点「制定方案」',
      '阶段节点「全面整改」已逾期',
      '回头看:应于 2026-09-01 前开展',
    ]);
    expect(entries[2]?.color).toBe('red');
  });

  it('lists extension requests with their decision', () => {
    const [, extension] = handoffTimeline(
      testHandoff({
        extensions: [
          {
            id: 'e1',
            until: '2026-07-31T15:59:59Z',
            reason: '需招标',
            status: 'REJECTED',
            decidedReason: '理由不充分',
          },
        ],
      }),
    );
    expect(extension?.title).toBe('申请延期至 2026-07-31(未同意)');
    expect(extension?.detail).toBe('需招标;审批意见:理由不充分');
  });
});
