import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { AnnualPlanStatus } from './annual-plan-status';

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
