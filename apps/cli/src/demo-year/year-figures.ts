import { DataSource } from 'typeorm';

export interface YearSteps {
  activities: number;
  covertActivities: number;
  localPlansFiled: number;
  localPlansAccepted: number;
  milestonesSubmitted: number;
  extensionsApproved: number;
  escalations: number;
  evaluations: number;
  lookBacks: number;
}

/**
 * The year's steps beyond the progress figures, counted from the data of the given projects: activities
 * (暗访 among them), local plans, milestones, approved extensions, escalations, evaluations and look-backs.
 * Run as the command line's system role, which sees every tier.
 */
export async function countYearSteps(
  dataSource: DataSource,
  projectIds: readonly string[],
): Promise<YearSteps> {
  const [row] = await dataSource.query<YearSteps[]>(
    `WITH assignments AS (SELECT id FROM assignment WHERE project_id = ANY($1::uuid[])),
          handoffs AS (SELECT id FROM handoff WHERE project_id = ANY($1::uuid[]))
     SELECT (SELECT count(*) FROM activity WHERE project_id = ANY($1::uuid[]))::int AS "activities",
            (SELECT count(*) FROM activity WHERE project_id = ANY($1::uuid[]) AND covert)::int AS "covertActivities",
            (SELECT count(*) FROM local_plan WHERE assignment_id IN (SELECT id FROM assignments))::int
              AS "localPlansFiled",
            (SELECT count(*) FROM local_plan
              WHERE assignment_id IN (SELECT id FROM assignments) AND status = 'ACCEPTED')::int AS "localPlansAccepted",
            (SELECT count(*) FROM assignment_milestone WHERE assignment_id IN (SELECT id FROM assignments))::int
              AS "milestonesSubmitted",
            (SELECT count(*) FROM extension_request
              WHERE handoff_id IN (SELECT id FROM handoffs) AND status = 'APPROVED')::int AS "extensionsApproved",
            (SELECT count(*) FROM escalation WHERE handoff_id IN (SELECT id FROM handoffs))::int AS "escalations",
            (SELECT count(*) FROM evaluation
              WHERE handoff_id IN (SELECT id FROM handoffs) AND voted_at IS NOT NULL)::int AS "evaluations",
            (SELECT count(*) FROM look_back
              WHERE handoff_id IN (SELECT id FROM handoffs) AND done_at IS NOT NULL)::int AS "lookBacks"`,
    [projectIds],
  );
  if (!row) {
    throw new Error('the year steps query returned no row');
  }
  return row;
}
