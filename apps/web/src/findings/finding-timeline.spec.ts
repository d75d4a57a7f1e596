import type { FindingDetail } from './finding-detail-types';
import { findingTimeline } from './finding-timeline';

const BASE: FindingDetail = {
  id: 'f1',
  title: '窗口午间无人值守',
  description: '午间无人',
  status: 'REPORTED',
  severity: 'NORMAL',
  category: '服务质效',
  checklistCode: 'C2',
  location: null,
  reportedAt: '2026-03-01T02:00:00Z',
  recurrence: false,
  source: 'OWN_SUPERVISION',
  project: { id: 'p1', title: '优化营商环境', year: 2026 },
  method: { code: 'COVERT_VISIT', name: '暗访' },
  activity: null,
  tenant: { id: 't1', name: '西关街道' },
  reporters: [{ id: 't1', name: '西关街道' }],
  department: null,
  evidence: [],
  reviews: [],
  canonical: null,
  handoff: null,
};

describe('findingTimeline', () => {
  it('tells the report, a return with its reason and the acceptance after correction, in time order', () => {
    const events = findingTimeline({
      ...BASE,
      reviews: [
        {
          accepted: true,
          reason: null,
          at: '2026-03-05T02:00:00Z',
        },
        {
          accepted: false,
          reason: '未写明地点',
          at: '2026-03-02T02:00:00Z',
        },
      ],
    });
    expect(events.map((e) => e.text)).toEqual(['西关街道 报送问题', '审核退回:未写明地点', '审核采纳']);
    expect(events.map((e) => e.tone)).toEqual(['blue', 'red', 'green']);
  });

  it('follows the handoff through its reports, escalations and close-out', () => {
    const events = findingTimeline({
      ...BASE,
      status: 'CLOSED',
      handoff: {
        id: 'h1',
        letterNo: '洛人常交〔2026〕3号',
        status: 'CLOSED',
        deadline: '2026-04-01T15:59:59Z',
        overdue: false,
        closedAt: '2026-04-10T02:00:00Z',
        department: { id: 'd1', name: '老城区人民政府' },
        reports: [{ at: '2026-04-08T02:00:00Z', final: true, percentDone: 100 }],
        escalations: [{ at: '2026-04-02T00:00:00Z', level: 1, name: '催办' }],
      },
    });
    expect(events.map((e) => e.text)).toEqual([
      '西关街道 报送问题',
      '交办给 老城区人民政府(洛人常交〔2026〕3号),当前已销号',
      '督办升级:催办',
      '承办单位报送办结报告',
      '核查通过,已销号',
    ]);
    expect(events[1]?.at).toBeNull();
  });

  it('says where a merged finding went', () => {
    const events = findingTimeline({
      ...BASE,
      status: 'MERGED',
      canonical: { id: 'f0', title: '便民服务中心中午空岗', status: 'ACCEPTED' },
    });
    expect(events.at(-1)).toEqual({ at: null, text: '已合并到问题「便民服务中心中午空岗」', tone: 'gray' });
  });
});
