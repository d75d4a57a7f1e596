import { registerEnumType } from '@nestjs/graphql';

export enum LocalPlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

registerEnumType(LocalPlanStatus, {
  name: 'LocalPlanStatus',
  description: '草稿 / 已报备 / 已通过 / 已退回',
});
