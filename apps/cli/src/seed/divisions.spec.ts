import { resolve } from 'node:path';
import { DepartmentKind, TenantLevel } from '@liandong/tenancy';
import { bodyName, committeesOf, departmentsOf } from './departments';
import { cityTree, DivisionNode, hasCongressBody, nationalTree } from './divisions';

const DIVISIONS = resolve(__dirname, '../../../../data/divisions');

describe('the Luoyang demo tree', () => {
  const tree = cityTree(DIVISIONS, '4103');

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

describe('the national tree', () => {
  const tree = nationalTree(DIVISIONS);
  const count = (level: TenantLevel): number => tree.filter((node) => node.level === level).length;
  const byCode = new Map(tree.map((node) => [node.code, node]));

  // 41,352 streets less the 2,710 without a congress body (data/divisions/README.md).
  it('holds 31 provinces, 342 cities, 2,978 county-level and 38,642 township-level tenants', () => {
    expect([
      count(TenantLevel.PROVINCE),
      count(TenantLevel.CITY),
      count(TenantLevel.COUNTY),
      count(TenantLevel.TOWNSHIP),
    ]).toEqual([31, 342, 2978, 38642]);
    expect(new Set(tree.map((node) => node.code)).size).toBe(tree.length);
  });

  it('lists parents before children, each one level up', () => {
    const above: Record<TenantLevel, TenantLevel | null> = {
      [TenantLevel.PROVINCE]: null,
      [TenantLevel.CITY]: TenantLevel.PROVINCE,
      [TenantLevel.COUNTY]: TenantLevel.CITY,
      [TenantLevel.TOWNSHIP]: TenantLevel.COUNTY,
    };
    // Collected, then asserted once: 42,000 expectations would take the spec longer than the seed.
    const seen = new Set<string>();
    const misplaced: string[] = [];
    for (const node of tree) {
      const parent = node.parentCode === null ? undefined : byCode.get(node.parentCode);
      if (
        (node.parentCode !== null && !seen.has(node.parentCode)) ||
        (parent?.level ?? null) !== above[node.level]
      ) {
        misplaced.push(node.code);
      }
      seen.add(node.code);
    }
    expect(misplaced).toEqual([]);
    expect(tree.filter((node) => node.parentCode === null).every((node) => node.kind === 'PROVINCE')).toBe(
      true,
    );
  });

  it('holds the whole Luoyang demo tree under Henan', () => {
    for (const node of cityTree(DIVISIONS, '4103')) {
      expect(byCode.get(node.code)).toEqual({ ...node, parentCode: node.parentCode ?? '41' });
    }
    expect(byCode.get('41')).toMatchObject({ name: '河南省', level: TenantLevel.PROVINCE, parentCode: null });
  });

  it('keeps townships without a congress body out and names placeholder cities after their province', () => {
    expect(tree.every((node) => node.level !== TenantLevel.TOWNSHIP || hasCongressBody(node.code))).toBe(
      true,
    );
    expect(byCode.get('1101')).toMatchObject({ name: '北京市市辖区', parentCode: '11' });
  });

  it('gives provinces the standard departments under their own names, the committees and a 常委会', () => {
    const henan = byCode.get('41') as DivisionNode;
    expect(departmentsOf(henan).map((d) => d.name)).toEqual([
      '河南省人民政府',
      '河南省高级人民法院',
      '河南省人民检察院',
      '河南省市场监督管理局',
      '河南省教育厅',
      '河南省人力资源和社会保障厅',
      '河南省生态环境厅',
      '河南省商务厅',
      '河南省文化和旅游厅',
    ]);
    expect(committeesOf(henan)).toHaveLength(7);
    expect(bodyName(henan)).toBe('河南省人大常委会');
  });
});
