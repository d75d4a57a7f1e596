import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AssignmentEntity, JointProjectEntity } from '@liandong/plans';
import { DepartmentEntity, TenantOwnedEntity } from '@liandong/tenancy';
import { ActivityEntity } from '../activities/activity.entity';
import { FindingSource, FindingStatus, Severity } from './finding-status';

/** A problem found in supervision (问题). Owned by the tenant that reported it. */
@Entity('finding')
@Index('finding_tenant_path_gist_idx', { synchronize: false })
@Index('finding_text_trgm_idx', { synchronize: false })
@Index('finding_project_id_status_idx', ['projectId', 'status'])
@Index('finding_reported_at_id_idx', ['reportedAt', 'id'])
@Index('finding_tenant_id_idx', ['tenantId'])
export class FindingEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => JointProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: JointProjectEntity;

  @Index('finding_assignment_id_idx')
  @Column('uuid')
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: AssignmentEntity;

  /** The version of the unified plan it was reported under; later revisions do not move it. */
  @Column('int', { default: 1 })
  projectVersion!: number;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column('text')
  methodCode!: string;

  @Column('text', { nullable: true })
  checklistCode!: string | null;

  @Column('text')
  category!: string;

  @Column('text')
  severity!: Severity;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('text')
  status!: FindingStatus;

  /** 问题来源: own supervision unless it came from an audit report, a complaint or a deputy. */
  @Column('text', { default: FindingSource.OWN_SUPERVISION })
  source!: FindingSource;

  @Index('finding_department_id_idx')
  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  /**
   * The handoff holding it. No foreign key here: handoffs sit downstream of findings in the dependency
   * order, and the handoff service is the only writer of this column.
   */
  @Index('finding_handoff_id_idx')
  @Column('uuid', { nullable: true })
  handoffId!: string | null;

  @Column('uuid')
  reportedBy!: string;

  /** The activity it was found in, when recorded. */
  @Index('finding_activity_id_idx')
  @Column('uuid', { nullable: true })
  activityId!: string | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id' })
  activity?: ActivityEntity;

  /** Hidden from department accounts until handed over (copied from a covert activity). */
  @Column('boolean', { default: false })
  covert!: boolean;

  /** Set on a MERGED finding: the one that stands for it. */
  @Index('finding_canonical_id_idx')
  @Column('uuid', { nullable: true })
  canonicalId!: string | null;

  @ManyToOne(() => FindingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'canonical_id' })
  canonical?: FindingEntity;

  /** 屡改屡犯: the same problem was closed before for the same department. */
  @Column('boolean', { default: false })
  recurrence!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Millisecond precision so keyset cursors, which travel as JavaScript dates, compare exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  reportedAt!: Date;
}
