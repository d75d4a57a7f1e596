import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { DisclosureEntity } from './disclosure.entity';
import { DisclosureChannel, DisclosureStatus } from './disclosure-kinds';
import { DraftFinding } from './disclosure-drafts';

export type NewDisclosure = Pick<
  DisclosureEntity,
  | 'tenantId'
  | 'tenantPath'
  | 'subjectKind'
  | 'subjectId'
  | 'title'
  | 'body'
  | 'draft'
  | 'status'
  | 'channel'
  | 'proposedBy'
>;

export type DisclosureChanges = Partial<
  Pick<DisclosureEntity, 'body' | 'url' | 'publishedOn' | 'approvedBy' | 'approvedAt' | 'reason'>
>;

export interface DisclosureFilter {
  status?: DisclosureStatus | null;
  channel?: DisclosureChannel | null;
  year?: number | null;
}

/** Published items counted by channel and by the level of the tenant that published them. */
export interface DisclosureCountRow {
  channel: DisclosureChannel;
  level: string;
  count: number;
}

/** A published item as anyone may read it: no ids but its own, no people, no drafts. */
export interface PublicDisclosureRow {
  id: string;
  title: string;
  body: string;
  channel: DisclosureChannel;
  url: string | null;
  publishedOn: string;
  tenantName: string;
  tenantCode: string;
  tenantLevel: string;
}

export interface ClosureRow {
  tenantPath: string;
  status: string;
  letterNo: string;
  title: string | null;
  departmentName: string;
  closedAt: Date | null;
  projectTitle: string | null;
}

export interface ProjectRow {
  tenantPath: string;
  title: string;
  year: number;
  objectives: string | null;
}

export interface EvaluationRow {
  handoffId: string;
  tenantPath: string;
  scheme: string;
  eligible: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  averageScore: number | null;
  result: string | null;
  votedAt: Date | null;
  letterNo: string;
  title: string | null;
  departmentName: string;
  createdBy: string;
}

const FINDING_COLUMNS = `f.title, f.description, f.location, f.covert,
  a.location AS "activityLocation", a.summary AS "activitySummary", coalesce(a.covert, false) AS "activityCovert"`;

/** Disclosures, and what their subjects say; row-level security applies to every read but the public one. */
@Injectable()
export class DisclosureRepository {
  constructor(private readonly db: Db) {}

  async insert(manager: EntityManager, disclosure: NewDisclosure): Promise<DisclosureEntity> {
    const rows = manager.getRepository(DisclosureEntity);
    return rows.save(rows.create(disclosure));
  }

  findById(id: string): Promise<DisclosureEntity | null> {
    return this.db.repository(DisclosureEntity).findOneBy({ id });
  }

