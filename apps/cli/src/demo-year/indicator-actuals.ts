import { INestApplicationContext } from '@nestjs/common';
import { PlansService } from '@liandong/plans';
import { IndicatorsService, isComputedIndicator } from '@liandong/results';
import { CITY_CODE, DemoDirectory } from './directory';
import { Random } from './random';
import { Paperwork } from './year-data.schema';

/** The day the year's actuals are measured: the statistical year's end. */
export const ACTUALS_MEASURED_ON = '2023-12-31';

/** A rate is named in per cent (“…率(%)”); anything else is a count the city totals itself. */
function isRate(name: string): boolean {
  return name.includes('(%)') || name.includes('(%)');
}

/**
 * A tier's actual of an entered indicator, near its target: rates between 90 % and 110 % of the target (never
 * above 100), a “0” target (lower is better) a small share, counts between 85 % and 115 % of the target.
 */
export function demoActual(rng: Random, target: number, rate: boolean): number {
  if (target === 0) {
    return rng.int(0, 3) / 2;
  }
  const factor = rate ? 0.9 + rng.next() * 0.2 : 0.85 + rng.next() * 0.3;
  const actual = Math.round(target * factor * 10) / 10;
  return rate ? Math.min(100, actual) : actual;
}

/**
 * At the year's close each tier enters its actuals of the unified indicators the data cannot compute, with the
 * source it took them from: every county that holds an assignment enters the rates, and the city enters the
 * counts (its own totals); the city's rates roll up from its counties. Returns the number of values entered.
 */
export async function enterIndicatorActuals(
  app: INestApplicationContext,
  directory: DemoDirectory,
  paperwork: Paperwork,
  projectIds: readonly string[],
): Promise<number> {
  const plans = app.get(PlansService);
  const indicators = app.get(IndicatorsService);
  const cityCaller = await directory.caller(CITY_CODE);
  const cityDepth = directory.city.path.split('.').length;
  const rng = new Random(2023_12_31);
  let entered = 0;
  const projects = await plans.findProjects(projectIds);
  const assignments = await plans.projectAssignments(cityCaller, projectIds);
  for (const project of [...projects].sort((a, b) => a.title.localeCompare(b.title))) {
    const counties = assignments
      .filter((a) => a.projectId === project.id && a.tenantPath.split('.').length === cityDepth + 1)
      .map((a) => a.tenantPath.split('.').at(-1) ?? '')
      .sort();
    for (const indicator of project.unifications.effect.indicators) {
      if (isComputedIndicator(indicator.code)) {
        continue;
      }
      const rate = isRate(indicator.name);
      const template = rate ? paperwork.indicatorSources.rate : paperwork.indicatorSources.count;
      for (const code of rate ? counties : [CITY_CODE]) {
        await indicators.recordValue(await directory.caller(code), project.id, {
          code: indicator.code,
          value: demoActual(rng, indicator.target, rate),
          source: template.replace('{place}', directory.placeName(code)).replace('{title}', project.title),
          measuredOn: ACTUALS_MEASURED_ON,
        });
        entered += 1;
      }
    }
  }
  return entered;
}
