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
import { JointProjectEntity } from './joint-project.entity';

export enum AnnualPlanStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
}

/** The annual supervision plan (年度监督工作计划, 监督法 Art 63): adopted by the chair's council, then frozen. */
@Entity('annual_plan')
@Index('annual_plan_tenant_path_gist_idx', { synchronize: false })
@Index('annual_plan_tenant_id_year_idx', ['tenantId', 'year'])
export class AnnualPlanEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('int')
  year!: number;

  @Column('text')
  title!: string;

  @Column('text')
  status!: AnnualPlanStatus;

  @Column('uuid')
  createdBy!: string;

  @Column('timestamptz', { nullable: true })
  adoptedAt!: Date | null;

  @Column('uuid', { nullable: true })
  adoptedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One project of the annual plan; a joint item becomes one joint project, once. */
@Entity('plan_item')
@Index('plan_item_plan_id_sort_order_idx', ['planId', 'sortOrder'])
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  planId!: string;

  @ManyToOne(() => AnnualPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: AnnualPlanEntity;

  @Column('int')
  sortOrder!: number;

  @Column('text')
  title!: string;

  @Column('boolean')
  isKey!: boolean;

  @Column('boolean')
  isJoint!: boolean;

  @Index('plan_item_joint_project_id_key', { unique: true })
  @Column('uuid', { nullable: true })
  jointProjectId!: string | null;

  @ManyToOne(() => JointProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'joint_project_id' })
  jointProject?: JointProjectEntity;
}
