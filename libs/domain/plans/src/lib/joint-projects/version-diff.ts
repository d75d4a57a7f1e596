import type { UnificationSection } from '../conformance/conformance.types';
import type { Unifications } from './unifications';

/** One difference between two versions of a unified plan; `before` or `after` is null when added or removed. */
export interface ProjectChange {
  section: UnificationSection;
  path: string;
  before: string | null;
  after: string | null;
}

/** Stored dates are ISO strings; two spellings of one instant are no change. */
function sameInstant(a: string, b: string): boolean {
  return a === b || Date.parse(a) === Date.parse(b);
}

function sameText(a: string | null, b: string | null): boolean {
  return a === b;
}

function field(
  section: UnificationSection,
  path: string,
  before: string | null,
  after: string | null,
  same: (a: string, b: string) => boolean = sameText,
): ProjectChange[] {
  const unchanged = before !== null && after !== null ? same(before, after) : before === after;
  if (unchanged) {
    return [];
  }
  return [{ section, path, before, after }];
}

/**
 * Items matched by key: removed and changed ones in the earlier version's order, then additions.
 * A key repeated within a version is paired by occurrence, so nothing is lost.
 */
function keyed<T>(
  section: UnificationSection,
  prefix: string,
  before: readonly T[],
  after: readonly T[],
  item: { key: (value: T) => string; show: (value: T) => string; same?: (a: string, b: string) => boolean },
): ProjectChange[] {
  const occurrences = (values: readonly T[]): Array<[string, T]> => {
    const seen = new Map<string, number>();
    return values.map((value) => {
      const key = item.key(value);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return [`${n}:${key}`, value];
    });
  };
  const earlier = occurrences(before);
  const later = new Map(occurrences(after));
  const changes: ProjectChange[] = [];
  for (const [slot, value] of earlier) {
    const counterpart = later.get(slot);
    const path = `${prefix}.${item.key(value)}`;
    changes.push(
      ...field(
        section,
        path,
        item.show(value),
        counterpart === undefined ? null : item.show(counterpart),
        item.same,
      ),
    );
    later.delete(slot);
  }
  for (const value of later.values()) {
    changes.push({ section, path: `${prefix}.${item.key(value)}`, before: null, after: item.show(value) });
  }
  return changes;
}

const self = (value: string): string => value;

/** What differs between two versions of a unified plan, section by section (LEADERSHIP … EFFECT). */
export function diffUnifications(before: Unifications, after: Unifications): ProjectChange[] {
  return [
    ...field('LEADERSHIP', 'leadership.leadBody', before.leadership.leadBody, after.leadership.leadBody),
    ...field('LEADERSHIP', 'leadership.leader', before.leadership.leader, after.leadership.leader),
    ...field('LEADERSHIP', 'leadership.office', before.leadership.office, after.leadership.office),

    ...field('SCHEME', 'scheme.objectives', before.scheme.objectives, after.scheme.objectives),
    ...field('SCHEME', 'scheme.startsAt', before.scheme.startsAt, after.scheme.startsAt, sameInstant),
    ...field('SCHEME', 'scheme.endsAt', before.scheme.endsAt, after.scheme.endsAt, sameInstant),
    ...keyed('SCHEME', 'scheme.milestones', before.scheme.milestones, after.scheme.milestones, {
      key: (milestone) => milestone.name,
      show: (milestone) => milestone.dueAt,
      same: sameInstant,
    }),

    ...keyed('METHODS', 'methods', before.methods, after.methods, { key: self, show: self }),

    ...keyed('POLICY', 'policy.legalBasis', before.policy.legalBasis, after.policy.legalBasis, {
      key: self,
      show: self,
    }),
    ...keyed('POLICY', 'policy.checklist', before.policy.checklist, after.policy.checklist, {
      key: (item) => item.code,
      show: (item) => item.text,
    }),

    ...keyed('EFFECT', 'effect.indicators', before.effect.indicators, after.effect.indicators, {
      key: (indicator) => indicator.code,
      show: (indicator) => `${indicator.name} ≥ ${indicator.target}`,
    }),
  ];
}
