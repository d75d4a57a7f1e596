import { Injectable } from '@nestjs/common';
import { EntityManager, In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { Clock } from '@liandong/time';
import { AssignmentStatus } from '../assignments/assignment-status';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { MethodsRepository } from '../methods/methods.repository';
import { SupervisionMethodEntity } from '../methods/supervision-method.entity';
import { JointProjectVersionEntity } from './joint-project-version.entity';
import { JointProjectEntity } from './joint-project.entity';
import { ledBySql } from './committee-filter';

/** SQL for projects, their versions and their assignments. Scope (a tenant path) comes first. */
@Injectable()
export class PlansRepository {
  constructor(
    private readonly db: Db,
    private readonly methods: MethodsRepository,
    private readonly clock: Clock,
  ) {}

  private get projects(): Repository<JointProjectEntity> {
    return this.db.repository(JointProjectEntity);
  }

  private get assignments(): Repository<AssignmentEntity> {
    return this.db.repository(AssignmentEntity);
  }

  private get versions(): Repository<JointProjectVersionEntity> {
    return this.db.repository(JointProjectVersionEntity);
  }

  /** The active methods; kept here for the libraries that read the catalogue through this repository. */
  activeMethods(): Promise<SupervisionMethodEntity[]> {
    return this.methods.active();
  }

  /** Methods by code; kept here for the libraries that read the catalogue through this repository. */
  methodsByCodes(codes: readonly string[]): Promise<SupervisionMethodEntity[]> {
    return this.methods.byCodes(codes);
  }

  /** A project with its lead committee (unset when it has none), for deciding who sees it. */
  findProject(id: string, manager?: EntityManager): Promise<JointProjectEntity | null> {
    return (manager?.getRepository(JointProjectEntity) ?? this.projects).findOne({
      where: { id },
      relations: { leadCommittee: true },
    });
  }

  findProjects(ids: readonly string[], manager?: EntityManager): Promise<JointProjectEntity[]> {
    const projects = manager?.getRepository(JointProjectEntity) ?? this.projects;
    return ids.length === 0 ? Promise.resolve([]) : projects.findBy({ id: In([...ids]) });
  }

  lockProject(manager: EntityManager, id: string): Promise<JointProjectEntity | null> {
    return manager
      .getRepository(JointProjectEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateProject(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<JointProjectEntity, 'version' | 'unifications' | 'leadCommitteeId'>>,
  ): Promise<void> {
    await manager.getRepository(JointProjectEntity).update({ id }, changes);
  }

  /**
   * Projects issued in the scope's subtree, or published to a tenant in it; with a committee code (see
   * `committeeFilter`), only those led by a committee of that code.
   */
  listVisibleProjects(
    scopePath: string,
    committeeCode: string | null,
    year?: number,
  ): Promise<JointProjectEntity[]> {
    const query = this.projects
      .createQueryBuilder('p')
      .where(
        `(p.tenant_path <@ :scope::ltree OR EXISTS (
            SELECT 1 FROM assignment a WHERE a.project_id = p.id AND a.tenant_path <@ :scope::ltree))`,
        { scope: scopePath },
      )
      .orderBy('p.year', 'DESC')
      .addOrderBy('p.created_at', 'ASC');
    if (year !== undefined) {
      query.andWhere('p.year = :year', { year });
    }
    if (committeeCode !== null) {
      query.andWhere(ledBySql('p.id', ':committeeCode'), { committeeCode });
    }
    return query.getMany();
  }

  async isProjectVisible(
    scopePath: string,
    projectId: string,
    committeeCode: string | null,
  ): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM joint_project p WHERE p.id = $1 AND (p.tenant_path <@ $2::ltree OR EXISTS (
         SELECT 1 FROM assignment a WHERE a.project_id = p.id AND a.tenant_path <@ $2::ltree))
         AND ($3::text IS NULL OR ${ledBySql('p.id', '$3::text')})`,
      [projectId, scopePath, committeeCode],
    );
    return rows.length > 0;
  }

  findAssignment(id: string, manager?: EntityManager): Promise<AssignmentEntity | null> {
    return (manager?.getRepository(AssignmentEntity) ?? this.assignments).findOneBy({ id });
  }

  lockAssignment(manager: EntityManager, id: string): Promise<AssignmentEntity | null> {
    return manager
      .getRepository(AssignmentEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The tenant's assignment of the project, locked, inside the caller's transaction. */
  lockAssignmentOf(
    manager: EntityManager,
    projectId: string,
    tenantId: string,
  ): Promise<AssignmentEntity | null> {
    return manager
      .getRepository(AssignmentEntity)
      .findOne({ where: { projectId, tenantId }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Sets the project's closedAt when every one of its assignments is CLOSED (once); true when it closed now.
   * Through a function of the owner: a county that cascaded the work may close the city's last assignment.
   */
  async closeFinishedProject(manager: EntityManager, projectId: string, at: Date): Promise<boolean> {
    const rows: Array<{ closed: boolean }> = await manager.query(
      'SELECT liandong_close_finished_project($1, $2) AS closed',
      [projectId, at],
    );
    return rows[0]?.closed === true;
  }

  findAssignments(ids: readonly string[]): Promise<AssignmentEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.assignments.findBy({ id: In([...ids]) });
  }

  findAssignmentOf(projectId: string, tenantId: string): Promise<AssignmentEntity | null> {
    return this.assignments.findOneBy({ projectId, tenantId });
  }

  /** Assignments of the projects whose tenants lie in the scope, by tenant code. */
  listAssignmentsInScope(projectIds: readonly string[], scopePath: string): Promise<AssignmentEntity[]> {
    if (projectIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.assignments
      .createQueryBuilder('a')
      .innerJoin('a.tenant', 't')
      .where('a.project_id = ANY(:projectIds::uuid[])', { projectIds })
      .andWhere('a.tenant_path <@ :scope::ltree', { scope: scopePath })
      .orderBy('t.code', 'ASC')
      .getMany();
  }

  /** A tenant's assignments; with a committee code, only those of projects led by a committee of that code. */
  listAssignmentsOfTenant(
    tenantId: string,
    committeeCode: string | null,
    statuses?: AssignmentStatus[],
  ): Promise<AssignmentEntity[]> {
    const query = this.assignments
      .createQueryBuilder('a')
      .where('a.tenant_id = :tenantId', { tenantId })
      .orderBy('a.created_at', 'DESC');
    if (statuses && statuses.length > 0) {
      query.andWhere('a.status IN (:...statuses)', { statuses });
    }
    if (committeeCode !== null) {
      query.andWhere(ledBySql('a.project_id', ':committeeCode'), { committeeCode });
    }
    return query.getMany();
  }

  async insertProject(
    manager: EntityManager,
    project: Omit<JointProjectEntity, 'id' | 'createdAt' | 'tenant' | 'closedAt'>,
  ): Promise<JointProjectEntity> {
    const saved = await manager
      .getRepository(JointProjectEntity)
      .save(manager.create(JointProjectEntity, project));
    await manager.getRepository(JointProjectVersionEntity).insert({
      projectId: saved.id,
      version: saved.version,
      unifications: saved.unifications,
      note: null,
      publishedAt: null,
    });
    return saved;
  }

  async insertVersion(
    manager: EntityManager,
    projectId: string,
    version: number,
    unifications: JointProjectEntity['unifications'],
    note: string,
  ): Promise<void> {
    const published = await manager.getRepository(AssignmentEntity).existsBy({ projectId });
    await manager.getRepository(JointProjectVersionEntity).insert({
      projectId,
      version,
      unifications,
      note,
      publishedAt: published ? this.clock.now() : null,
    });
  }

  async versionNumbers(projectId: string): Promise<number[]> {
    const rows = await this.versions.find({
      where: { projectId },
      order: { version: 'ASC' },
      select: { version: true },
    });
    return rows.map((row) => row.version);
  }

  /** Every version's number, note and dates (not its unifications), oldest first. */
  versionHistory(projectId: string): Promise<JointProjectVersionEntity[]> {
    return this.versions.find({
      where: { projectId },
      order: { version: 'ASC' },
      select: { id: true, projectId: true, version: true, note: true, publishedAt: true, createdAt: true },
    });
  }

  findVersion(projectId: string, version: number): Promise<JointProjectVersionEntity | null> {
    return this.versions.findOneBy({ projectId, version });
  }

  /** Freezes the current version the first time it is published. */
  async markVersionPublished(manager: EntityManager, projectId: string, version: number): Promise<void> {
    await manager.query(
      `UPDATE joint_project_version SET published_at = $3
        WHERE project_id = $1 AND version = $2 AND published_at IS NULL`,
      [projectId, version, this.clock.now()],
    );
  }

  /** Inserts the assignments that do not exist yet; existing ones are left untouched. */
  async insertAssignments(
    manager: EntityManager,
    rows: Array<
      Pick<
        AssignmentEntity,
        'projectId' | 'tenantId' | 'tenantPath' | 'publishedByTenantId' | 'parentAssignmentId' | 'status'
      >
    >,
  ): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await manager.createQueryBuilder().insert().into(AssignmentEntity).values(rows).orIgnore().execute();
  }

  listAssignmentsOfProjectForTenants(
    manager: EntityManager,
    projectId: string,
    tenantIds: readonly string[],
  ): Promise<AssignmentEntity[]> {
    return manager
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin('a.tenant', 't')
      .where('a.project_id = :projectId', { projectId })
      .andWhere('a.tenant_id = ANY(:tenantIds::uuid[])', { tenantIds })
      .orderBy('t.code', 'ASC')
      .getMany();
  }

  async updateAssignment(
    manager: EntityManager,
    id: string,
    changes: Partial<AssignmentEntity>,
  ): Promise<void> {
    await manager.getRepository(AssignmentEntity).update({ id }, changes);
  }
}
