import { shanghaiDay } from '@liandong/time';
import type { Unifications } from '../joint-projects/unifications';
import type {
  ConformanceIssue,
  ConformanceRule,
  ConformanceSeverity,
  UnificationSection,
} from './conformance.types';

/** The Beijing date of an ISO instant, as an issue names it; an unreadable value is shown as given. */
function beijingDate(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : shanghaiDay(instant);
}

function issue(
  section: UnificationSection,
  severity: ConformanceSeverity,
  path: string,
  message: string,
): ConformanceIssue {
  return { section, severity, path, message };
}

/** Not provably on or before `limit`: an unreadable date fails closed, since the gate is BLOCKING. */
function isLaterThan(dueAt: string, limit: string): boolean {
  return !(Date.parse(dueAt) <= Date.parse(limit));
}

function unifiedMilestoneNames(unified: Unifications): Set<string> {
  return new Set(unified.scheme.milestones.map((milestone) => milestone.name));
}

const leadershipNamed: ConformanceRule = {
  id: 'leadership-named',
  section: 'LEADERSHIP',
  check: (_unified, local) => {
    const issues: ConformanceIssue[] = [];
    if (local.leadership.leadBody.trim() === '') {
      issues.push(
        issue(
          'LEADERSHIP',
          'BLOCKING',
          'leadership.leadBody',
          '未填写牵头单位 / the lead body must be named',
        ),
      );
    }
    if (local.leadership.leader.trim() === '') {
      issues.push(
        issue('LEADERSHIP', 'BLOCKING', 'leadership.leader', '未填写负责领导 / the leader must be named'),
      );
    }
    return issues;
  },
};

const unifiedMilestonesKept: ConformanceRule = {
  id: 'unified-milestones-kept',
  section: 'SCHEME',
  check: (unified, local) =>
    unified.scheme.milestones.flatMap((milestone) => {
      const path = `scheme.milestones.${milestone.name}`;
      const unifiedDay = beijingDate(milestone.dueAt);
      const filed = local.milestones.filter((candidate) => candidate.name === milestone.name);
      if (filed.length === 0) {
        return [
          issue(
            'SCHEME',
            'BLOCKING',
            path,
            `缺少统一时间节点「${milestone.name}」(统一截止日期 ${unifiedDay}) / ` +
              `missing unified milestone ${milestone.name} (due ${unifiedDay})`,
          ),
        ];
      }
      const late = filed.find((candidate) => isLaterThan(candidate.dueAt, milestone.dueAt));
      if (late === undefined) {
        return [];
      }
      const localDay = beijingDate(late.dueAt);
      return [
        issue(
          'SCHEME',
          'BLOCKING',
          path,
          `时间节点「${milestone.name}」截止日期 ${localDay} 晚于统一截止日期 ${unifiedDay} / ` +
            `milestone ${milestone.name} is due ${localDay}, later than the unified ${unifiedDay}`,
        ),
      ];
    }),
};

/** Only local additions: a unified milestone past the end is already caught as later than its unified date. */
const localMilestonesWithinScheme: ConformanceRule = {
  id: 'local-milestones-within-scheme',
  section: 'SCHEME',
  check: (unified, local) => {
    const unifiedNames = unifiedMilestoneNames(unified);
    const endDay = beijingDate(unified.scheme.endsAt);
    return local.milestones
      .filter((milestone) => !unifiedNames.has(milestone.name))
      .filter((milestone) => Date.parse(milestone.dueAt) > Date.parse(unified.scheme.endsAt))
      .map((milestone) => {
        const localDay = beijingDate(milestone.dueAt);
        return issue(
          'SCHEME',
          'WARNING',
          `scheme.milestones.${milestone.name}`,
          `本地时间节点「${milestone.name}」截止日期 ${localDay} 晚于统一方案结束日期 ${endDay} / ` +
            `local milestone ${milestone.name} is due ${localDay}, after the unified scheme ends on ${endDay}`,
        );
      });
  },
};

