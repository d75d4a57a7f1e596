import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MonthlyProgress', {
  description: '按月趋势: what happened to the findings in scope during one calendar month (Asia/Shanghai)',
})
export class MonthlyProgressModel {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int, { description: 'findings reported in the month (merged and dismissed ones excluded)' })
  reported!: number;
  @Field(() => Int, { description: 'findings handed over in the month, by the handoff letter date' })
  handedOver!: number;
  @Field(() => Int, { description: 'findings closed out in the month' }) closed!: number;
}
