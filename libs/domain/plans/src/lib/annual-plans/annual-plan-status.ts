import { registerEnumType } from '@nestjs/graphql';

export enum AnnualPlanStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
}

registerEnumType(AnnualPlanStatus, { name: 'AnnualPlanStatus', description: '草稿 / 已通过' });
