import { resolve } from 'node:path';
import { DepartmentKind, TenantLevel } from '@liandong/tenancy';
import { committeesOf, departmentsOf } from './departments';
import { cityTree, hasCongressBody } from './divisions';

describe('the Luoyang demo tree', () => {
  const tree = cityTree(resolve(__dirname, '../../../../data/divisions'), '4103');

  it('holds 1 city, 14 county-level and 186 township-level tenants', () => {
    const count = (level: TenantLevel): number => tree.filter((node) => node.level === level).length;
    expect([count(TenantLevel.CITY), count(TenantLevel.COUNTY), count(TenantLevel.TOWNSHIP)]).toEqual([
      1, 14, 186,
    ]);
    expect(tree[0]).toMatchObject({ code: '4103', name: '洛阳市', parentCode: null });
  });

  it('leaves out the high-tech zone and units without a congress body', () => {
    expect(tree.some((node) => node.code === '410371' || node.parentCode === '410371')).toBe(false);
    expect(tree.every((node) => node.level !== TenantLevel.TOWNSHIP || hasCongressBody(node.code))).toBe(
      true,
    );
    expect(hasCongressBody('410311400')).toBe(false);
  });

  it('lists parents before children', () => {
    const seen = new Set<string>();
    for (const node of tree) {
      expect(node.parentCode === null || seen.has(node.parentCode)).toBe(true);
      seen.add(node.code);
    }
  });

  it('gives counties the nine standard departments and townships their government', () => {
    const county = tree.find((node) => node.code === '410302');
    const street = tree.find((node) => node.code === '410302001');
    expect(county && departmentsOf(county).map((d) => d.code)).toEqual([
      'gov',
      'court',
      'procuratorate',
      'market',
      'education',
      'hrss',
      'ecology',
      'commerce',
      'culture',
    ]);
    expect(street && departmentsOf(street)).toEqual([
      { code: 'gov', name: `${street?.name}办事处`, kind: DepartmentKind.SUBDISTRICT_OFFICE },
    ]);
  });

  it('gives cities and counties the 统筹办 and six committees, townships none', () => {
    const city = tree.find((node) => node.code === '4103');
    const county = tree.find((node) => node.code === '410302');
    const street = tree.find((node) => node.code === '410302001');
    for (const node of [city, county]) {
      const committees = node ? committeesOf(node) : [];
      expect(committees.map((c) => c.code)).toEqual([
        'tongchou',
        'caijing',
        'jiansi',
        'jiaokewenwei',
        'nongwei',
        'shejian',
        'daigong',
      ]);
      expect(committees.filter((c) => c.coordinates).map((c) => c.name)).toEqual(['统筹办']);
    }
    expect(street && committeesOf(street)).toEqual([]);
  });
});
