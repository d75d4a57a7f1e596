import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Db } from '@liandong/db';
import { SHANGHAI } from '@liandong/time';
import { HandoffEntity } from '../handoff.entity';
import { ReviewOpinionEntity } from './review-opinion.entity';
import { SessionReportEntity } from './session-report.entity';
import { SessionEntity } from './session.entity';

export type NewSession = Pick<
  SessionEntity,
  'tenantId' | 'tenantPath' | 'kind' | 'number' | 'heldOn' | 'title' | 'recordedBy'
>;
export type NewSessionReport = Pick<
  SessionReportEntity,
  'tenantId' | 'tenantPath' | 'sessionId' | 'position' | 'title' | 'planItemId' | 'departmentId'
>;
export type NewReviewOpinion = Pick<
  ReviewOpinionEntity,
  | 'tenantId'
  | 'tenantPath'
  | 'sessionId'
  | 'reportId'
  | 'kind'
  | 'departmentId'
  | 'leadCommitteeId'
  | 'letterNo'
  | 'title'
  | 'deadline'
  | 'issuedBy'
>;

/** Sessions, the reports they deliberated and the opinions they sent; row-level security applies to all. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly db: Db) {}

  async insertSession(
    manager: EntityManager,
    session: NewSession,
    reports: ReadonlyArray<Omit<NewSessionReport, 'tenantId' | 'tenantPath' | 'sessionId' | 'position'>>,
  ): Promise<SessionEntity> {
    const sessions = manager.getRepository(SessionEntity);
    const saved = await sessions.save(sessions.create(session));
    if (reports.length > 0) {
      const rows = manager.getRepository(SessionReportEntity);
      await rows.save(
        reports.map((report, position) =>
          rows.create({
            ...report,
            tenantId: session.tenantId,
            tenantPath: session.tenantPath,
            sessionId: saved.id,
            position,
          }),
        ),
      );
    }
    return saved;
  }

  findSession(id: string): Promise<SessionEntity | null> {
    return this.db.repository(SessionEntity).findOneBy({ id });
  }

  findSessions(ids: readonly string[]): Promise<SessionEntity[]> {
    return this.db.repository(SessionEntity).findBy({ id: In([...ids]) });
  }

  /** The sessions held in the subtree at `scopePath`, in a year on the Beijing calendar when given, newest first. */
  async listSessions(scopePath: string, year: number | null): Promise<SessionEntity[]> {
    const query = this.db
      .repository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.tenant_path <@ :scopePath::ltree', { scopePath })
      .orderBy('s.held_on', 'DESC')
      .addOrderBy('s.number', 'DESC');
    if (year !== null) {
      query.andWhere(`date_part('year', s.held_on AT TIME ZONE :zone) = :year`, { zone: SHANGHAI, year });
    }
    return query.getMany();
  }

  reportsOf(sessionIds: readonly string[]): Promise<SessionReportEntity[]> {
    return this.db
      .repository(SessionReportEntity)
      .find({ where: { sessionId: In([...sessionIds]) }, order: { position: 'ASC' } });
  }

  findReports(ids: readonly string[]): Promise<SessionReportEntity[]> {
    return this.db.repository(SessionReportEntity).findBy({ id: In([...ids]) });
  }

  /** Which of these plan items belong to an annual plan of the tenant. */
  async ownPlanItems(ids: readonly string[], tenantId: string): Promise<Set<string>> {
    if (ids.length === 0) {
      return new Set();
    }
    const rows: Array<{ id: string }> = await this.db.manager.query(
      `SELECT pi.id FROM plan_item pi JOIN annual_plan ap ON ap.id = pi.plan_id
        WHERE pi.id = ANY($1::uuid[]) AND ap.tenant_id = $2`,
      [ids, tenantId],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The next opinion number of a tenant's year, under the tenant's lock for it. */
  async nextOpinionSequence(manager: EntityManager, tenantId: string, year: number): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`review-opinion-${tenantId}`]);
    const [row] = await manager.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM review_opinion
        WHERE tenant_id = $1 AND date_part('year', issued_at AT TIME ZONE $3) = $2`,
      [tenantId, year, SHANGHAI],
    );
    return (row?.n ?? 0) + 1;
  }

  async insertOpinion(manager: EntityManager, opinion: NewReviewOpinion): Promise<ReviewOpinionEntity> {
    const opinions = manager.getRepository(ReviewOpinionEntity);
    return opinions.save(opinions.create(opinion));
  }

  findOpinion(id: string): Promise<ReviewOpinionEntity | null> {
    return this.db.repository(ReviewOpinionEntity).findOneBy({ id });
  }

  findOpinions(ids: readonly string[]): Promise<ReviewOpinionEntity[]> {
    return this.db.repository(ReviewOpinionEntity).findBy({ id: In([...ids]) });
  }

  lockOpinion(manager: EntityManager, id: string): Promise<ReviewOpinionEntity | null> {
    return manager
      .getRepository(ReviewOpinionEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  opinionsOfSessions(sessionIds: readonly string[]): Promise<ReviewOpinionEntity[]> {
    return this.db
      .repository(ReviewOpinionEntity)
      .find({ where: { sessionId: In([...sessionIds]) }, order: { issuedAt: 'ASC', letterNo: 'ASC' } });
  }

  /** The ledger items of the opinions, in their order. */
  itemsOf(opinionIds: readonly string[]): Promise<HandoffEntity[]> {
    return this.db
      .repository(HandoffEntity)
      .find({ where: { opinionId: In([...opinionIds]) }, order: { letterNo: 'ASC' } });
  }

  async recordResponse(
    manager: EntityManager,
    id: string,
    response: Pick<ReviewOpinionEntity, 'response' | 'respondedAt' | 'respondedBy'>,
  ): Promise<void> {
    await manager.getRepository(ReviewOpinionEntity).update({ id }, response);
  }
}
