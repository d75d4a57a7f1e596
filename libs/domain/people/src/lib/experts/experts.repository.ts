import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Db } from '@liandong/db';
import { ExpertAssignmentEntity } from './expert-assignment.entity';
import { ExpertConflictEntity } from './expert-conflict.entity';
import { ExpertStatus } from './expert-kinds';
import { ExpertOpinionEntity } from './expert-opinion.entity';
import { ExpertEntity } from './expert.entity';

export type NewExpert = Pick<
  ExpertEntity,
  | 'tenantId'
  | 'tenantPath'
  | 'name'
  | 'fields'
  | 'organisation'
  | 'departmentId'
  | 'title'
  | 'termStartsOn'
  | 'termEndsOn'
  | 'status'
>;
export type ExpertChanges = Partial<Omit<NewExpert, 'tenantId' | 'tenantPath'>>;

export type NewExpertConflict = Pick<
  ExpertConflictEntity,
  | 'tenantId'
  | 'tenantPath'
  | 'expertId'
  | 'kind'
  | 'departmentId'
  | 'activityId'
  | 'projectId'
  | 'note'
  | 'declaredOn'
>;

export type NewExpertAssignment = Pick<
  ExpertAssignmentEntity,
  'tenantId' | 'tenantPath' | 'expertId' | 'activityId' | 'subjectDepartmentIds' | 'invitedBy'
>;

export type NewExpertOpinion = Pick<
  ExpertOpinionEntity,
  'tenantId' | 'tenantPath' | 'assignmentId' | 'version' | 'sha256' | 'summary' | 'recordedBy'
>;

export interface ExpertFilter {
  tenantId: string;
  field: string | null;
  status: ExpertStatus | null;
  search: string | null;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The expert pool: experts, conflicts, assignments and opinions; row-level security applies to every read. */
@Injectable()
export class ExpertsRepository {
  constructor(private readonly db: Db) {}

  async insert(expert: NewExpert): Promise<ExpertEntity> {
    const rows = this.db.repository(ExpertEntity);
    return rows.save(rows.create(expert));
  }

  findById(id: string, manager?: EntityManager): Promise<ExpertEntity | null> {
    return (manager ?? this.db.manager).getRepository(ExpertEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[], manager?: EntityManager): Promise<ExpertEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : (manager ?? this.db.manager).getRepository(ExpertEntity).findBy({ id: In([...ids]) });
  }

