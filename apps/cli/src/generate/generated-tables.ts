import { DataSource } from 'typeorm';
import { PlannedAssignment, PlannedProject } from './project-plan';
import { GeneratedActivity, GeneratedEscalation, GeneratedFinding, GeneratedHandoff } from './project-work';
import { RowWriter, TableBuffer } from './table-buffer';

const date = (instant: number | null): Date | null => (instant === null ? null : new Date(instant));

/** The generated tables, each a buffer written in foreign-key order. */
export class GeneratedTables {
  readonly projects = new TableBuffer({
    table: 'joint_project',
    columns: [
      ['id', 'uuid'],
      ['tenant_id', 'uuid'],
      ['tenant_path', 'ltree'],
      ['year', 'int4'],
      ['title', 'text'],
      ['is_key', 'bool'],
      ['version', 'int4'],
      ['unifications', 'jsonb'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
      ['lead_committee_id', 'uuid'],
    ],
  });
  readonly versions = new TableBuffer({
    table: 'joint_project_version',
    columns: [
      ['project_id', 'uuid'],
      ['version', 'int4'],
      ['unifications', 'jsonb'],
      ['published_at', 'timestamptz'],
      ['created_at', 'timestamptz'],
    ],
  });
  readonly assignments = new TableBuffer({
    table: 'assignment',
    columns: [
      ['id', 'uuid'],
      ['project_id', 'uuid'],
      ['tenant_id', 'uuid'],
      ['tenant_path', 'ltree'],
      ['status', 'text'],
      ['published_by_tenant_id', 'uuid'],
      ['parent_assignment_id', 'uuid'],
      ['acknowledged_at', 'timestamptz'],
      ['acknowledged_version', 'int4'],
      ['created_at', 'timestamptz'],
    ],
  });
  readonly activities = new TableBuffer({
    table: 'activity',
    columns: [
      ['id', 'uuid'],
      ['tenant_id', 'uuid'],
      ['tenant_path', 'ltree'],
      ['assignment_id', 'uuid'],
      ['project_id', 'uuid'],
      ['method_code', 'text'],
      ['starts_at', 'timestamptz'],
      ['ends_at', 'timestamptz'],
      ['location', 'text'],
      ['summary', 'text'],
      ['participants', 'jsonb'],
      ['covert', 'bool'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
  });
  readonly handoffs = new TableBuffer({
    table: 'handoff',
    columns: [
      ['id', 'uuid'],
      ['project_id', 'uuid'],
      ['tenant_id', 'uuid'],
      ['tenant_path', 'ltree'],
      ['department_id', 'uuid'],
      ['letter_no', 'text'],
      ['deadline', 'timestamptz'],
      ['status', 'text'],
      ['escalation_level', 'int4'],
      ['issued_by', 'uuid'],
      ['issued_at', 'timestamptz'],
      ['signed_at', 'timestamptz'],
      ['replied_at', 'timestamptz'],
      ['closed_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
  });
  readonly findings = new TableBuffer({
    table: 'finding',
    columns: [
      ['id', 'uuid'],
      ['project_id', 'uuid'],
      ['assignment_id', 'uuid'],
      ['tenant_id', 'uuid'],
      ['tenant_path', 'ltree'],
      ['title', 'text'],
      ['description', 'text'],
      ['method_code', 'text'],
      ['checklist_code', 'text'],
      ['category', 'text'],
      ['severity', 'text'],
      ['location', 'text'],
      ['status', 'text'],
      ['department_id', 'uuid'],
      ['handoff_id', 'uuid'],
      ['reported_by', 'uuid'],
      ['reported_at', 'timestamptz'],
      ['project_version', 'int4'],
      ['activity_id', 'uuid'],
      ['covert', 'bool'],
      ['canonical_id', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
  });
  readonly escalations = new TableBuffer({
    table: 'escalation',
    columns: [
      ['id', 'uuid'],
      ['handoff_id', 'uuid'],
      ['level', 'int4'],
      ['name', 'text'],
      ['tenant_id', 'uuid'],
      ['reason', 'text'],
      ['automatic', 'bool'],
      ['at', 'timestamptz'],
    ],
  });

  writer(dataSource: DataSource, batchSize: number): RowWriter {
    return new RowWriter(
      dataSource,
      [
        this.projects,
        this.versions,
        this.assignments,
        this.activities,
        this.handoffs,
        this.findings,
        this.escalations,
      ],
      batchSize,
    );
  }

  addProject(project: PlannedProject): void {
    const unifications = JSON.stringify(project.unifications);
    const at = date(project.publishedAt);
    this.projects.push([
      project.id,
      project.publisher.id,
      project.publisher.path,
      project.year,
      project.title,
      project.isKey,
      1,
      unifications,
      project.publisher.accountId,
      at,
      project.leadCommitteeId,
    ]);
    this.versions.push([project.id, 1, unifications, at, at]);
  }

  /** Acknowledged by its tenant; in progress once findings were submitted under it. */
  addAssignment(assignment: PlannedAssignment): void {
    this.assignments.push([
      assignment.id,
      assignment.project.id,
      assignment.tenant.id,
      assignment.tenant.path,
      assignment.findings > 0 ? 'IN_PROGRESS' : 'ACKNOWLEDGED',
      assignment.publishedBy.id,
      assignment.parentId,
      date(assignment.acknowledgedAt),
      1,
      date(assignment.createdAt),
    ]);
  }

  addActivity(activity: GeneratedActivity): void {
    const { assignment } = activity;
    this.activities.push([
      activity.id,
      assignment.tenant.id,
      assignment.tenant.path,
      assignment.id,
      assignment.project.id,
      activity.methodCode,
      date(activity.startsAt),
      date(activity.endsAt),
      activity.location,
      activity.summary,
      JSON.stringify(activity.participants),
      activity.covert,
      assignment.tenant.accountId,
      date(activity.startsAt),
    ]);
  }

  addHandoff(handoff: GeneratedHandoff): void {
    this.handoffs.push([
      handoff.id,
      handoff.project.id,
      handoff.tenant.id,
      handoff.tenant.path,
      handoff.departmentId,
      handoff.letterNo,
      date(handoff.deadline),
      handoff.status,
      handoff.escalationLevel,
      handoff.tenant.accountId,
      date(handoff.issuedAt),
      date(handoff.signedAt),
      date(handoff.repliedAt),
      date(handoff.closedAt),
      date(handoff.updatedAt),
    ]);
  }

  addFinding(finding: GeneratedFinding): void {
    const { assignment, activity } = finding;
    this.findings.push([
      finding.id,
      assignment.project.id,
      assignment.id,
      assignment.tenant.id,
      assignment.tenant.path,
      finding.title,
      finding.description,
      activity.methodCode,
      finding.checklistCode,
      finding.category,
      finding.severity,
      activity.location,
      finding.status,
      finding.departmentId,
      finding.handoffId,
      assignment.tenant.accountId,
      date(finding.reportedAt),
      1,
      activity.id,
      activity.covert,
      finding.canonicalId,
      date(finding.updatedAt),
    ]);
  }

  addEscalation(escalation: GeneratedEscalation): void {
    this.escalations.push([
      escalation.id,
      escalation.handoff.id,
      escalation.level,
      escalation.name,
      escalation.tenantId,
      escalation.reason,
      true,
      date(escalation.at),
    ]);
  }
}
