import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import type { Unifications } from './unifications';

/** A joint supervision project (联动监督项目) issued by a tenant with one unified plan. */
@Entity('joint_project')
@Index('joint_project_tenant_path_gist_idx', { synchronize: false })
@Index('joint_project_tenant_id_idx', ['tenantId'])
export class JointProjectEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

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
