import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DepartmentEntity, TenantOwnedEntity } from '@liandong/tenancy';
import { ExpertStatus } from './expert-kinds';

/** An expert of a tier's pool (专家库): fields, organisation, title, term and status. Never deleted. */
@Entity('expert')
@Index('expert_tenant_id_status_idx', ['tenantId', 'status'])
@Index('expert_tenant_path_gist_idx', { synchronize: false })
@Check('expert_term_chk', `"term_ends_on" >= "term_starts_on"`)
export class ExpertEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** 领域: from the catalogue or free entries. */
  @Column('text', { array: true })
  fields!: string[];

  /** 工作单位. */
  @Column('text')
  organisation!: string;

  /** Set when the organisation is one of the tier's own departments or units. */
  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  /** 职称. */
  @Column('text', { nullable: true })
  title!: string | null;

  @Column('date')
  termStartsOn!: string;

  @Column('date')
  termEndsOn!: string;

  @Column('text')
  status!: ExpertStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
