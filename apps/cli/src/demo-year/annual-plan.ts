import { STANDARD_COMMITTEES } from '../seed/departments';
import { DemoYearData } from './year-data';
import { DemoProject } from './year-data.schema';

/** A committee of the city office, as the annual plan names its leads. */
export interface CityCommittee {
  id: string;
  code: string;
}

/** How far an item of the annual plan gets in the year, and on which days. */
export interface PlanItemCourse {
  title: string;
  isKey: boolean;
  isJoint: boolean;
  /** The lead committee's code; null when the office has no such committee (the whole office's item). */
  lead: string | null;
  plannedMonth: number;
  method: string;
  session: string | null;
  /** A joint item starts when its project is published (index into the projects); an own item on its day. */
  project: number | null;
  startedOn: string | null;
  completedOn: string | null;
  adjusted: { on: string; reason: string; decision: string } | null;
}

/** The committee a joint project's unified plan names as its lead body (市人大财政经济委员会 → caijing), if any. */
export function leadOfProject(project: DemoProject): string | null {
  const { leadBody } = project.unifications.leadership;
  return (
    STANDARD_COMMITTEES.find((committee) => !committee.coordinates && leadBody.endsWith(committee.name))
      ?.code ?? null
  );
}

/**
 * Luoyang's 2023 annual supervision plan as the seed article counts it: 28 items, 18 of them key, 12 of the
 * key ones linked across the three tiers (the demo's joint projects), each with its month, method, sitting
 * and lead committee, and how far it gets in the year.
 */
export function planItemCourses({ annualPlan, projects }: DemoYearData): PlanItemCourse[] {
  const own = (isKey: boolean) => (item: DemoYearData['annualPlan']['otherKeyItems'][number]) => ({
    title: item.title,
    isKey,
    isJoint: false,
    lead: item.lead,
    plannedMonth: item.plannedMonth,
    method: item.method,
    session: item.session ?? null,
    project: null,
    startedOn: item.startedOn ?? null,
    completedOn: item.completedOn ?? null,
    adjusted: item.adjusted ?? null,
  });
  return [
    ...annualPlan.jointProjects.map((item, index): PlanItemCourse => {
      const project = projects[index];
      return {
        title: project.title,
        isKey: true,
        isJoint: true,
        lead: leadOfProject(project),
        plannedMonth: item.plannedMonth,
        method: item.method,
        session: item.session ?? null,
        project: index,
        startedOn: null,
        completedOn: item.completedOn ?? null,
        adjusted: null,
      };
    }),
    ...annualPlan.otherKeyItems.map(own(true)),
    ...annualPlan.ordinaryItems.map(own(false)),
  ];
}

/** The annual plan as the API takes it: each item with its lead committee's id, when the office has it. */
export function annualPlanInput(
  data: DemoYearData,
  committees: readonly CityCommittee[] = [],
): {
  title: string;
  items: Array<{
    title: string;
    isKey: boolean;
    isJoint: boolean;
    leadCommitteeId: string | null;
    plannedMonth: number;
    method: string;
    session: string | null;
  }>;
} {
  const idOf = (code: string | null): string | null =>
    committees.find((committee) => committee.code === code)?.id ?? null;
  return {
    title: data.annualPlan.title,
    items: planItemCourses(data).map((item) => ({
      title: item.title,
      isKey: item.isKey,
      isJoint: item.isJoint,
      leadCommitteeId: idOf(item.lead),
      plannedMonth: item.plannedMonth,
      method: item.method,
      session: item.session,
    })),
  };
}
