import type { CommitteeProgressQuery } from '../graphql/generated/graphql';
import { closureRateText, mayPress, scorecardRows } from './scorecard';

const TONGCHOU = { id: 'tc', code: 'tongchou', name: '统筹办', coordinates: true };
const CAIJING = { id: 'cj', code: 'caijing', name: '财政经济委员会', coordinates: false };
const NONGWEI = { id: 'nw', code: 'nongwei', name: '农业与农村委员会', coordinates: false };
const CITY = { id: 'city', name: '洛阳市' };

function figures(findings: number, handedOver: number, closed: number, overdue = 0) {
  return {
    projects: 1,
    findings,
    handedOver,
    closed,
    overdue,
    closureRate: handedOver === 0 ? 0 : closed / handedOver,
  };
}

describe('scorecardRows', () => {
  it('lists every committee of the office in its order, with zeros where it leads nothing', () => {
    const data: CommitteeProgressQuery = {
      committees: [TONGCHOU, CAIJING, NONGWEI],
      progress: [{ committee: { ...CAIJING, tenant: CITY }, ...figures(4, 3, 1, 2) }],
    };
    const rows = scorecardRows(data);
    expect(rows.map((row) => [row.label, row.findings, row.handedOver, row.closed, row.overdue])).toEqual([
      ['统筹办', 0, 0, 0, 0],
      ['财政经济委员会', 4, 3, 1, 2],
      ['农业与农村委员会', 0, 0, 0, 0],
    ]);
    expect(rows.every((row) => row.own)).toBe(true);
  });

  it('adds another office’s committee that leads projects in scope, named with its office', () => {
    const data: CommitteeProgressQuery = {
      committees: [TONGCHOU],
      progress: [
        {
          committee: {
            id: 'city-cj',
            code: 'caijing',
            name: '财政经济委员会',
            coordinates: false,
            tenant: CITY,
          },
          ...figures(2, 1, 1),
        },
      ],
    };
    const rows = scorecardRows(data);
    expect(rows.map((row) => [row.label, row.own])).toEqual([
      ['统筹办', true],
      ['财政经济委员会(洛阳市)', false],
    ]);
  });

  it('adds the projects that name no lead committee last, when there are any', () => {
    const data: CommitteeProgressQuery = {
      committees: [CAIJING],
      progress: [{ committee: null, ...figures(5, 0, 0) }],
    };
    expect(scorecardRows(data).map((row) => row.label)).toEqual(['财政经济委员会', '未指定牵头委室']);
    const empty = {
      committees: [CAIJING],
      progress: [{ committee: null, ...figures(0, 0, 0), projects: 0 }],
    };
    expect(scorecardRows(empty).map((row) => row.label)).toEqual(['财政经济委员会']);
  });
});

describe('closureRateText', () => {
  it('shows a percentage, or a dash when nothing was handed over', () => {
    expect(closureRateText({ handedOver: 3, closureRate: 2 / 3 })).toBe('66.7%');
    expect(closureRateText({ handedOver: 0, closureRate: 0 })).toBe('—');
  });
});

describe('mayPress', () => {
  const [tongchou, caijing] = scorecardRows({ committees: [TONGCHOU, CAIJING], progress: [] });

  it('lets the 统筹办’s staff press the office’s other committees, not the 统筹办 itself', () => {
    expect(mayPress({ roles: ['MEMBER'], committee: { coordinates: true } }, caijing!)).toBe(true);
    expect(mayPress({ roles: ['COORDINATOR'], committee: { coordinates: true } }, tongchou!)).toBe(false);
  });

  it('lets a coordinator who belongs to no committee press', () => {
    expect(mayPress({ roles: ['COORDINATOR'], committee: null }, caijing!)).toBe(true);
  });

  it('lets no other committee’s staff, member without a committee or unit account press', () => {
    expect(mayPress({ roles: ['COORDINATOR'], committee: { coordinates: false } }, caijing!)).toBe(false);
    expect(mayPress({ roles: ['MEMBER'], committee: null }, caijing!)).toBe(false);
    expect(mayPress({ roles: ['DEPARTMENT'], committee: null }, caijing!)).toBe(false);
  });

  it('offers no 督促 on another office’s committee', () => {
    const [, cityCaijing] = scorecardRows({
      committees: [TONGCHOU],
      progress: [{ committee: { ...CAIJING, id: 'city-cj', tenant: CITY }, ...figures(1, 0, 0) }],
    });
    expect(mayPress({ roles: ['COORDINATOR'], committee: null }, cityCaijing!)).toBe(false);
  });
});
