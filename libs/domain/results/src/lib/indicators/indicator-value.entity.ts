import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { JointProjectEntity } from '@liandong/plans';
import { TenantOwnedEntity } from '@liandong/tenancy';

/**
 * One actual value of a unified indicator (统一效果) entered by a tier for a project, with where it comes from
 * and the day it was measured. Never changed: a new value is a new row, and the latest one counts.
 */
@Entity('indicator_value')
@Index('indicator_value_tenant_path_gist_idx', { synchronize: false })
@Index('indicator_value_project_code_idx', ['projectId', 'code', 'tenantId'])
export class IndicatorValueEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => JointProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: JointProjectEntity;

  @Column('text')
  code!: string;

  @Column('double precision')
  value!: number;

  /** 来源, e.g. 统计局年报 */
  @Column('text')
  source!: string;

  /** The day measured, YYYY-MM-DD in Asia/Shanghai. */
  @Column('date')
  measuredOn!: string;

  /** The milestone (阶段) the value is reported at, by the scheme's milestone name. */
  @Column('text', { nullable: true })
  milestone!: string | null;

  @Column('uuid')
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  recordedAt!: Date;
}
