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
  /** Actuals of the unified indicators the tiers entered (统一效果). */
  indicatorValues: number;
}

/**
 * The year's steps beyond the progress figures, counted from the data of the given projects and of the
 * city's 2023 session opinions: activities (暗访 among them), local plans, milestones, approved extensions,
 * escalations, evaluations and look-backs on ledger items of both kinds, and the indicators' entered actuals. Run as the command line's system
 * role, which sees every tier.
 */
export async function countYearSteps(
  dataSource: DataSource,
  projectIds: readonly string[],
  cityTenantId: string,
): Promise<YearSteps> {
  const [row] = await dataSource.query<YearSteps[]>(
    `WITH assignments AS (SELECT id FROM assignment WHERE project_id = ANY($1::uuid[])),
          handoffs AS (
            SELECT id FROM handoff WHERE project_id = ANY($1::uuid[])
            UNION ALL
            SELECT h.id FROM handoff h JOIN review_opinion o ON o.id = h.opinion_id
             WHERE o.tenant_id = $2 AND o.issued_at >= $3 AND o.issued_at < $4)
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
              WHERE handoff_id IN (SELECT id FROM handoffs) AND done_at IS NOT NULL)::int AS "lookBacks",
            (SELECT count(*) FROM indicator_value WHERE project_id = ANY($1::uuid[]))::int AS "indicatorValues"`,
    [projectIds, cityTenantId, '2023-01-01T00:00:00+08:00', '2024-01-01T00:00:00+08:00'],
  );
  if (!row) {
    throw new Error('the year steps query returned no row');
  }
  return row;
}
