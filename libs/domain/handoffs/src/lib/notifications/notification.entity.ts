import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app notice to a tenant's office or to a department. `dedupeKey` makes re-run jobs harmless. */
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