  lock(manager: EntityManager, id: string): Promise<ExpertEntity | null> {
    return manager
      .getRepository(ExpertEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(manager: EntityManager, id: string, changes: ExpertChanges): Promise<void> {
    await manager.getRepository(ExpertEntity).update({ id }, changes);
  }

  /** One tenant's experts, by name; filtered by field, status and a search in name, organisation and title. */
  list(filter: ExpertFilter, limit: number): Promise<ExpertEntity[]> {
    const query = this.db
      .repository(ExpertEntity)
      .createQueryBuilder('e')
      .where('e.tenant_id = :tenantId', { tenantId: filter.tenantId })
      .orderBy('e.name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit);
    if (filter.field) {
      query.andWhere(':field = ANY(e.fields)', { field: filter.field });
    }
    if (filter.status) {
      query.andWhere('e.status = :status', { status: filter.status });
    }
    if (filter.search) {
      query.andWhere(
        "(e.name ILIKE :search ESCAPE '\\' OR e.organisation ILIKE :search ESCAPE '\\' OR e.title ILIKE :search ESCAPE '\\')",
        { search: `%${escapeLike(filter.search)}%` },
      );
    }
    return query.getMany();
  }

  /** The experts of a tenant whose fields include `field`, whatever their status. */
  ofField(manager: EntityManager, tenantId: string, field: string): Promise<ExpertEntity[]> {
    return manager
      .getRepository(ExpertEntity)
      .createQueryBuilder('e')
      .where('e.tenant_id = :tenantId', { tenantId })
      .andWhere(':field = ANY(e.fields)', { field })
      .getMany();
  }

  /** True when the joint project exists and the caller's wall lets it be read. */
  async projectVisible(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(`SELECT 1 FROM joint_project WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async insertConflict(manager: EntityManager, conflict: NewExpertConflict): Promise<ExpertConflictEntity> {
    const rows = manager.getRepository(ExpertConflictEntity);
    return rows.save(rows.create({ ...conflict, withdrawnOn: null }));
  }

  lockConflict(manager: EntityManager, id: string): Promise<ExpertConflictEntity | null> {
    return manager
      .getRepository(ExpertConflictEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async withdrawConflict(manager: EntityManager, id: string, withdrawnOn: string): Promise<void> {
    await manager.getRepository(ExpertConflictEntity).update({ id }, { withdrawnOn });
  }

  /** Every conflict of the experts, withdrawn ones too, oldest first. */
  conflictsOf(expertIds: readonly string[], manager?: EntityManager): Promise<ExpertConflictEntity[]> {
    return expertIds.length === 0
      ? Promise.resolve([])
      : (manager ?? this.db.manager).getRepository(ExpertConflictEntity).find({
          where: { expertId: In([...expertIds]) },
          order: { declaredOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
        });
  }

  /** Inserts the assignments not there yet; returns every assignment of the activity to those experts. */
  async insertAssignments(
    manager: EntityManager,
    rows: readonly NewExpertAssignment[],
  ): Promise<ExpertAssignmentEntity[]> {
    if (rows.length === 0) {
      return [];
    }
    await manager
      .createQueryBuilder()
      .insert()
      .into(ExpertAssignmentEntity)
      .values(rows.map((row) => ({ ...row })))
      .orIgnore()
      .execute();
    return manager.getRepository(ExpertAssignmentEntity).find({
      where: { activityId: rows[0]?.activityId, expertId: In(rows.map((row) => row.expertId)) },
      order: { invitedAt: 'ASC', id: 'ASC' },
    });
  }

  findAssignment(id: string, manager?: EntityManager): Promise<ExpertAssignmentEntity | null> {
    return (manager ?? this.db.manager).getRepository(ExpertAssignmentEntity).findOneBy({ id });
  }

  lockAssignment(manager: EntityManager, id: string): Promise<ExpertAssignmentEntity | null> {
    return manager
      .getRepository(ExpertAssignmentEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  assignmentsOfActivities(activityIds: readonly string[]): Promise<ExpertAssignmentEntity[]> {
    return activityIds.length === 0
      ? Promise.resolve([])
      : this.db.repository(ExpertAssignmentEntity).find({
          where: { activityId: In([...activityIds]) },
          order: { invitedAt: 'ASC', id: 'ASC' },
        });
  }

  assignmentsOfExperts(expertIds: readonly string[]): Promise<ExpertAssignmentEntity[]> {
    return expertIds.length === 0
      ? Promise.resolve([])
      : this.db.repository(ExpertAssignmentEntity).find({
          where: { expertId: In([...expertIds]) },
          order: { invitedAt: 'DESC', id: 'DESC' },
        });
  }

  /** The experts already invited to the activity. */
  async invitedTo(manager: EntityManager, activityId: string): Promise<Set<string>> {
    const rows: Array<{ expert_id: string }> = await manager.query(
      `SELECT expert_id FROM expert_assignment WHERE activity_id = $1`,
      [activityId],
    );
    return new Set(rows.map((row) => row.expert_id));
  }

  /** Assignments per expert to activities starting in the year (Beijing calendar). */
  async workload(
    expertIds: readonly string[],
    year: number,
    manager?: EntityManager,
  ): Promise<Map<string, number>> {
    if (expertIds.length === 0) {
      return new Map();
    }
    const rows: Array<{ expert_id: string; n: number }> = await (manager ?? this.db.manager).query(
      `SELECT x.expert_id, count(*)::int AS n
         FROM expert_assignment x JOIN activity a ON a.id = x.activity_id
        WHERE x.expert_id = ANY($1::uuid[])
          AND extract(year FROM a.starts_at AT TIME ZONE 'Asia/Shanghai') = $2
        GROUP BY x.expert_id`,
      [[...expertIds], year],
    );
    return new Map(rows.map((row) => [row.expert_id, row.n]));
  }

  /** Named experts per activity (for `Activity.participants.experts` to be derived). */
  async countByActivities(activityIds: readonly string[]): Promise<Map<string, number>> {
    if (activityIds.length === 0) {
      return new Map();
    }
    const rows: Array<{ activity_id: string; n: number }> = await this.db.manager.query(
      `SELECT activity_id, count(*)::int AS n FROM expert_assignment
        WHERE activity_id = ANY($1::uuid[]) GROUP BY activity_id`,
      [[...activityIds]],
    );
    return new Map(rows.map((row) => [row.activity_id, row.n]));
  }

  async latestOpinionVersion(manager: EntityManager, assignmentId: string): Promise<number> {
    const [row] = await manager.query<Array<{ v: number | null }>>(
      `SELECT max(version)::int AS v FROM expert_opinion WHERE assignment_id = $1`,
      [assignmentId],
    );
    return row?.v ?? 0;
  }

  async supersedeOpinions(manager: EntityManager, assignmentId: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE expert_opinion SET superseded_at = $2 WHERE assignment_id = $1 AND superseded_at IS NULL`,
      [assignmentId, at],
    );
  }

  async insertOpinion(manager: EntityManager, opinion: NewExpertOpinion): Promise<ExpertOpinionEntity> {
    const rows = manager.getRepository(ExpertOpinionEntity);
    return rows.save(rows.create({ ...opinion, supersededAt: null }));
  }

  /** Opinions of the assignments, newest version first. */
  opinionsOf(assignmentIds: readonly string[]): Promise<ExpertOpinionEntity[]> {
    return assignmentIds.length === 0
      ? Promise.resolve([])
      : this.db.repository(ExpertOpinionEntity).find({
          where: { assignmentId: In([...assignmentIds]) },
          order: { version: 'DESC' },
        });
  }

  /** The activities whose expert opinions cite the file (RLS keeps to the caller's subtree). */
  async activitiesCiting(sha256: string): Promise<string[]> {
    const rows: Array<{ activity_id: string }> = await this.db.manager.query(
      `SELECT DISTINCT x.activity_id FROM expert_opinion o
         JOIN expert_assignment x ON x.id = o.assignment_id WHERE o.sha256 = $1`,
      [sha256],
    );
    return rows.map((row) => row.activity_id);
  }
}
