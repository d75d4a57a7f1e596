import { registerEnumType } from '@nestjs/graphql';

/** What kind of body a responsible unit is: 一府一委两院, a bureau, a township's or a subdistrict's government. */
export enum DepartmentKind {
  PEOPLES_GOVERNMENT = 'PEOPLES_GOVERNMENT',
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT',
  SUPERVISORY_COMMISSION = 'SUPERVISORY_COMMISSION',
  PEOPLES_COURT = 'PEOPLES_COURT',
  PEOPLES_PROCURATORATE = 'PEOPLES_PROCURATORATE',
  TOWNSHIP_GOVERNMENT = 'TOWNSHIP_GOVERNMENT',
  SUBDISTRICT_OFFICE = 'SUBDISTRICT_OFFICE',
  OTHER = 'OTHER',
}

/** The Chinese name of each kind, as offices write it (and as the spreadsheet template lists it). */
export const DEPARTMENT_KIND_NAMES: Readonly<Record<DepartmentKind, string>> = {
  [DepartmentKind.PEOPLES_GOVERNMENT]: '人民政府',
  [DepartmentKind.GOVERNMENT_DEPARTMENT]: '政府部门',
  [DepartmentKind.SUPERVISORY_COMMISSION]: '监察委员会',
  [DepartmentKind.PEOPLES_COURT]: '人民法院',
  [DepartmentKind.PEOPLES_PROCURATORATE]: '人民检察院',
  [DepartmentKind.TOWNSHIP_GOVERNMENT]: '乡镇人民政府',
  [DepartmentKind.SUBDISTRICT_OFFICE]: '街道办事处',
  [DepartmentKind.OTHER]: '其他',
};

registerEnumType(DepartmentKind, {
  name: 'DepartmentKind',
  description:
    '承办单位类型: PEOPLES_GOVERNMENT 人民政府, GOVERNMENT_DEPARTMENT 政府部门, SUPERVISORY_COMMISSION 监察委员会, ' +
    'PEOPLES_COURT 人民法院, PEOPLES_PROCURATORATE 人民检察院, TOWNSHIP_GOVERNMENT 乡镇人民政府, ' +
    'SUBDISTRICT_OFFICE 街道办事处, OTHER 其他',
});
