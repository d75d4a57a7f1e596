import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TenantLevel } from '@liandong/tenancy';
import { IndicatorStanding, IndicatorTierActual } from '../../indicator-standings';

@ObjectType('IndicatorTierActual', {
  description: 'One tier’s actual of a unified indicator, rolled up over its subtree',
})
export class IndicatorTierActualModel {
  @Field(() => ID) tenantId!: string;
  @Field() tenantName!: string;
  @Field(() => TenantLevel) level!: TenantLevel;
  @Field(() => Float, { nullable: true, description: 'null while the tier has no value' })
  actual!: number | null;
  @Field(() => Boolean, { nullable: true }) met!: boolean | null;

  static from(tier: IndicatorTierActual): IndicatorTierActualModel {
    return Object.assign(new IndicatorTierActualModel(), { ...tier });
  }
}

@ObjectType('IndicatorStanding', {
  description: '统一效果: a unified indicator’s target against its actual at a node',
})
export class IndicatorStandingModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) target!: number;
  @Field({ description: 'computed from the findings, handoffs and evaluations; never entered' })
  computed!: boolean;
  @Field({ description: 'met at or below the target (OVERDUE_RATE)' }) lowerIsBetter!: boolean;
  @Field(() => Float, {
    nullable: true,
    description:
      'rolled up over the subtree: computed ones counted over it; entered ones the node’s own latest value, else the mean of the tiers below that have one',
  })
  actual!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'null while there is no actual' }) met!:
    boolean | null;
  @Field(() => [IndicatorTierActualModel], {
    description: 'the node itself, then each tier directly below it',
  })
  tiers!: IndicatorTierActualModel[];

  static from(standing: IndicatorStanding): IndicatorStandingModel {
    return Object.assign(new IndicatorStandingModel(), {
      ...standing,
      tiers: standing.tiers.map((tier) => IndicatorTierActualModel.from(tier)),
    });
  }
}
