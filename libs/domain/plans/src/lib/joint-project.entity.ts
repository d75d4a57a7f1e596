import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TenantEntity } from '@liandong/tenancy';
import type { Unifications } from './unifications';

/** A joint supervision project (联动监督项目) issued by a tenant with one unified plan. */
@Entity('joint_project')
@Index('joint_project_tenant_path_gist_idx', { synchronize: false })
export class JointProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The issuer. */
  @Index('joint_project_tenant_id_idx')
  @Column('uuid')
  tenantId!: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;

  @Column('ltree')
  tenantPath!: string;

  @Column('int')
  year!: number;

  @Column('text')
  title!: string;

  @Column('boolean')
  isKey!: boolean;

  /** The current version; each published revision adds one. */
  @Column('int')
  version!: number;

  @Column('jsonb')
  unifications!: Unifications;

  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
