import { registerEnumType } from '@nestjs/graphql';

export enum TenantLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}

registerEnumType(TenantLevel, { name: 'TenantLevel', description: '省 / 市 / 县区 / 乡镇街道' });

export const TENANT_LEVEL_NAMES: Record<TenantLevel, string> = {
  [TenantLevel.PROVINCE]: '省级',
  [TenantLevel.CITY]: '市级',
  [TenantLevel.COUNTY]: '县级',
  [TenantLevel.TOWNSHIP]: '乡级',
};
