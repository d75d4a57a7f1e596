import { Injectable } from '@nestjs/common';
import { PlansService } from '@liandong/plans';
import { Caller } from '@liandong/tenancy';
import { IndicatorStanding, IndicatorStandingsSource } from '../indicator-standings';

/**
 * The unified plan's indicators with their targets and no actual values yet: what the report shows until the
 * indicators' own source (entered and computed actuals) is bound to INDICATOR_STANDINGS instead.
 */
@Injectable()
export class UnifiedTargetsOnly implements IndicatorStandingsSource {
  constructor(private readonly plans: PlansService) {}

  async standings(caller: Caller, projectId: string): Promise<IndicatorStanding[]> {
    const project = await this.plans.getVisibleProject(caller, projectId);
    return project.unifications.effect.indicators.map((indicator) => ({
      code: indicator.code,
      name: indicator.name,
      target: indicator.target,
      computed: false,
      actual: null,
      tiers: [],
    }));
  }
}
