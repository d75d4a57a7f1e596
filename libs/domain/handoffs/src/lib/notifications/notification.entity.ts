import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CommitteeEntity } from '@liandong/tenancy';

/**
 * An in-app notice to a tenant's office, to one of its committees or to a department. `dedupeKey` makes re-run
 * jobs harmless.
 */
@Entity('notification')
@Index('notification_recipient_idx', ['tenantId', 'departmentId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  tenantId!: string;

  /** Set when the notice is for a department's accounts rather than the tenant's office. */
  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  /** Set when the notice is for one committee's staff (pressed by the 统筹办) rather than the whole office. */
  @Column('uuid', { nullable: true })
  committeeId!: string | null;

  @ManyToOne(() => CommitteeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'committee_id' })
  committee?: CommitteeEntity;

  @Column('text')
  kind!: string;

  @Column('text')
  message!: string;

  @Column('uuid', { nullable: true })
  handoffId!: string | null;

  @Index('notification_dedupe_key_key', { unique: true })
  @Column('text')
  dedupeKey!: string;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
