import type { FiveUnificationsInput, UnificationsDetailFragment } from '../graphql/generated/graphql';
import { beijingDay, dueInstant } from './beijing-day';
import { endOfBeijingDay, startOfBeijingDay } from '../common/format';

/** What the five-unifications form holds: dates as Beijing days, the legal basis one entry per line. */
export interface UnificationsValues {
  leadership: { leadBody: string; leader: string; office?: string };
  scheme: {
    objectives: string;
    startsOn: string;
    endsOn: string;
    milestones: Array<{ name: string; dueOn: string }>;
  };
  methods: string[];
  policy: { legalBasis: string; checklist: Array<{ code: string; text: string }> };
  effect: { indicators: Array<{ code: string; name: string; target: number | null }> };
}

export type FieldName = Array<string | number>;
export interface FieldProblem {
  name: FieldName;
  message: string;
}

/** The usual milestones of a joint project (方案报备 → 检查报告 → 问题清单 → 总结), dates to fill in. */
export function emptyUnificationsValues(): UnificationsValues {
  return {
    leadership: { leadBody: '', leader: '', office: '' },
    scheme: {
      objectives: '',
      startsOn: '',
      endsOn: '',
      milestones: ['方案报备', '检查报告', '问题清单', '总结'].map((name) => ({ name, dueOn: '' })),
    },
    methods: [],
    policy: { legalBasis: '', checklist: [{ code: 'C1', text: '' }] },
    effect: { indicators: [{ code: 'I1', name: '', target: null }] },
  };
}

/** A project's current unified plan as form values, to start a revision from. */
export function unificationsValues(detail: UnificationsDetailFragment): UnificationsValues {
  return {
    leadership: {
      leadBody: detail.leadership.leadBody,
      leader: detail.leadership.leader,
      office: detail.leadership.office ?? '',
    },
    scheme: {
      objectives: detail.scheme.objectives,
      startsOn: beijingDay(detail.scheme.startsAt),
      endsOn: beijingDay(detail.scheme.endsAt),
      milestones: detail.scheme.milestones.map((m) => ({ name: m.name, dueOn: beijingDay(m.dueAt) })),
    },
    methods: detail.methods.map((method) => method.code),
    policy: {
      legalBasis: detail.policy.legalBasis.join('\n'),
      checklist: detail.policy.checklist.map((item) => ({ code: item.code, text: item.text })),
    },
    effect: {
      indicators: detail.effect.indicators.map((i) => ({ code: i.code, name: i.name, target: i.target })),
    },
  };
}

function duplicates(codes: string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) {
      repeated.add(code);
    }
    seen.add(code);
  }
  return repeated;
}

/**
 * The rules the API applies to a unified plan, checked before sending so each problem shows beside its field:
 * all sections filled, at least one method, the end after the start, checklist and indicator codes unique.
 */
export function unificationsProblems(values: UnificationsValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const required = (name: FieldName, value: string | undefined, label: string) => {
    if (!value?.trim()) {
      problems.push({ name, message: `请填写${label}` });
    }
  };
  required(['leadership', 'leadBody'], values.leadership.leadBody, '牵头机构');
  required(['leadership', 'leader'], values.leadership.leader, '负责人');
  required(['scheme', 'objectives'], values.scheme.objectives, '监督目标');
  required(['scheme', 'startsOn'], values.scheme.startsOn, '开始日期');
  required(['scheme', 'endsOn'], values.scheme.endsOn, '结束日期');
  if (values.scheme.startsOn && values.scheme.endsOn && values.scheme.endsOn <= values.scheme.startsOn) {
    problems.push({ name: ['scheme', 'endsOn'], message: '结束日期须晚于开始日期' });
  }
  values.scheme.milestones.forEach((milestone, index) => {
    required(['scheme', 'milestones', index, 'name'], milestone.name, '节点名称');
    required(['scheme', 'milestones', index, 'dueOn'], milestone.dueOn, '截止日期');
  });
  if (values.methods.length === 0) {
    problems.push({ name: ['methods'], message: '请至少选择一种监督方式' });
  }
  const checklistRepeats = duplicates(values.policy.checklist.map((item) => item.code.trim()));
  values.policy.checklist.forEach((item, index) => {
    required(['policy', 'checklist', index, 'code'], item.code, '编号');
    required(['policy', 'checklist', index, 'text'], item.text, '检查要点');
    if (checklistRepeats.has(item.code.trim())) {
      problems.push({ name: ['policy', 'checklist', index, 'code'], message: `编号 ${item.code} 重复` });
    }
  });
  const indicatorRepeats = duplicates(values.effect.indicators.map((item) => item.code.trim()));
  values.effect.indicators.forEach((item, index) => {
    required(['effect', 'indicators', index, 'code'], item.code, '编号');
    required(['effect', 'indicators', index, 'name'], item.name, '指标名称');
    if (item.target === null || !Number.isFinite(item.target)) {
      problems.push({ name: ['effect', 'indicators', index, 'target'], message: '请填写目标值' });
    }
    if (indicatorRepeats.has(item.code.trim())) {
      problems.push({ name: ['effect', 'indicators', index, 'code'], message: `编号 ${item.code} 重复` });
    }
  });
  return problems;
}

/** Form values as the API's input; call only once unificationsProblems() finds nothing. */
export function toUnificationsInput(values: UnificationsValues): FiveUnificationsInput {
  return {
    leadership: {
      leadBody: values.leadership.leadBody.trim(),
      leader: values.leadership.leader.trim(),
      office: values.leadership.office?.trim() || null,
    },
    scheme: {
      objectives: values.scheme.objectives.trim(),
      startsAt: startOfBeijingDay(values.scheme.startsOn),
      endsAt: endOfBeijingDay(values.scheme.endsOn),
      milestones: values.scheme.milestones.map((m) => ({ name: m.name.trim(), dueAt: dueInstant(m.dueOn) })),
    },
    methods: values.methods,
    policy: {
      legalBasis: values.policy.legalBasis
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      checklist: values.policy.checklist.map((item) => ({ code: item.code.trim(), text: item.text.trim() })),
    },
    effect: {
      indicators: values.effect.indicators.map((item) => ({
        code: item.code.trim(),
        name: item.name.trim(),
        target: item.target ?? 0,
      })),
    },
  };
}
