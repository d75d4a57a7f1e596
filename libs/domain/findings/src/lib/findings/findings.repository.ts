import { ledBySql } from '@liandong/plans';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { FindingReviewEntity } from './finding-review.entity';
import { FindingStatus } from './finding-status';
import { FindingSubmissionEntity } from './finding-submission.entity';
import { FindingEntity } from './finding.entity';

/** What may change together with a finding's status: the handoff it is handed over in, its unit, its canonical. */
export interface FindingMoveContext {
  handoffId?: string;
  departmentId?: string | null;
  canonicalId?: string;
}

/** What every finding of one submission shares: where, under what, by whom, when, at which first status. */
export type FindingBatchOrigin = Pick<
  FindingEntity,
  | 'tenantId'
  | 'tenantPath'
  | 'projectId'
  | 'projectVersion'
  | 'assignmentId'
  | 'status'
  | 'reportedBy'
  | 'reportedAt'
>;

/** What each finding of a submission holds of its own. */
export type NewFindingRow = Pick<
  FindingEntity,
  | 'title'
  | 'description'
  | 'methodCode'
  | 'checklistCode'
  | 'category'
  | 'severity'
  | 'location'
  | 'departmentId'
  | 'activityId'
  | 'covert'
  | 'source'
>;

export interface FindingQuery {
  scopePath: string;
  projectId?: string;
  statuses?: FindingStatus[];
  /** Department accounts: only this department's handed-over findings. */
  departmentId?: string;
  after?: { reportedAt: Date; id: string };
  limit: number;
  /** Only REPORTED findings this tenant path may review: reported below it, in a project issued at or above it. */
  reviewerPath?: string;
  /** Committee staff: only findings of projects their committee leads (see `committeeFilter`). */
  committeeCode?: string | null;
}

@Injectable()
export class FindingsRepository {
  constructor(private readonly db: Db) {}

  private get findings(): Repository<FindingEntity> {
    return this.db.repository(FindingEntity);
  }

  private get submissions(): Repository<FindingSubmissionEntity> {
    return this.db.repository(FindingSubmissionEntity);
  }

