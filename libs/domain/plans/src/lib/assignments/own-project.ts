import { parseInput } from '@liandong/errors';
import { endOfShanghaiDay, startOfShanghaiDay } from '@liandong/time';
import { toStoredUnifications, Unifications, unificationsInputSchema } from '../joint-projects/unifications';

/** The most methods a unified plan may name (see `unificationsInputSchema`). */
const MAX_METHODS = 20;
const METHOD_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

export interface OwnProjectSource {
  /** The plan item's title: the project's title and objectives. */
  title: string;
  year: number;
  /** Who leads it: the item's lead committee, or the office itself. */
  leadBody: string;
  /** The office (the tenant's name), standing in for a named leader until the plan names one. */
  office: string;
  /** The catalogue's active method codes, in catalogue order. */
  activeMethods: readonly string[];
}

/**
 * The five unifications of a project a tier makes from its own plan item to supervise it itself (自行监督):
 * the item's title, its calendar year (Beijing), every active method, no checklist, indicators or milestones.
 * Validated like any unified plan, so the project reads like one made by `createJointProject`.
 */
export function ownProjectUnifications(source: OwnProjectSource): Unifications {
  const methods = source.activeMethods.filter((code) => METHOD_CODE.test(code)).slice(0, MAX_METHODS);
  return toStoredUnifications(
    parseInput(
      unificationsInputSchema,
      {
        leadership: { leadBody: source.leadBody, leader: source.office, office: source.office },
        scheme: {
          objectives: source.title,
          startsAt: startOfShanghaiDay(`${source.year}-01-01`),
          endsAt: endOfShanghaiDay(`${source.year}-12-31`),
          milestones: [],
        },
        methods,
        policy: { legalBasis: [], checklist: [] },
        effect: { indicators: [] },
      },
      'unifications',
    ),
  );
}
