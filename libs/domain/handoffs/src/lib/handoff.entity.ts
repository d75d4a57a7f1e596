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
import { JointProjectEntity } from '@liandong/plans';
import { DepartmentEntity, TenantOwnedEntity } from '@liandong/tenancy';
import { HandoffStatus } from './handoff-status';
import { LedgerItemKind } from './ledger-item-kind';
import { ReviewOpinionEntity } from './sessions/review-opinion.entity';

/**
 * One ledger item (台账事项), handed by the owning tenant to one of its units with a deadline: findings of one
 * project (交办, kind FINDINGS), or one item of a session's review opinion or resolution (no project; its text
 * in `title`).
 */
@Entity('handoff')
@Index('handoff_tenant_path_gist_idx', { synchronize: false })
@Index('handoff_status_deadline_idx', ['status', 'deadline'])
@Index('handoff_tenant_id_idx', ['tenantId'])
export class HandoffEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { default: LedgerItemKind.FINDINGS })
  kind!: LedgerItemKind;

  @Index('handoff_project_id_idx')
  @Column('uuid', { nullable: true })
  projectId!: string | null;

  @ManyToOne(() => JointProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: JointProjectEntity;

  @Index('handoff_department_id_idx')
  @Column('uuid')
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  /** An opinion or resolution item's own text; null for findings, which carry their own titles. */
  @Column('text', { nullable: true })
  title!: string | null;

  @Index('handoff_opinion_id_idx')
  @Column('uuid', { nullable: true })
  opinionId!: string | null;

  @ManyToOne(() => ReviewOpinionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opinion_id' })
  opinion?: ReviewOpinionEntity;

  /** 交办函号 */
  @Column('text')
  letterNo!: string;

  @Column('timestamptz')
  deadline!: Date;

  @Column('text')
  status!: HandoffStatus;

  @Column('int', { default: 0 })
  escalationLevel!: number;

  @Column('uuid')
  issuedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  issuedAt!: Date;

  @Column('timestamptz', { nullable: true })
  signedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  repliedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
