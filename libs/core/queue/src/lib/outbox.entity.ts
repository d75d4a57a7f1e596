import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Work a transaction decided on, written in that same transaction and relayed to BullMQ afterwards,
 * so a crash or a Redis outage between the two loses nothing.
 */
@Entity('outbox')
@Index('outbox_pending_idx', ['id'], { where: 'relayed_at IS NULL' })
@Index('outbox_unfinished_idx', ['id'], { where: 'relayed_at IS NOT NULL AND completed_at IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text')
  queue!: string;

  @Column('text')
  name!: string;

  /** Deterministic: the same decision always makes the same BullMQ job id, so a repeat adds nothing. */
  @Index('outbox_job_id_key', { unique: true })
  @Column('text')
  jobId!: string;

  @Column('jsonb')
  payload!: Record<string, unknown>;

  @Column('timestamptz', { nullable: true })
  runAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  relayedAt!: Date | null;

  /** Set once the worker has run the job; until then the reconciler checks that Redis still holds it. */
  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;
}
