import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from './handoff-part.entity';

/** A rectification report from the department: staged progress, or the final reply (办结报告). */
@Entity('rectification_report')
@Index('rectification_report_handoff_id_idx', ['handoffId'])
export class RectificationReportEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  measures!: string;

  @Column('int')
  percentDone!: number;

  @Column('boolean')
  final!: boolean;

  @Column('uuid')
  byUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

/** The handing-over tenant's verification of a reply (核查): passed closes it out (销号). */
@Entity('verification')
@Index('verification_handoff_id_idx', ['handoffId'])
export class VerificationEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('boolean')
  passed!: boolean;

  @Column('text', { nullable: true })
  opinion!: string | null;

  @Column('uuid')
  byUserId!: string;

  @Column('uuid')
  byTenantId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

/** One step up the escalation ladder (督办); a level is reached once per handoff. */
@Entity('escalation')
@Index('escalation_handoff_id_level_key', ['handoffId', 'level'], { unique: true })
export class EscalationEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('int')
  level!: number;

  @Column('text')
  name!: string;

  /** The tier that carries this step (level 3 is raised to the parent tenant). */
  @Column('uuid')
  tenantId!: string;

  @Column('text')
  reason!: string;

  @Column('boolean')
  automatic!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

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
