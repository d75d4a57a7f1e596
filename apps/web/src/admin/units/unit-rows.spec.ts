import type { UnitRowFragment } from '../../graphql/generated/graphql';
import { openHandoffsOf, retireWarning, sortedUnits } from './unit-rows';

function unit(code: string, retiredAt: string | null = null, openHandoffs = 0): UnitRowFragment {
  return { id: code, code, name: code, kind: 'GOVERNMENT_DEPARTMENT', retiredAt, openHandoffs };
}

describe('sortedUnits', () => {
  it('lists the units in use first, each part by code', () => {
    const rows = sortedUnits([unit('water', '2026-01-01T00:00:00Z'), unit('market'), unit('edu')]);
    expect(rows.map((row) => row.code)).toEqual(['edu', 'market', 'water']);
    const mixed = sortedUnits([unit('a-old', '2026-01-01T00:00:00Z'), unit('b-new')]);
    expect(mixed.map((row) => row.code)).toEqual(['b-new', 'a-old']);
  });
});

describe('retireWarning', () => {
  it('warns ahead that open handoffs must be reassigned first, naming how many', () => {
    expect(retireWarning({ openHandoffs: 3 })).toContain('还有 3 件交办事项未办结');
    expect(retireWarning({ openHandoffs: 3 })).toContain('改派');
  });

  it('says a retired unit keeps its history when nothing is open', () => {
    expect(retireWarning({ openHandoffs: 0 })).toContain('保留其交办事项和历史记录');
  });
});

describe('openHandoffsOf', () => {
  it('reads the count from a refusal for open handoffs', () => {
    expect(
      openHandoffsOf({ code: 'CONFLICT', reason: 'DEPARTMENT_HAS_OPEN_HANDOFFS', openHandoffs: 2 }),
    ).toBe(2);
  });

  it('is null for any other refusal', () => {
    expect(openHandoffsOf({ code: 'NOT_FOUND', reason: 'NOT_FOUND' })).toBeNull();
    expect(openHandoffsOf(undefined)).toBeNull();
  });
});
