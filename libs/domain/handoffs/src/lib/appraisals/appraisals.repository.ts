import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Db } from '@liandong/db';
import {
  AppraisalEntity,
  AppraisalGroupEntity,
  AppraisalKind,
  AppraisalSubjectEntity,
  AppraisalVoteEntity,
} from './appraisal.entity';

/** The filter of `appraisals`, already checked against the caller. */
export interface AppraisalCriteria {
  scopePath: string;
  year: number | null;
  kind: AppraisalKind | null;
  projectId: string | null;
}

/** An appraisal with everything recorded on it. */
export interface AppraisalRecord {
  appraisal: AppraisalEntity;
  subjects: AppraisalSubjectEntity[];
  groups: AppraisalGroupEntity[];
  votes: AppraisalVoteEntity[];
}

@Injectable()
export class AppraisalsRepository {
  constructor(private readonly db: Db) {}

  async insert(
    manager: EntityManager,
    appraisal: Omit<AppraisalEntity, 'id' | 'createdAt' | 'decidedAt' | 'reReportBy' | 'tenant'>,
    subjects: ReadonlyArray<Pick<AppraisalSubjectEntity, 'kind' | 'name' | 'post' | 'departmentId'>>,
    groups: ReadonlyArray<Pick<AppraisalGroupEntity, 'name' | 'kind' | 'eligible'>>,
  ): Promise<AppraisalEntity> {
    const saved = await manager
      .getRepository(AppraisalEntity)
      .save(
        manager.getRepository(AppraisalEntity).create({ ...appraisal, decidedAt: null, reReportBy: null }),
      );
    const owned = { tenantId: saved.tenantId, tenantPath: saved.tenantPath, appraisalId: saved.id };
    await manager
      .getRepository(AppraisalSubjectEntity)
      .insert(subjects.map((subject, position) => ({ ...subject, ...owned, position })));
    await manager
      .getRepository(AppraisalGroupEntity)
      .insert(groups.map((group, position) => ({ ...group, ...owned, position })));
    return saved;
  }

  lock(manager: EntityManager, id: string): Promise<AppraisalEntity | null> {
    return manager
      .getRepository(AppraisalEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findSubject(id: string): Promise<AppraisalSubjectEntity | null> {
    return this.db.repository(AppraisalSubjectEntity).findOneBy({ id });
  }

  async update(manager: EntityManager, id: string, changes: Partial<AppraisalEntity>): Promise<void> {
    await manager.getRepository(AppraisalEntity).update({ id }, changes);
  }

  async updateSubject(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<AppraisalSubjectEntity, 'reReportItemId' | 'reReportSummary' | 'reReportedAt'>>,
  ): Promise<void> {
    await manager.getRepository(AppraisalSubjectEntity).update({ id }, changes);
  }

  async insertVote(
    manager: EntityManager,
    vote: Omit<AppraisalVoteEntity, 'id' | 'recordedAt' | 'tenant'>,
  ): Promise<void> {
    await manager.getRepository(AppraisalVoteEntity).insert(vote);
  }

  /** The appraisal and what is recorded on it, read in the transaction when one is given. */
  async record(id: string, manager: EntityManager = this.db.manager): Promise<AppraisalRecord | null> {
    const appraisal = await manager.getRepository(AppraisalEntity).findOneBy({ id });
    if (!appraisal) {
      return null;
    }
    const [subjects, groups, votes] = await Promise.all([
      manager
        .getRepository(AppraisalSubjectEntity)
        .find({ where: { appraisalId: id }, order: { position: 'ASC' } }),
      manager
        .getRepository(AppraisalGroupEntity)
        .find({ where: { appraisalId: id }, order: { position: 'ASC' } }),
      manager
        .getRepository(AppraisalVoteEntity)
        .find({ where: { appraisalId: id }, order: { recordedAt: 'ASC' } }),
    ]);
    return { appraisal, subjects, groups, votes };
  }

  /** The appraisals of the subtree, newest held first, each with what is recorded on it. */
  async list(criteria: AppraisalCriteria): Promise<AppraisalRecord[]> {
    const query = this.db
      .repository(AppraisalEntity)
      .createQueryBuilder('a')
      .where('a.tenant_path <@ :path::ltree', { path: criteria.scopePath });
    if (criteria.year !== null) {
      query.andWhere('extract(year FROM a.held_on) = :year', { year: criteria.year });
    }
    if (criteria.kind !== null) {
      query.andWhere('a.kind = :kind', { kind: criteria.kind });
    }
    if (criteria.projectId !== null) {
      query.andWhere('a.project_id = :projectId::uuid', { projectId: criteria.projectId });
    }
    const appraisals = await query.orderBy('a.held_on', 'DESC').addOrderBy('a.created_at', 'DESC').getMany();
    if (appraisals.length === 0) {
      return [];
    }
    const ids = appraisals.map((a) => a.id);
    const [subjects, groups, votes] = await Promise.all([
      this.db
        .repository(AppraisalSubjectEntity)
        .find({ where: { appraisalId: In(ids) }, order: { position: 'ASC' } }),
      this.db
        .repository(AppraisalGroupEntity)
        .find({ where: { appraisalId: In(ids) }, order: { position: 'ASC' } }),
      this.db
        .repository(AppraisalVoteEntity)
        .find({ where: { appraisalId: In(ids) }, order: { recordedAt: 'ASC' } }),
    ]);
    return appraisals.map((appraisal) => ({
      appraisal,
      subjects: subjects.filter((s) => s.appraisalId === appraisal.id),
      groups: groups.filter((g) => g.appraisalId === appraisal.id),
      votes: votes.filter((v) => v.appraisalId === appraisal.id),
    }));
  }

  /** Whether the joint project is one the caller can see (row-level security decides). */
  async projectVisible(manager: EntityManager, projectId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM joint_project WHERE id = $1`, [projectId]);
    return rows.length > 0;
  }

  /** The tenant that held the session, if the caller can see it. */
  async sessionTenant(manager: EntityManager, sessionId: string): Promise<string | null> {
    const rows: Array<{ tenant_id: string }> = await manager.query(
      `SELECT tenant_id FROM session WHERE id = $1`,
      [sessionId],
    );
    return rows[0]?.tenant_id ?? null;
  }

  /** The next number of the tenant's re-report items of the year (for their letter numbers). */
  async nextReReportSequence(
    manager: EntityManager,
    tenantId: string,
    letterPrefix: string,
  ): Promise<number> {
    const rows: Array<{ n: number }> = await manager.query(
      `SELECT count(*)::int AS n FROM handoff WHERE tenant_id = $1 AND kind = 'APPRAISAL_RE_REPORT'
          AND letter_no LIKE $2`,
      [tenantId, `${letterPrefix}%`],
    );
    return (rows[0]?.n ?? 0) + 1;
  }
}
