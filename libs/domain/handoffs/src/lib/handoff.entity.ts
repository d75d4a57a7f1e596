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

/** A handoff (交办): findings of one project handed by the owning tenant to one of its departments with a deadline; one ledger item. */
@Entity('handoff')
@Index('handoff_tenant_path_gist_idx', { synchronize: false })
@Index('handoff_status_deadline_idx', ['status', 'deadline'])
@Index('handoff_tenant_id_idx', ['tenantId'])
export class HandoffEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('handoff_project_id_idx')
  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => JointProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: JointProjectEntity;

  @Index('handoff_department_id_idx')
  @Column('uuid')
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

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
