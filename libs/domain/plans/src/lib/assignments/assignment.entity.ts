import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { AssignmentStatus } from './assignment-status';
import { JointProjectEntity } from '../joint-projects/joint-project.entity';

/** A project published to one tenant (任务分派). */
@Entity('assignment')
@Index('assignment_project_id_tenant_id_key', ['projectId', 'tenantId'], { unique: true })
@Index('assignment_tenant_path_gist_idx', { synchronize: false })
@Index('assignment_tenant_id_idx', ['tenantId'])
export class AssignmentEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => JointProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: JointProjectEntity;

  @Column('text')
  status!: AssignmentStatus;

  /** The tenant that published it: the issuer, or a county cascading the work on. */
  @Column('uuid')
  publishedByTenantId!: string;

  @Column('uuid', { nullable: true })
  parentAssignmentId!: string | null;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_assignment_id' })
  parentAssignment?: AssignmentEntity;

  @Column('timestamptz', { nullable: true })
  acknowledgedAt!: Date | null;

  @Column('int', { nullable: true })
  acknowledgedVersion!: number | null;

  /** The summary report (总结报告) last submitted, for the publisher to accept or return. */
  @Column('text', { nullable: true })
  summary!: string | null;

  @Column('timestamptz', { nullable: true })
  summarySubmittedAt!: Date | null;

  /** Why the publisher last returned the summary. */
  @Column('text', { nullable: true })
  summaryReturnReason!: string | null;

  /** When the publisher accepted the summary and the assignment closed. */
  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
