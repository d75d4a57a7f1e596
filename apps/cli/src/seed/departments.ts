import { DivisionNode } from './divisions';

/** The responsible units every city or county tenant starts with (contract README). */
export const STANDARD_DEPARTMENTS: ReadonlyArray<{ code: string; suffix: string }> = [
  { code: 'gov', suffix: '人民政府' },
  { code: 'court', suffix: '人民法院' },
  { code: 'procuratorate', suffix: '人民检察院' },
  { code: 'market', suffix: '市场监督管理局' },
  { code: 'education', suffix: '教育局' },
  { code: 'hrss', suffix: '人力资源和社会保障局' },
  { code: 'ecology', suffix: '生态环境局' },
  { code: 'commerce', suffix: '商务局' },
  { code: 'culture', suffix: '文化广电和旅游局' },
];

/** The departments of one tenant: the standard set above a township; its government (or street office) below. */
export function departmentsOf(node: DivisionNode): Array<{ code: string; name: string }> {
  if (node.kind === 'STREET') {
    return [{ code: 'gov', name: `${node.name}办事处` }];
  }
  if (node.kind === 'TOWN' || node.kind === 'TOWNSHIP') {
    return [{ code: 'gov', name: `${node.name}人民政府` }];
  }
  return STANDARD_DEPARTMENTS.map((department) => ({
    code: department.code,
    name: `${node.name}${department.suffix}`,
  }));
}

/** The tenant's own congress body: 常委会 for cities and counties, 主席团 or 工委 below. */
export function bodyName(node: DivisionNode): string {
  switch (node.kind) {
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
