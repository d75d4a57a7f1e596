import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PlanFigures } from '../annual-plans.service';

@ObjectType('PlanFigures', {
  description: '年度计划执行情况: the items of a tenant’s adopted plans of one year, counted',
})
export class PlanFiguresModel {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '监督项目数' }) items!: number;
  @Field(() => Int, { description: '重点项目数' }) key!: number;
  @Field(() => Int, { description: '联动项目数' }) joint!: number;
  @Field(() => Int, { description: '未启动' }) notStarted!: number;
  @Field(() => Int, { description: '已启动 (started so far: STARTED + COMPLETED)' }) started!: number;
  @Field(() => Int, { description: '已完成' }) completed!: number;
  @Field(() => Int, { description: '已调整' }) adjusted!: number;
  @Field(() => Int, { description: '逾期: not started or started, its planned month over (Asia/Shanghai)' })
  overdue!: number;

  static from(figures: PlanFigures): PlanFiguresModel {
    return Object.assign(new PlanFiguresModel(), figures);
  }
}
