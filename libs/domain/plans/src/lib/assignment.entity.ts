import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TenantEntity } from '@liandong/tenancy';
import { AssignmentStatus } from './assignment-status';
import { JointProjectEntity } from './joint-project.entity';

/** A project published to one tenant (任务分派). */
@Entity('assignment')
@Index('assignment_project_id_tenant_id_key', ['projectId', 'tenantId'], { unique: true })
@Index('assignment_tenant_path_gist_idx', { synchronize: false })
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => JointProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: JointProjectEntity;

  @Index('assignment_tenant_id_idx')
  @Column('uuid')
  tenantId!: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;

  @Column('ltree')
  tenantPath!: string;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