const unifiedMethodsIncluded: ConformanceRule = {
  id: 'unified-methods-included',
  section: 'METHODS',
  check: (unified, local) => {
    const filed = new Set(local.methods);
    return unified.methods
      .filter((code) => !filed.has(code))
      .map((code) =>
        issue(
          'METHODS',
          'BLOCKING',
          `methods.${code}`,
          `缺少统一监督方式「${code}」 / missing unified method ${code}`,
        ),
      );
  },
};

const addedMethodsKnown: ConformanceRule = {
  id: 'added-methods-known',
  section: 'METHODS',
  check: (unified, local, context) => {
    const unifiedCodes = new Set(unified.methods);
    const unknown = new Set(
      local.methods.filter((code) => !unifiedCodes.has(code) && !context.knownMethodCodes.has(code)),
    );
    return [...unknown].map((code) =>
      issue(
        'METHODS',
        'WARNING',
        `methods.${code}`,
        `监督方式「${code}」不在监督方式目录中 / method ${code} is not in the method catalogue`,
      ),
    );
  },
};

const unifiedChecklistCovered: ConformanceRule = {
  id: 'unified-checklist-covered',
  section: 'POLICY',
  check: (unified, local) => {
    const filed = new Set(local.checklist.map((item) => item.code));
    return unified.policy.checklist
      .filter((item) => !filed.has(item.code))
      .map((item) =>
        issue(
          'POLICY',
          'BLOCKING',
          `policy.checklist.${item.code}`,
          `缺少统一检查要点「${item.text}」(${item.code}) / missing unified checklist item ${item.code}`,
        ),
      );
  },
};

const localChecklistCodesUnique: ConformanceRule = {
  id: 'local-checklist-codes-unique',
  section: 'POLICY',
  check: (_unified, local) => {
    const counts = new Map<string, number>();
    for (const item of local.checklist) {
      counts.set(item.code, (counts.get(item.code) ?? 0) + 1);
    }
    return [...counts]
      .filter(([, count]) => count > 1)
      .map(([code, count]) =>
        issue(
          'POLICY',
          'WARNING',
          `policy.checklist.${code}`,
          `检查要点编码「${code}」重复使用 ${count} 次 / checklist code ${code} is used ${count} times`,
        ),
      );
  },
};

const unifiedIndicatorsMet: ConformanceRule = {
  id: 'unified-indicators-met',
  section: 'EFFECT',
  check: (unified, local) =>
    unified.effect.indicators.flatMap((indicator) => {
      const path = `effect.indicators.${indicator.code}`;
      const filed = local.indicators.filter((candidate) => candidate.code === indicator.code);
      if (filed.length === 0) {
        return [
          issue(
            'EFFECT',
            'BLOCKING',
            path,
            `缺少统一效果指标「${indicator.name}」(${indicator.code}) / missing unified indicator ${indicator.code}`,
          ),
        ];
      }
      const lower = filed.find((candidate) => !(candidate.target >= indicator.target));
      if (lower === undefined) {
        return [];
      }
      return [
        issue(
          'EFFECT',
          'BLOCKING',
          path,
          `效果指标「${indicator.name}」(${indicator.code})目标值 ${lower.target} 低于统一目标值 ${indicator.target} / ` +
            `indicator ${indicator.code} target ${lower.target} is lower than the unified ${indicator.target}`,
        ),
      ];
    }),
};

/** The registry: a new rule is one more object here; the order of the array does not matter. */
export const CONFORMANCE_RULES: readonly ConformanceRule[] = [
  leadershipNamed,
  unifiedMilestonesKept,
  localMilestonesWithinScheme,
  unifiedMethodsIncluded,
  addedMethodsKnown,
  unifiedChecklistCovered,
  localChecklistCodesUnique,
  unifiedIndicatorsMet,
];