  lock(manager: EntityManager, id: string): Promise<DisclosureEntity | null> {
    return manager
      .getRepository(DisclosureEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(
    manager: EntityManager,
    id: string,
    status: DisclosureStatus,
    changes: DisclosureChanges,
  ): Promise<void> {
    await manager.getRepository(DisclosureEntity).update({ id }, { ...changes, status });
  }

  /** The items of the subtree at `scopePath`, newest first; a year of the proposal (or publication). */
  list(scopePath: string, filter: DisclosureFilter, limit: number): Promise<DisclosureEntity[]> {
    const query = this.db
      .repository(DisclosureEntity)
      .createQueryBuilder('d')
      .where('d.tenant_path <@ :scopePath::ltree', { scopePath })
      .orderBy('d.proposed_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit);
    if (filter.status) {
      query.andWhere('d.status = :status', { status: filter.status });
    }
    if (filter.channel) {
      query.andWhere('d.channel = :channel', { channel: filter.channel });
    }
    if (filter.year) {
      query.andWhere(
        `coalesce(date_part('year', d.published_on), date_part('year', d.proposed_at AT TIME ZONE 'Asia/Shanghai')) = :year`,
        { year: filter.year },
      );
    }
    return query.getMany();
  }

  /** Items of this subject proposed by the tenant and still standing (not rejected or withdrawn). */
  async standingOf(tenantId: string, subjectId: string, channel: DisclosureChannel): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM disclosure WHERE tenant_id = $1 AND subject_id = $2 AND channel = $3
          AND status NOT IN ('REJECTED', 'WITHDRAWN') LIMIT 1`,
      [tenantId, subjectId, channel],
    );
    return rows.length > 0;
  }

  async counts(scopePath: string, year: number): Promise<DisclosureCountRow[]> {
    return this.db.manager.query(
      `SELECT d.channel, t.level, count(*)::int AS count
         FROM disclosure d JOIN tenant t ON t.id = d.tenant_id
        WHERE d.tenant_path <@ $1::ltree AND d.status = 'PUBLISHED'
          AND date_part('year', d.published_on) = $2
        GROUP BY d.channel, t.level`,
      [scopePath, year],
    );
  }

  /** Published items for anyone, through the owner's function: the wall does not apply, the function decides. */
  async publicPage(
    year: number | null,
    tenantId: string | null,
    after: { publishedOn: string; id: string } | null,
    size: number,
  ): Promise<PublicDisclosureRow[]> {
    return this.db.manager.query(
      `SELECT id, title, body, channel, url, to_char(published_on, 'YYYY-MM-DD') AS "publishedOn",
              tenant_name AS "tenantName", tenant_code AS "tenantCode", tenant_level AS "tenantLevel"
         FROM liandong_public_disclosures($1::int, $2::uuid, $3::date, $4::uuid, $5::int)`,
      [year, tenantId, after?.publishedOn ?? null, after?.id ?? null, size],
    );
  }

  /** The display names of these accounts: the people a subject names. */
  async namesOf(accountIds: readonly string[]): Promise<string[]> {
    if (accountIds.length === 0) {
      return [];
    }
    const rows: Array<{ name: string }> = await this.db.manager.query(
      `SELECT DISTINCT display_name AS name FROM account WHERE id = ANY($1::uuid[])`,
      [accountIds],
    );
    return rows.map((row) => row.name);
  }

  async closure(handoffId: string): Promise<ClosureRow | null> {
    const [row] = await this.db.manager.query<ClosureRow[]>(
      `SELECT h.tenant_path::text AS "tenantPath", h.status, h.letter_no AS "letterNo", h.title,
              d.name AS "departmentName", h.closed_at AS "closedAt", p.title AS "projectTitle"
         FROM handoff h JOIN department d ON d.id = h.department_id
         LEFT JOIN joint_project p ON p.id = h.project_id
        WHERE h.id = $1`,
      [handoffId],
    );
    return row ?? null;
  }

  findingsOfHandoff(handoffId: string): Promise<DraftFinding[]> {
    return this.db.manager.query(
      `SELECT ${FINDING_COLUMNS} FROM finding f LEFT JOIN activity a ON a.id = f.activity_id
        WHERE f.handoff_id = $1 ORDER BY f.reported_at, f.id`,
      [handoffId],
    );
  }

  /** The accounts a handoff names: who issued it, reported its findings, reported on it and verified it. */
  async peopleOfHandoff(handoffId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.manager.query(
      `SELECT issued_by AS id FROM handoff WHERE id = $1
       UNION SELECT reported_by FROM finding WHERE handoff_id = $1
       UNION SELECT a.created_by FROM finding f JOIN activity a ON a.id = f.activity_id WHERE f.handoff_id = $1
       UNION SELECT by_user_id FROM rectification_report WHERE handoff_id = $1
       UNION SELECT by_user_id FROM verification WHERE handoff_id = $1
       UNION SELECT created_by FROM evaluation WHERE handoff_id = $1`,
      [handoffId],
    );
    return rows.map((row) => row.id);
  }

  /** The verifiers named on the handoff's 核查销号 (free text, not accounts): personal data like the rest. */
  async verifierNamesOfHandoff(handoffId: string): Promise<string[]> {
    const rows: Array<{ name: string }> = await this.db.manager.query(
      `SELECT DISTINCT verifier->>'name' AS name
       FROM verification, jsonb_array_elements(verifiers) AS verifier
       WHERE handoff_id = $1 AND verifier->>'name' <> ''`,
      [handoffId],
    );
    return rows.map((row) => row.name);
  }

  async reportsOfHandoff(handoffId: string): Promise<string[]> {
    const rows: Array<{ measures: string }> = await this.db.manager.query(
      `SELECT measures FROM rectification_report WHERE handoff_id = $1 AND final ORDER BY at`,
      [handoffId],
    );
    return rows.map((row) => row.measures);
  }

  async verificationsOfHandoff(handoffId: string): Promise<string[]> {
    const rows: Array<{ opinion: string | null }> = await this.db.manager.query(
      `SELECT opinion FROM verification WHERE handoff_id = $1 AND passed ORDER BY at`,
      [handoffId],
    );
    return rows.flatMap((row) => (row.opinion ? [row.opinion] : []));
  }

  async project(projectId: string): Promise<ProjectRow | null> {
    const [row] = await this.db.manager.query<ProjectRow[]>(
      `SELECT tenant_path::text AS "tenantPath", title, year,
              unifications #>> '{scheme,objectives}' AS objectives
         FROM joint_project WHERE id = $1`,
      [projectId],
    );
    return row ?? null;
  }

  /** The project's findings reported in the subtree, by status. */
  async findingCounts(
    projectId: string,
    scopePath: string,
  ): Promise<Array<{ status: string; count: number }>> {
    return this.db.manager.query(
      `SELECT status, count(*)::int AS count FROM finding
        WHERE project_id = $1 AND tenant_path <@ $2::ltree AND status NOT IN ('DRAFT', 'MERGED')
        GROUP BY status`,
      [projectId, scopePath],
    );
  }

  findingsOfProject(projectId: string, scopePath: string): Promise<DraftFinding[]> {
    return this.db.manager.query(
      `SELECT ${FINDING_COLUMNS} FROM finding f LEFT JOIN activity a ON a.id = f.activity_id
        WHERE f.project_id = $1 AND f.tenant_path <@ $2::ltree AND (f.covert OR a.covert)`,
      [projectId, scopePath],
    );
  }

  /** The tiers' summary reports (总结报告) of the project in the subtree, with the accounts that wrote them. */
  async summariesOfProject(
    projectId: string,
    scopePath: string,
  ): Promise<Array<{ tenantName: string; summary: string }>> {
    return this.db.manager.query(
      `SELECT t.name AS "tenantName", a.summary FROM assignment a JOIN tenant t ON t.id = a.tenant_id
        WHERE a.project_id = $1 AND a.tenant_path <@ $2::ltree AND a.summary IS NOT NULL
        ORDER BY a.tenant_path`,
      [projectId, scopePath],
    );
  }

  async peopleOfProject(projectId: string, scopePath: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.manager.query(
      `SELECT created_by AS id FROM joint_project WHERE id = $1
       UNION SELECT reported_by FROM finding WHERE project_id = $1 AND tenant_path <@ $2::ltree
       UNION SELECT created_by FROM activity WHERE project_id = $1 AND tenant_path <@ $2::ltree`,
      [projectId, scopePath],
    );
    return rows.map((row) => row.id);
  }

  async evaluation(evaluationId: string): Promise<EvaluationRow | null> {
    const [row] = await this.db.manager.query<EvaluationRow[]>(
      `SELECT e.handoff_id AS "handoffId", h.tenant_path::text AS "tenantPath", e.scheme, e.eligible,
              e.satisfied, e.basically_satisfied AS "basicallySatisfied", e.unsatisfied,
              e.average_score AS "averageScore", e.result, e.voted_at AS "votedAt", h.letter_no AS "letterNo",
              h.title, d.name AS "departmentName", e.created_by AS "createdBy"
         FROM evaluation e JOIN handoff h ON h.id = e.handoff_id JOIN department d ON d.id = h.department_id
        WHERE e.id = $1`,
      [evaluationId],
    );
    return row ?? null;
  }
}
