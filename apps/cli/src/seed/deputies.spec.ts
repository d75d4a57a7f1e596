import { TenantLevel } from '@liandong/tenancy';
import { demoDeputiesOf } from './deputies';

const node = (level: TenantLevel, name: string) => ({
  code: '410302',
  name,
  level,
  parentCode: '4103',
  kind: 'COUNTY' as const,
});

describe('demo deputy rosters', () => {
  it('gives a county four county deputies and the provincial deputy who acts there, terms in order', () => {
    const roster = demoDeputiesOf(node(TenantLevel.COUNTY, '老城区'), 1);
    expect(roster.map((d) => d.level)).toEqual(['COUNTY', 'COUNTY', 'COUNTY', 'COUNTY', 'PROVINCIAL']);
    expect(new Set(roster.map((d) => `${d.name}${d.level}`)).size).toBe(roster.length);
    expect(roster.every((d) => d.termStartsOn < d.termEndsOn)).toBe(true);
  });

  it('gives a township none', () => {
    expect(demoDeputiesOf(node(TenantLevel.TOWNSHIP, '西关街道'), 2)).toEqual([]);
  });
});
