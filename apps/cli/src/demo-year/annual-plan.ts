import { DemoYearData } from './year-data';

/**
 * Luoyang's 2023 annual supervision plan as the seed article counts it: 28 projects, 18 of them key,
 * 12 of the key ones linked across the three tiers (the demo's joint projects).
 */
export function annualPlanInput({ annualPlan, projects }: DemoYearData): {
  title: string;
  items: Array<{ title: string; isKey: boolean; isJoint: boolean }>;
} {
  return {
    title: annualPlan.title,
    items: [
      ...projects.map((project) => ({ title: project.title, isKey: true, isJoint: true })),
      ...annualPlan.otherKeyItems.map((title) => ({ title, isKey: true, isJoint: false })),
      ...annualPlan.ordinaryItems.map((title) => ({ title, isKey: false, isJoint: false })),
    ],
  };
}
