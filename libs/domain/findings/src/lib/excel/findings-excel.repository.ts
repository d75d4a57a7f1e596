import { Injectable } from '@nestjs/common';
import { Db } from '@liandong/db';
import { FindingStatus, Severity } from '../findings/finding-status';

/** A department the caller may name in an import, with the tenant it belongs to. */
export interface SubtreeDepartment {
  id: string;
  code: string;
  name: string;
  tenantCode: string;
  tenantPath: string;
  /** Retired: still read back from a sheet (to be refused by name), no longer offered in the template. */
  retired: boolean;
}

/** One line of the 问题清单, with what it is shown with: reporter, department, handoff. */
export interface ProblemListLine {
  id: string;
  title: string;
  description: string;
  methodCode: string;
  checklistCode: string | null;
  category: string;
  severity: Severity;
  location: string | null;
  status: FindingStatus;
  reportedAt: Date;
  tenantName: string;
  departmentName: string | null;
  letterNo: string | null;
  deadline: Date | null;
}

export interface ProblemListQuery {
  projectId: string;
  scopePath: string;
  /** Department accounts: only this department's handed-over findings. */
  departmentId?: string;
  after?: { reportedAt: Date; id: string };
  limit: number;
}

/** SQL for the spreadsheets: departments an import may name, and the problem list in keyset batches. */
@Injectable()
export class FindingsExcelRepository {
  constructor(private readonly db: Db) {}

  /** Every department of the tenants in the subtree at `path`, retired ones included, the tenant itself first. */
  async departmentsInSubtree(path: string): Promise<SubtreeDepartment[]> {
    const rows: Array<{
      id: string;
      code: string;
      name: string;
      tenant_code: string;
      tenant_path: string;
      retired: boolean;
    }> = await this.db.manager.query(
      `SELECT d.id, d.code, d.name, t.code AS tenant_code, t.path::text AS tenant_path,
              d.retired_at IS NOT NULL AS retired
         FROM department d JOIN tenant t ON t.id = d.tenant_id
        WHERE t.path <@ $1::ltree
        ORDER BY nlevel(t.path), t.code, d.code`,
      [path],
    );
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      tenantCode: row.tenant_code,
      tenantPath: row.tenant_path,
      retired: row.retired,
    }));
  }

  /** Whether the department holds a handoff of findings of the project (what a department account sees). */
  async departmentHasFindingsOf(projectId: string, departmentId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM finding
        WHERE project_id = $1 AND department_id = $2 AND handoff_id IS NOT NULL LIMIT 1`,
      [projectId, departmentId],
    );
    return rows.length > 0;
  }

  /**
   * A batch of the problem list, oldest first. The handoff is read by table (no entity): handoffs sit
   * downstream of findings, and this read-only join is all the list needs of them.
   */
  async problemListBatch(query: ProblemListQuery): Promise<ProblemListLine[]> {
    const rows: Array<{
      id: string;
      title: string;
      description: string;
      method_code: string;
      checklist_code: string | null;
      category: string;
      severity: Severity;
      location: string | null;
      status: FindingStatus;
      reported_at: Date;
      tenant_name: string;
      department_name: string | null;
      letter_no: string | null;
      deadline: Date | null;
    }> = await this.db.manager.query(
      `SELECT f.id, f.title, f.description, f.method_code, f.checklist_code, f.category, f.severity,
              f.location, f.status, f.reported_at, t.name AS tenant_name, d.name AS department_name,
              h.letter_no, h.deadline
         FROM finding f
         JOIN tenant t ON t.id = f.tenant_id
         LEFT JOIN department d ON d.id = f.department_id
         LEFT JOIN handoff h ON h.id = f.handoff_id
        WHERE f.project_id = $1
          AND f.tenant_path <@ $2::ltree
          AND ($3::uuid IS NULL OR (f.department_id = $3::uuid AND f.handoff_id IS NOT NULL))
          AND ($4::timestamptz IS NULL OR (f.reported_at, f.id) > ($4::timestamptz, $5::uuid))
        ORDER BY f.reported_at, f.id
        LIMIT $6`,
      [
        query.projectId,
        query.scopePath,
        query.departmentId ?? null,
        query.after?.reportedAt ?? null,
        query.after?.id ?? null,
        query.limit,
      ],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      description: row.description,
      methodCode: row.method_code,
      checklistCode: row.checklist_code,
      category: row.category,
      severity: row.severity,
      location: row.location,
      status: row.status,
      reportedAt: row.reported_at,
      tenantName: row.tenant_name,
      departmentName: row.department_name,
      letterNo: row.letter_no,
      deadline: row.deadline,
    }));
  }
}
