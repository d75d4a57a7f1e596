import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { FindingEntity } from '@liandong/findings';
import { DEFAULT_LADDER, LadderSettings } from './escalations/escalation-ladder';
import { EscalationLadderEntity } from './escalations/escalation-ladder.entity';
import { EscalationEntity } from './escalations/escalation.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { RectificationReportEntity } from './rectification/rectification-report.entity';
import { VerificationEntity } from './rectification/verification.entity';
import { HandoffStatus } from './handoff-status';
import { HandoffEntity } from './handoff.entity';

@Injectable()
export class HandoffsRepository {
  constructor(
    @InjectRepository(HandoffEntity) private readonly handoffs: Repository<HandoffEntity>,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
  ) {}

  findById(id: string): Promise<HandoffEntity | null> {
    return this.handoffs.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<HandoffEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.handoffs.findBy({ id: In([...ids]) });
  }

  lock(manager: EntityManager, id: string): Promise<HandoffEntity | null> {
    return manager
      .getRepository(HandoffEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether any finding of the handoff was reported inside the scope (so its reporter may follow it). */
  async holdsFindingIn(handoffId: string, scopePath: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.handoffs.manager).query(
      'SELECT 1 FROM finding WHERE handoff_id = $1 AND tenant_path <@ $2::ltree LIMIT 1',
      [handoffId, scopePath],
    );
    return rows.length > 0;
  }

  findingsOf(handoffIds: readonly string[]): Promise<FindingEntity[]> {
    if (handoffIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.handoffs.manager
      .getRepository(FindingEntity)
      .createQueryBuilder('f')
      .where('f.handoff_id = ANY(:ids::uuid[])', { ids: handoffIds })
      .orderBy('f.reported_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
  }

  /** The next letter number of a tenant's year; callers hold the tenant's advisory lock. */
  async nextLetterSequence(manager: EntityManager, tenantId: string, year: number): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`handoff-letter-${tenantId}`]);
    const [row] = await manager.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM handoff
        WHERE tenant_id = $1 AND date_part('year', issued_at AT TIME ZONE 'Asia/Shanghai') = $2`,
      [tenantId, year],
    );
    return (row?.n ?? 0) + 1;
  }

  insert(manager: EntityManager, handoff: Partial<HandoffEntity>): Promise<HandoffEntity> {
    const repository = manager.getRepository(HandoffEntity);
    return repository.save(repository.create(handoff));
  }

  async update(manager: EntityManager, id: string, changes: Partial<HandoffEntity>): Promise<void> {
    await manager.getRepository(HandoffEntity).update({ id }, changes);
  }

  async insertReport(
    manager: EntityManager,
    report: Omit<RectificationReportEntity, 'id' | 'at' | 'handoff'>,
  ): Promise<void> {
    await manager.getRepository(RectificationReportEntity).insert(report);
  }

  async insertVerification(
    manager: EntityManager,
    verification: Omit<VerificationEntity, 'id' | 'at' | 'handoff'>,
  ): Promise<void> {
    await manager.getRepository(VerificationEntity).insert(verification);
  }

  /** Records an escalation step; false when that level was already reached (the step happens once). */
  async insertEscalation(
    manager: EntityManager,
    step: Omit<EscalationEntity, 'id' | 'at' | 'handoff'>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(EscalationEntity)
      .values(step)
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  escalationAt(handoffId: string, level: number): Promise<EscalationEntity | null> {
    return this.handoffs.manager.getRepository(EscalationEntity).findOneBy({ handoffId, level });
  }

  async notify(
    manager: EntityManager,
    notice: Omit<NotificationEntity, 'id' | 'createdAt' | 'readAt'>,
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(NotificationEntity).values(notice).orIgnore().execute();
  }

  /** Open handoffs whose deadline has passed and that have not reached the automatic level yet. */
  /** The tenant's own ladder, or the default one. */
  async ladderOf(manager: EntityManager, tenantId: string): Promise<LadderSettings> {
    const own = await manager.getRepository(EscalationLadderEntity).findOneBy({ tenantId });
    return own
      ? { level2AfterDays: own.level2AfterDays, level3AfterDays: own.level3AfterDays }
      : DEFAULT_LADDER;
  }

  async dueForEscalation(now: Date, level: number, limit = 500): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.handoffs.query(
      `SELECT id FROM handoff WHERE status <> $1 AND deadline <= $2 AND escalation_level < $3
        ORDER BY deadline LIMIT $4`,
      [HandoffStatus.CLOSED, now, level, limit],
    );
    return rows.map((row) => row.id);
  }

  async unreadCount(recipient: { tenantId: string; departmentId: string | null }): Promise<number> {
    const [row] = await this.notifications.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notification
        WHERE tenant_id = $1 AND department_id IS NOT DISTINCT FROM $2 AND read_at IS NULL`,
      [recipient.tenantId, recipient.departmentId],
    );
    return row?.n ?? 0;
  }

  listNotifications(
    recipient: { tenantId: string; departmentId: string | null },
    unreadOnly: boolean,
  ): Promise<NotificationEntity[]> {
    const query = this.notifications
      .createQueryBuilder('n')
      .where('n.tenant_id = :tenantId', { tenantId: recipient.tenantId })
      .orderBy('n.created_at', 'DESC')
      .take(200);
    if (recipient.departmentId) {
      query.andWhere('n.department_id = :departmentId', { departmentId: recipient.departmentId });
    } else {
      query.andWhere('n.department_id IS NULL');
    }
    if (unreadOnly) {
      query.andWhere('n.read_at IS NULL');
    }
    return query.getMany();
  }

  findNotification(id: string): Promise<NotificationEntity | null> {
    return this.notifications.findOneBy({ id });
  }

  /** Keeps the first time it was read. */
  async markNotificationRead(id: string, at: Date): Promise<void> {
    await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'coalesce(read_at, :readAt)' })
      .where('id = :id', { id, readAt: at })
      .execute();
  }
}
