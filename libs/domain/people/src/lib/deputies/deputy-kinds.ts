import { registerEnumType } from '@nestjs/graphql';

/** The five levels of people's congress a deputy sits in (代表层级). */
export enum DeputyLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}

/** 履职, or 终止代表资格. */
export enum DeputyStatus {
  ACTIVE = 'ACTIVE',
  LEFT = 'LEFT',
}

registerEnumType(DeputyLevel, {
  name: 'DeputyLevel',
  description: 'NATIONAL 全国, PROVINCIAL 省, CITY 市, COUNTY 县, TOWNSHIP 乡',
});
registerEnumType(DeputyStatus, {
  name: 'DeputyStatus',
  description: 'ACTIVE 履职, LEFT 终止代表资格',
});

export const DEPUTY_LEVEL_NAMES: Record<DeputyLevel, string> = {
  [DeputyLevel.NATIONAL]: '全国',
  [DeputyLevel.PROVINCIAL]: '省',
  [DeputyLevel.CITY]: '市',
  [DeputyLevel.COUNTY]: '县',
  [DeputyLevel.TOWNSHIP]: '乡',
};
