import { DepartmentKind } from '@liandong/tenancy';
import { DivisionNode } from './divisions';

export interface SeedDepartment {
  code: string;
  name: string;
  kind: DepartmentKind;
}

/**
 * The responsible units every province, city or county tenant starts with (contract README). A province's
 * court is the high court and its departments are 厅, hence their own suffixes.
 */
export const STANDARD_DEPARTMENTS: ReadonlyArray<{
  code: string;
  suffix: string;
  provinceSuffix: string;
  kind: DepartmentKind;
}> = [
  { code: 'gov', suffix: '人民政府', provinceSuffix: '人民政府', kind: DepartmentKind.PEOPLES_GOVERNMENT },
  { code: 'court', suffix: '人民法院', provinceSuffix: '高级人民法院', kind: DepartmentKind.PEOPLES_COURT },
  {
    code: 'procuratorate',
    suffix: '人民检察院',
    provinceSuffix: '人民检察院',
    kind: DepartmentKind.PEOPLES_PROCURATORATE,
  },
  {
    code: 'market',
    suffix: '市场监督管理局',
    provinceSuffix: '市场监督管理局',
    kind: DepartmentKind.GOVERNMENT_DEPARTMENT,
  },
  {
    code: 'education',
    suffix: '教育局',
    provinceSuffix: '教育厅',
    kind: DepartmentKind.GOVERNMENT_DEPARTMENT,
  },
  {
    code: 'hrss',
    suffix: '人力资源和社会保障局',
    provinceSuffix: '人力资源和社会保障厅',
    kind: DepartmentKind.GOVERNMENT_DEPARTMENT,
  },
  {
    code: 'ecology',
    suffix: '生态环境局',
    provinceSuffix: '生态环境厅',
    kind: DepartmentKind.GOVERNMENT_DEPARTMENT,
  },
  {
    code: 'commerce',
    suffix: '商务局',
    provinceSuffix: '商务厅',
    kind: DepartmentKind.GOVERNMENT_DEPARTMENT,
  },
  {
    code: 'culture',
    suffix: '文化广电和旅游局',
    provinceSuffix: '文化和旅游厅',
    kind: DepartmentKind.GOVERNMENT_DEPARTMENT,
  },
];

/** The departments of one tenant: the standard set above a township; its government (or street office) below. */
export function departmentsOf(node: DivisionNode): SeedDepartment[] {
  if (node.kind === 'STREET') {
    return [{ code: 'gov', name: `${node.name}办事处`, kind: DepartmentKind.SUBDISTRICT_OFFICE }];
  }
  if (node.kind === 'TOWN' || node.kind === 'TOWNSHIP') {
    return [{ code: 'gov', name: `${node.name}人民政府`, kind: DepartmentKind.TOWNSHIP_GOVERNMENT }];
  }
  return STANDARD_DEPARTMENTS.map((department) => ({
    code: department.code,
    name: `${node.name}${node.kind === 'PROVINCE' ? department.provinceSuffix : department.suffix}`,
    kind: department.kind,
  }));
}

/**
 * The committees and working bodies of a province, city or county standing committee (各专门委员会和各工委室), led by the
 * coordination office (统筹办). Codes are the same at every tier, so a county's 财经委 finds the city's.
 * Townships' 主席团 have none.
 */
export const STANDARD_COMMITTEES: ReadonlyArray<{ code: string; name: string; coordinates: boolean }> = [
  { code: 'tongchou', name: '统筹办', coordinates: true },
  { code: 'caijing', name: '财政经济委员会', coordinates: false },
  { code: 'jiansi', name: '监察和司法委员会', coordinates: false },
  { code: 'jiaokewenwei', name: '教育科学文化卫生委员会', coordinates: false },
  { code: 'nongwei', name: '农业与农村委员会', coordinates: false },
  { code: 'shejian', name: '社会建设委员会', coordinates: false },
  { code: 'daigong', name: '代表工作委员会', coordinates: false },
];

export function committeesOf(node: DivisionNode): ReadonlyArray<(typeof STANDARD_COMMITTEES)[number]> {
  return node.kind === 'PROVINCE' || node.kind === 'CITY' || node.kind === 'COUNTY'
    ? STANDARD_COMMITTEES
    : [];
}

/** The tenant's own congress body: 常委会 for provinces, cities and counties, 主席团 or 工委 below. */
export function bodyName(node: DivisionNode): string {
  switch (node.kind) {
    case 'PROVINCE':
    case 'CITY':
    case 'COUNTY':
      return `${node.name}人大常委会`;
    case 'STREET':
      return `${node.name}人大工委`;
    case 'TOWN':
    case 'TOWNSHIP':
      return `${node.name}人大主席团`;
  }
}
