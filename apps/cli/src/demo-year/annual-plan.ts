import { DemoYearData } from './year-data';

/** A committee of the city office, as the annual plan names its leads. */
export interface CityCommittee {
  id: string;
  name: string;
}

/**
 * Luoyang's 2023 annual supervision plan as the seed article counts it: 28 projects, 18 of them key,
 * 12 of the key ones linked across the three tiers (the demo's joint projects). Each joint item is led by the
 * city committee its unified plan names as the lead body (市人大财政经济委员会 → 财政经济委员会), when the
 * office has that committee.
 */
export function annualPlanInput(
  { annualPlan, projects }: DemoYearData,
  committees: readonly CityCommittee[] = [],
): {
  title: string;
  items: Array<{ title: string; isKey: boolean; isJoint: boolean; leadCommitteeId?: string | null }>;
} {
  const leadOf = (leadBody: string): string | null =>
    committees.find((committee) => leadBody.endsWith(committee.name))?.id ?? null;
  return {
    title: annualPlan.title,
    items: [
      ...projects.map((project) => ({
        title: project.title,
        isKey: true,
        isJoint: true,
        leadCommitteeId: leadOf(project.unifications.leadership.leadBody),
      })),
      ...annualPlan.otherKeyItems.map((title) => ({ title, isKey: true, isJoint: false })),
      ...annualPlan.ordinaryItems.map((title) => ({ title, isKey: false, isJoint: false })),
    ],
  };
}