  findByIds(ids: readonly string[], manager?: EntityManager): Promise<FindingEntity[]> {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }
    return (manager?.getRepository(FindingEntity) ?? this.findings).findBy({ id: In([...ids]) });
  }

  /** Locks the rows for a state change, in id order so two transactions cannot deadlock. */
  lockByIds(manager: EntityManager, ids: readonly string[]): Promise<FindingEntity[]> {
    return manager
      .getRepository(FindingEntity)
      .createQueryBuilder('f')
      .where('f.id = ANY(:ids::uuid[])', { ids })
      .orderBy('f.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  findSubmission(tenantId: string, idempotencyKey: string): Promise<FindingSubmissionEntity | null> {
    return this.submissions.findOneBy({ tenantId, idempotencyKey });
  }

  /**
   * Stores a submission's findings with one INSERT, in the order given, and returns their ids in that order.
   * The rows travel as one array per column, so a batch of any size binds the same few parameters, and the
   * finding table's statement-level triggers see the batch as one statement. Ids are made here so the order
   * is known without relying on the order of RETURNING.
   */
  async insertFindings(
    manager: EntityManager,
    origin: FindingBatchOrigin,
    rows: readonly NewFindingRow[],
  ): Promise<string[]> {
    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map(() => randomUUID());
    const column = <K extends keyof NewFindingRow>(key: K): Array<NewFindingRow[K]> =>
      rows.map((row) => row[key]);
    await manager.query(
      `INSERT INTO finding (id, tenant_id, tenant_path, project_id, project_version, assignment_id, status,
                            reported_by, reported_at, updated_at, title, description, method_code,
                            checklist_code, category, severity, location, department_id, activity_id, covert,
                            source)
       SELECT r.id, $1, $2::ltree, $3, $4, $5, $6, $7, $8, $8, r.title, r.description, r.method_code,
              r.checklist_code, r.category, r.severity, r.location, r.department_id, r.activity_id, r.covert,
              r.source
         FROM unnest($9::uuid[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
                     $16::text[], $17::uuid[], $18::uuid[], $19::boolean[], $20::text[])
              WITH ORDINALITY AS r(id, title, description, method_code, checklist_code, category, severity,
                                   location, department_id, activity_id, covert, source, position)
        ORDER BY r.position`,
      [
        origin.tenantId,
        origin.tenantPath,
        origin.projectId,
        origin.projectVersion,
        origin.assignmentId,
        origin.status,
        origin.reportedBy,
        origin.reportedAt,
        ids,
        column('title'),
        column('description'),
        column('methodCode'),
        column('checklistCode'),
        column('category'),
        column('severity'),
        column('location'),
        column('departmentId'),
        column('activityId'),
        column('covert'),
        column('source'),
      ],
    );
    return ids;
  }

  /** The findings with `ids`, in that order: one statement however many. */
  async findInOrder(manager: EntityManager, ids: readonly string[]): Promise<FindingEntity[]> {
    if (ids.length === 0) {
      return [];
    }
    const stored = await manager
      .getRepository(FindingEntity)
      .createQueryBuilder('f')
      .where('f.id = ANY(:ids::uuid[])', { ids })
      .getMany();
    const byId = new Map(stored.map((finding) => [finding.id, finding]));
    return ids.map((id) => byId.get(id) as FindingEntity);
  }

  async insertSubmission(
    manager: EntityManager,
    row: Omit<FindingSubmissionEntity, 'id' | 'createdAt'>,
  ): Promise<void> {
    await manager.getRepository(FindingSubmissionEntity).insert(row);
  }

  /** FindingTransitions' write of a status change, and of what changes with it. */
  async updateStatus(
    manager: EntityManager,
    ids: readonly string[],
    to: FindingStatus,
    at: Date,
    context: FindingMoveContext = {},
  ): Promise<void> {
    const params: unknown[] = [to, at, ids];
    const set = ['status = $1', 'updated_at = $2'];
    for (const [column, value] of [
      ['handoff_id', context.handoffId],
      ['department_id', context.departmentId],
      ['canonical_id', context.canonicalId],
    ] as const) {
      if (value !== undefined) {
        params.push(value);
        set.push(`${column} = $${params.length}`);
      }
    }
    await manager.query(`UPDATE finding SET ${set.join(', ')} WHERE id = ANY($3::uuid[])`, params);
  }

  /** FindingTransitions' write of the status of a handoff's findings that stand at one of `from`. */
  async updateStatusOfHandoff(
    manager: EntityManager,
    handoffId: string,
    from: readonly FindingStatus[],
    to: FindingStatus,
    at: Date,
  ): Promise<void> {
    await manager.query(
      'UPDATE finding SET status = $1, updated_at = $2 WHERE handoff_id = $3 AND status = ANY($4::text[])',
      [to, at, handoffId, from],
    );
  }

  /** 屡改屡犯: the findings of a handoff found to have relapsed. */
  async markRecurringByHandoff(manager: EntityManager, handoffId: string): Promise<void> {
    await manager.query('UPDATE finding SET recurrence = true WHERE handoff_id = $1', [handoffId]);
  }

  /** 改派: the findings of a handoff follow it to the department it was given to. */
  async moveHandoffToDepartment(
    manager: EntityManager,
    handoffId: string,
    departmentId: string,
  ): Promise<void> {
    await manager.query('UPDATE finding SET department_id = $1 WHERE handoff_id = $2', [
      departmentId,
      handoffId,
    ]);
  }

  async update(manager: EntityManager, id: string, changes: Partial<FindingEntity>): Promise<void> {
    await manager.getRepository(FindingEntity).update({ id }, changes);
  }

  ofActivity(activityId: string): Promise<FindingEntity[]> {
    return this.findings.find({ where: { activityId }, order: { reportedAt: 'ASC', id: 'ASC' } });
  }

  reviewsOf(findingIds: readonly string[]): Promise<FindingReviewEntity[]> {
    if (findingIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.db
      .repository(FindingReviewEntity)
      .find({ where: { findingId: In([...findingIds]) }, order: { at: 'ASC' } });
  }

  async insertReviews(
    manager: EntityManager,
    rows: Array<Omit<FindingReviewEntity, 'id' | 'at' | 'finding'>>,
  ): Promise<void> {
    if (rows.length > 0) {
      await manager.getRepository(FindingReviewEntity).insert(rows);
    }
  }

  /** A page of findings, newest first, and how many match in all. */
  async page(query: FindingQuery): Promise<{ rows: FindingEntity[]; total: number }> {
    const base = this.findings
      .createQueryBuilder('f')
      .where('f.tenant_path <@ :scope::ltree', { scope: query.scopePath });
    if (query.projectId) {
      base.andWhere('f.project_id = :projectId', { projectId: query.projectId });
    }
    if (query.statuses && query.statuses.length > 0) {
      base.andWhere('f.status IN (:...statuses)', { statuses: query.statuses });
    }
    if (query.departmentId) {
      base.andWhere('f.department_id = :departmentId AND f.handoff_id IS NOT NULL', {
        departmentId: query.departmentId,
      });
    }
    if (query.committeeCode) {
      base.andWhere(ledBySql('f.project_id', ':committeeCode'), { committeeCode: query.committeeCode });
    }
    if (query.reviewerPath) {
      base
        .andWhere("f.status = 'REPORTED' AND f.tenant_path <> :reviewer::ltree", {
          reviewer: query.reviewerPath,
        })
        .andWhere(
          'EXISTS (SELECT 1 FROM joint_project p WHERE p.id = f.project_id AND :reviewer::ltree <@ p.tenant_path)',
        );
    }
    const total = await base.clone().getCount();
    const pageQuery = base
      .clone()
      .orderBy('f.reported_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .take(query.limit + 1);
    if (query.after) {
      pageQuery.andWhere('(f.reported_at, f.id) < (:afterAt, :afterId)', {
        afterAt: query.after.reportedAt,
        afterId: query.after.id,
      });
    }
    return { rows: await pageQuery.getMany(), total };
  }
}
