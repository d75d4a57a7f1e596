import type { LocalPlanInput, UnificationsDetailFragment } from '../graphql/generated/graphql';
import { beijingDay, dueInstant } from './beijing-day';

/** What the local-plan (实施方案) form holds: due dates as Beijing days. */
export interface LocalPlanValues {
  leadership: { leadBody: string; leader: string; office?: string };
  methods: string[];
  checklist: Array<{ code: string; text: string }>;
  milestones: Array<{ name: string; dueOn: string }>;
  indicators: Array<{ code: string; name: string; target: number | null }>;
}

/**
 * A new local plan starts from the unified one (a local plan may add, not drop): every unified method,
 * checklist point, milestone and indicator is there to keep; the local leadership is the tenant's to name.
 * The API does not give back a filed plan's content, so a re-filing starts here too.
 */
export function localPlanValues(unified: UnificationsDetailFragment): LocalPlanValues {
  return {
    leadership: { leadBody: '', leader: '', office: '' },
    methods: unified.methods.map((method) => method.code),
    checklist: unified.policy.checklist.map((item) => ({ code: item.code, text: item.text })),
    milestones: unified.scheme.milestones.map((m) => ({ name: m.name, dueOn: beijingDay(m.dueAt) })),
    indicators: unified.effect.indicators.map((i) => ({ code: i.code, name: i.name, target: i.target })),
  };
}

/** Form values as the API's input. Rows left half-empty are sent as they are: the conformance check judges them. */
export function toLocalPlanInput(
  values: LocalPlanValues,
  unified: UnificationsDetailFragment,
): LocalPlanInput {
  const unifiedDue = new Map(unified.scheme.milestones.map((m) => [m.name, m.dueAt]));
  return {
    leadership: {
      leadBody: values.leadership.leadBody.trim(),
      leader: values.leadership.leader.trim(),
      office: values.leadership.office?.trim() || null,
    },
    methods: values.methods,
    checklist: values.checklist.map((item) => ({ code: item.code.trim(), text: item.text.trim() })),
    milestones: values.milestones
      .filter((m) => m.name.trim() && m.dueOn)
      .map((m) => ({ name: m.name.trim(), dueAt: dueInstant(m.dueOn, unifiedDue.get(m.name.trim())) })),
    indicators: values.indicators.map((item) => ({
      code: item.code.trim(),
      name: item.name.trim(),
      target: item.target ?? 0,
    })),
  };
}
