import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IndicatorValueEntity } from '../indicator-value.entity';

@ObjectType('IndicatorValue', { description: 'An actual value a tier entered for a unified indicator' })
export class IndicatorValueModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field() code!: string;
  @Field(() => Float) value!: number;
  @Field({ description: '来源, e.g. 统计局年报' }) source!: string;
  @Field({ description: 'the day measured, YYYY-MM-DD (Asia/Shanghai)' }) measuredOn!: string;
  @Field(() => String, { nullable: true, description: 'the scheme’s milestone it is reported at' })
  milestone!: string | null;
  @Field() recordedAt!: Date;

  static from(entity: IndicatorValueEntity): IndicatorValueModel {
    return Object.assign(new IndicatorValueModel(), {
      id: entity.id,
      tenantId: entity.tenantId,
      code: entity.code,
      value: Number(entity.value),
      source: entity.source,
      measuredOn: entity.measuredOn,
      milestone: entity.milestone,
      recordedAt: entity.recordedAt,
    });
  }
}

@InputType('IndicatorValueInput', { description: '填报效果指标实际值: value, source and the day measured' })
export class IndicatorValueInput {
  @Field({ description: 'a non-computed indicator of the project’s unified effect' }) code!: string;
  @Field(() => Float) value!: number;
  @Field({ description: '来源, e.g. 统计局年报' }) source!: string;
  @Field({ description: 'YYYY-MM-DD (Asia/Shanghai), not in the future' }) measuredOn!: string;
  @Field(() => String, { nullable: true, description: 'a milestone name of the project’s scheme' })
  milestone?: string | null;
}
