import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AnnualPlanStatus } from '../annual-plan-status';
import { AnnualPlanEntity } from '../annual-plan.entity';

@ObjectType('AnnualPlan', { description: '年度监督工作计划' })
export class AnnualPlanModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field(() => AnnualPlanStatus) status!: AnnualPlanStatus;
  issuerId!: string;

  static from(entity: AnnualPlanEntity): AnnualPlanModel {
    return Object.assign(new AnnualPlanModel(), {
      id: entity.id,
      year: entity.year,
      title: entity.title,
      status: entity.status,
      issuerId: entity.tenantId,
    });
  }
}
