import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Db } from '@liandong/db';
import { ParticipationStatus, ParticipationTargetKind } from './participation-kinds';
import { DeputyParticipationEntity } from './deputy-participation.entity';

export type NewParticipation = Pick<
  DeputyParticipationEntity,
  'tenantId' | 'tenantPath' | 'deputyId' | 'targetKind' | 'targetId' | 'status' | 'role' | 'invitedBy'
>;

/** A participation with what it was for, as the caller sees the target: its title and day. */
export interface ParticipationRecord {
  participation: DeputyParticipationEntity;
  targetTitle: string | null;
  targetAt: Date | null;
}

/** Named counts of deputies on activities: named, and not absent. */
export interface ActivityDeputyCount {
  activityId: string;
  named: number;
  present: number;
}

/** Deputies' participations; row-level security applies to every read. */
@Injectable()
export class ParticipationRepository {
  constructor(private readonly db: Db) {}

  /** Names the deputies for the target; a deputy named already keeps its row (inviting twice is harmless). */
  async insertMissing(manager: EntityManager, rows: readonly NewParticipation[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await manager
      .createQueryBuilder()
      .insert()
      .into(DeputyParticipationEntity)
      .values(rows.map((row) => ({ ...row, note: null, recordedAt: null })))
      .orIgnore()
      .execute();
  }

  ofTarget(
    kind: ParticipationTargetKind,
    targetId: string,
    manager?: EntityManager,
  ): Promise<DeputyParticipationEntity[]> {
    return (manager ?? this.db.manager)
      .getRepository(DeputyParticipationEntity)
      .find({ where: { targetKind: kind, targetId }, order: { invitedAt: 'ASC', id: 'ASC' } });
  }

  ofTargets(
    kind: ParticipationTargetKind,
    targetIds: readonly string[],
  ): Promise<DeputyParticipationEntity[]> {
    return this.db.repository(DeputyParticipationEntity).find({
      where: { targetKind: kind, targetId: In([...targetIds]) },
      order: { invitedAt: 'ASC', id: 'ASC' },
    });
  }

  lock(manager: EntityManager, id: string): Promise<DeputyParticipationEntity | null> {
    return manager
      .getRepository(DeputyParticipationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    status: ParticipationStatus,
    recordedAt: Date,
  ): Promise<void> {
    await manager.getRepository(DeputyParticipationEntity).update({ id }, { status, recordedAt });
  }

  /** The participations of these deputies, newest first, each with its target's title and time. */
  async ofDeputies(deputyIds: readonly string[]): Promise<ParticipationRecord[]> {
    const participations = await this.db
      .repository(DeputyParticipationEntity)
      .find({ where: { deputyId: In([...deputyIds]) }, order: { invitedAt: 'DESC', id: 'DESC' } });
    if (participations.length === 0) {
      return [];
    }
    const targets: Array<{ id: string; title: string | null; at: Date | null }> = await this.db.manager.query(
      `SELECT p.id, COALESCE(a.summary, h.title, h.letter_no, ap.title) AS title,
              COALESCE(a.starts_at, h.issued_at, ap.held_on::timestamptz) AS at
         FROM deputy_participation p
         LEFT JOIN activity a ON p.target_kind = 'ACTIVITY' AND a.id = p.target_id
         LEFT JOIN handoff h ON p.target_kind = 'VERIFICATION' AND h.id = p.target_id
         LEFT JOIN appraisal ap ON p.target_kind = 'APPRAISAL' AND ap.id = p.target_id
        WHERE p.id = ANY($1::uuid[])`,
      [participations.map((row) => row.id)],
    );
    const byId = new Map(targets.map((target) => [target.id, target]));
    return participations.map((participation) => ({
      participation,
      targetTitle: byId.get(participation.id)?.title ?? null,
      targetAt: byId.get(participation.id)?.at ?? null,
    }));
  }

  /** For each deputy, how many times it attended. */
  async attendedCounts(deputyIds: readonly string[]): Promise<Array<{ deputyId: string; count: number }>> {
    const rows: Array<{ deputy_id: string; count: string }> = await this.db.manager.query(
      `SELECT deputy_id, count(*) AS count FROM deputy_participation
        WHERE deputy_id = ANY($1::uuid[]) AND status = 'ATTENDED' GROUP BY deputy_id`,
      [[...deputyIds]],
    );
    return rows.map((row) => ({ deputyId: row.deputy_id, count: Number(row.count) }));
  }

  /** For each activity with named deputies: how many, and how many are not absent. */
  async activityCounts(activityIds: readonly string[]): Promise<ActivityDeputyCount[]> {
    const rows: Array<{ target_id: string; named: string; present: string }> = await this.db.manager.query(
      `SELECT target_id, count(*) AS named, count(*) FILTER (WHERE status <> 'ABSENT') AS present
         FROM deputy_participation
        WHERE target_kind = 'ACTIVITY' AND target_id = ANY($1::uuid[]) GROUP BY target_id`,
      [[...activityIds]],
    );
    return rows.map((row) => ({
      activityId: row.target_id,
      named: Number(row.named),
      present: Number(row.present),
    }));
  }
}
