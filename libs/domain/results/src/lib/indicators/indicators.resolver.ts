import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { IndicatorStandingModel } from './dto/indicator-standing.model';
import { IndicatorValueInput, IndicatorValueModel } from './dto/indicator-value.model';
import { IndicatorsService } from './indicators.service';

@Resolver()
export class IndicatorsResolver {
  constructor(private readonly indicators: IndicatorsService) {}

  @Query(() => [IndicatorStandingModel], {
    description:
      '统一效果: each unified indicator’s target against its actual at the node (default: the caller’s tenant)',
  })
  async projectIndicators(
    @CurrentCaller() caller: Caller,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('scopeTenantId', { type: () => ID, nullable: true }) scopeTenantId?: string,
  ): Promise<IndicatorStandingModel[]> {
    const standings = await this.indicators.standings(caller, projectId, scopeTenantId);
    return standings.map((standing) => IndicatorStandingModel.from(standing));
  }

  @Query(() => [IndicatorValueModel], {
    description: 'The values the node (default: the caller’s tenant) entered for one indicator, latest first',
  })
  async indicatorValues(
    @CurrentCaller() caller: Caller,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('code') code: string,
    @Args('scopeTenantId', { type: () => ID, nullable: true }) scopeTenantId?: string,
  ): Promise<IndicatorValueModel[]> {
    const values = await this.indicators.history(caller, projectId, code, scopeTenantId);
    return values.map((value) => IndicatorValueModel.from(value));
  }

  @Mutation(() => IndicatorValueModel, {
    description: '填报效果指标: the caller’s own tier’s actual of an entered (non-computed) indicator',
  })
  async recordIndicatorValue(
    @CurrentCaller() caller: Caller,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('input', { type: () => IndicatorValueInput }) input: IndicatorValueInput,
  ): Promise<IndicatorValueModel> {
    return IndicatorValueModel.from(await this.indicators.recordValue(caller, projectId, input));
  }
}
