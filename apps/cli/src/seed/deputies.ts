import { DataSource } from 'typeorm';
import { DeputyLevel } from '@liandong/people';
import { TenantLevel } from '@liandong/tenancy';
import { DivisionNode } from './divisions';

/** One deputy of a demo roster; every name is made up. */
export interface SeedDeputy {
  name: string;
  level: DeputyLevel;
  constituency: string;
  term: string;
  termStartsOn: string;
  termEndsOn: string;
  workplace: string;
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
const GIVEN = [
  '建华',
  '秀兰',
  '志强',
  '丽娟',
  '国庆',
  '海燕',
  '文斌',
  '春梅',
  '卫东',
  '晓红',
  '振宇',
  '淑芳',
];
const POSTS = [
  '社区党支部书记、居委会主任',
  '农业专业合作社理事长',
  '县人民医院主任医师',
  '中学教师',
  '机械制造企业总工程师',
  '律师事务所律师',
];

/** The terms of the sitting congresses (届次, first and last day). */
const TERMS: Record<'CITY' | 'COUNTY' | 'PROVINCIAL' | 'NATIONAL', [string, string, string]> = {
  NATIONAL: ['第十四届', '2023-03-05', '2028-03-04'],
  PROVINCIAL: ['第十四届', '2023-01-13', '2028-01-12'],
  CITY: ['第十六届', '2022-01-08', '2027-01-07'],
  COUNTY: ['第十八届', '2021-12-20', '2026-12-19'],
};

/**
 * A small roster for a city or county of the demo: four deputies of its own congress and one of the
 * province's (a county's roster also lists the provincial deputy who lives and acts there); none below.
 */
export function demoDeputiesOf(node: DivisionNode, index: number): SeedDeputy[] {
  if (node.level !== TenantLevel.CITY && node.level !== TenantLevel.COUNTY) {
    return [];
  }
  const own = node.level === TenantLevel.CITY ? DeputyLevel.CITY : DeputyLevel.COUNTY;
  const levels = [own, own, own, own, DeputyLevel.PROVINCIAL];
  return levels.map((level, n) => {
    const seed = index * 5 + n;
    const [term, termStartsOn, termEndsOn] =
      TERMS[level === DeputyLevel.PROVINCIAL ? 'PROVINCIAL' : own === DeputyLevel.CITY ? 'CITY' : 'COUNTY'];
    return {
      name: `${SURNAMES[seed % SURNAMES.length]}${GIVEN[(seed * 7) % GIVEN.length]}`,
      level,
      constituency: level === DeputyLevel.PROVINCIAL ? '洛阳代表团' : `${node.name}第${n + 1}选区`,
      term,
      termStartsOn,
      termEndsOn,
      workplace: POSTS[seed % POSTS.length],
    };
  });
}

/** Loads the demo rosters of the cities and counties already seeded; loading twice adds nothing. */
export async function seedDeputies(dataSource: DataSource, nodes: readonly DivisionNode[]): Promise<number> {
  return dataSource.transaction(async (manager) => {
    let added = 0;
    for (const [index, node] of nodes.entries()) {
      const deputies = demoDeputiesOf(node, index);
      if (deputies.length === 0) {
        continue;
      }
      const [tenant] = await manager.query<Array<{ id: string; path: string }>>(
        'SELECT id, path::text AS path FROM tenant WHERE code = $1',
        [node.code],
      );
      if (!tenant) {
        continue;
      }
      for (const deputy of deputies) {
        const inserted = await manager.query<Array<{ id: string }>>(
          `INSERT INTO deputy (tenant_id, tenant_path, name, level, constituency, term, term_starts_on, term_ends_on,
             workplace, status)
           VALUES ($1, $2::ltree, $3, $4, $5, $6, $7, $8, $9, 'ACTIVE')
           ON CONFLICT (tenant_id, name, level, term) DO NOTHING RETURNING id`,
          [
            tenant.id,
            tenant.path,
            deputy.name,
            deputy.level,
            deputy.constituency,
            deputy.term,
            deputy.termStartsOn,
            deputy.termEndsOn,
            deputy.workplace,
          ],
        );
        added += inserted.length;
      }
    }
    return added;
  });
}
