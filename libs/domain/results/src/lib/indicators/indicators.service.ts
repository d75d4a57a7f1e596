import { Injectable } from '@nestjs/common';
import { Db } from '@liandong/db';
import { AppException, parseId } from '@liandong/errors';
import { PlansService } from '@liandong/plans';
import { assertPermission, Caller, Permission, TenancyService, TenantRepository } from '@liandong/tenancy';
import { Clock, isCalendarDay, shanghaiDay } from '@liandong/time';
import { IndicatorStanding, IndicatorStandingsSource, IndicatorTierActual } from '../indicator-standings';
import {
  addCounts,
  computedActual,
  IndicatorCounts,
  isComputedIndicator,
  isMet,
  lowerIsBetter,
  NO_COUNTS,
  rollUpEntered,
} from './computed-indicators';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorsRepository } from './indicators.repository';

/** The most characters a value's source (来源) may have. */
export const MAX_SOURCE_LENGTH = 200;

export interface IndicatorValueCommand {
  code: string;
  value: number;
  source: string;
  /** YYYY-MM-DD, Asia/Shanghai */
  measuredOn: string;
  milestone?: string | null;
}

/**
 * 统一效果: each unified indicator of a joint project, target against actual at any node of the tree.
 * Computed indicators (`ComputedIndicator`) are counted over the node's subtree. Entered ones take the node's
 * own latest value when it entered one, else the mean of the tiers directly below that have a value (each
 * rolled up the same way), so a county's figure is its own when it reports one and its townships' otherwise.
 */
@Injectable()
export class IndicatorsService implements IndicatorStandingsSource {
  constructor(
    private readonly db: Db,
    private readonly indicators: IndicatorsRepository,
    private readonly plans: PlansService,
    private readonly tenancy: TenancyService,
    private readonly tenants: TenantRepository,
    private readonly clock: Clock,
  ) {}

  async standings(
    caller: Caller,
    projectId: string,
    scopeTenantId?: string | null,
  ): Promise<IndicatorStanding[]> {
    const project = await this.plans.getVisibleProject(caller, parseId(projectId, 'projectId'));
    const scope = await this.tenancy.scope(caller, scopeTenantId);
    const [node, children, counts, entered] = await Promise.all([
      this.tenants.findById(scope.id),
      this.indicators.childTiers(project.id, scope.id),
      this.indicators.counts(project.id, scope.path, this.clock.now()),
      this.indicators.latestValues(project.id, scope.path),
    ]);
    if (!node) {
      throw AppException.notFound({ zh: '机关', en: 'Tenant' }, scope.id);
    }
    const countsOf = (path: string | null): IndicatorCounts =>
      counts
        .filter((row) => path === null || row.path === path)
        .reduce<IndicatorCounts>((sum, row) => addCounts(sum, row), NO_COUNTS);
    return project.unifications.effect.indicators.map((indicator) => {
      const code = indicator.code;
      const computed = isComputedIndicator(code);
      const values = entered.filter((value) => value.code === code);
      const actualAt = (path: string | null): number | null => {
        if (isComputedIndicator(code)) {
          return computedActual(code, countsOf(path));
        }
        return rollUpEntered(path ?? scope.path, values);
      };
      const tier = (
        tenant: { id: string; name: string; level: IndicatorTierActual['level'] },
        actual: number | null,
      ): IndicatorTierActual => ({
        tenantId: tenant.id,
        tenantName: tenant.name,
        level: tenant.level,
        actual,
        met: isMet(code, indicator.target, actual),
      });
      const actual = actualAt(null);
      return {
        code,
        name: indicator.name,
        target: indicator.target,
        computed,
        lowerIsBetter: lowerIsBetter(code),
        actual,
        met: isMet(code, indicator.target, actual),
        tiers: [tier(node, actual), ...children.map((child) => tier(child, actualAt(child.path)))],
      };
    });
  }

  /** The values a tier entered for one indicator, latest first: the node's own (the caller's by default). */
  async history(
    caller: Caller,
    projectId: string,
    code: string,
    scopeTenantId?: string | null,
  ): Promise<IndicatorValueEntity[]> {
    const project = await this.plans.getVisibleProject(caller, parseId(projectId, 'projectId'));
    const scope = await this.tenancy.scope(caller, scopeTenantId);
    return this.indicators.history(project.id, code, scope.id);
  }

  /**
   * Enters the caller's own tier's actual value of a project's entered indicator. Only a tier that takes part
   * (holds an assignment, or issued the project) enters; computed and unknown indicators are refused.
   */
  async recordValue(
    caller: Caller,
    projectId: string,
    command: IndicatorValueCommand,
  ): Promise<IndicatorValueEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const project = await this.plans.getVisibleProject(caller, parseId(projectId, 'projectId'));
    const code = command.code.trim();
    if (isComputedIndicator(code)) {
      throw AppException.badInput('input.code', 'INDICATOR_COMPUTED', {
        zh: `指标 ${code} 由系统根据问题、交办和测评数据自动计算,不能填报`,
        en: `${code} is computed from the findings, handoffs and evaluations; it cannot be entered.`,
      });
    }
    if (!project.unifications.effect.indicators.some((indicator) => indicator.code === code)) {
      throw AppException.badInput('input.code', 'UNKNOWN_INDICATOR', {
        zh: `统一效果中没有指标 ${code}`,
        en: `The project's unified effect has no indicator ${code}.`,
      });
    }
    if (!Number.isFinite(command.value)) {
      throw AppException.badInput('input.value', 'VALUE_NOT_A_NUMBER', {
        zh: '实际值须为数字',
        en: 'the value must be a number',
      });
    }
    const source = command.source.trim();
    if (source.length === 0 || source.length > MAX_SOURCE_LENGTH) {
      throw AppException.badInput('input.source', 'SOURCE_REQUIRED', {
        zh: `请填写数据来源(不超过 ${MAX_SOURCE_LENGTH} 字)`,
        en: `the source is required (at most ${MAX_SOURCE_LENGTH} characters)`,
      });
    }
    if (!isCalendarDay(command.measuredOn)) {
      throw AppException.badInput('input.measuredOn', 'INVALID_DATE', {
        zh: '统计日期须为 YYYY-MM-DD',
        en: 'measuredOn is a date, YYYY-MM-DD',
      });
    }
    if (command.measuredOn > shanghaiDay(this.clock.now())) {
      throw AppException.badInput('input.measuredOn', 'DATE_IN_FUTURE', {
        zh: '统计日期不能晚于今天',
        en: 'measuredOn cannot be in the future',
      });
    }
    const milestone = command.milestone?.trim() || null;
    if (milestone !== null && !project.unifications.scheme.milestones.some((m) => m.name === milestone)) {
      throw AppException.badInput('input.milestone', 'UNKNOWN_MILESTONE', {
        zh: `统一方案中没有节点“${milestone}”`,
        en: `The project's scheme has no milestone ${milestone}.`,
      });
    }
    if (
      project.tenantId !== caller.tenantId &&
      !(await this.indicators.takesPart(project.id, caller.tenantId))
    ) {
      throw AppException.forbidden('NOT_PROJECT_TIER', {
        zh: '本机关未承担该联动项目,不能填报其效果指标',
        en: 'Only a tier that takes part in the project enters its indicators.',
      });
    }
    return this.db.transaction((manager) =>
      this.indicators.insert(manager, {
        tenantId: caller.tenantId,
        tenantPath: caller.tenantPath,
        projectId: project.id,
        code,
        value: command.value,
        source,
        measuredOn: command.measuredOn,
        milestone,
        recordedBy: caller.userId,
      }),
    );
  }
}
