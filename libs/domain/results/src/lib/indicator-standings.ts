import { Caller, TenantLevel } from '@liandong/tenancy';

/** One tier's actual value of a unified indicator: entered by that tier, or computed from its findings. */
export interface IndicatorTierActual {
  tenantId: string;
  tenantName: string;
  level: TenantLevel;
  actual: number | null;
  /** Whether the tier's actual meets the target; null while it has none. */
  met: boolean | null;
}

/** A unified indicator (统一效果) of a joint project, its target against the actual values at a node of the tree. */
export interface IndicatorStanding {
  code: string;
  name: string;
  target: number;
  /** Computed from the data (handover, rectification, on-time, overdue, satisfaction), never typed. */
  computed: boolean;
  /** Lower is better (OVERDUE_RATE): met at or below the target. */
  lowerIsBetter: boolean;
  /** The node's actual, rolled up over its subtree; null while no tier has a value. */
  actual: number | null;
  /** Whether the node's actual meets the target; null while there is none. */
  met: boolean | null;
  /** The node itself and each tier directly below it. */
  tiers: IndicatorTierActual[];
}

/**
 * Where the project report reads the indicators from, so that documents need not know how they are entered or
 * computed. Bound in ResultsModule.
 */
export interface IndicatorStandingsSource {
  standings(caller: Caller, projectId: string, scopeTenantId?: string): Promise<IndicatorStanding[]>;
}

export const INDICATOR_STANDINGS = Symbol('INDICATOR_STANDINGS');
