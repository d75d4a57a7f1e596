import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './tenant.entity';

/**
 * What every tenant-owned row carries: its tenant and that tenant's path, so "this subtree" is one indexed
 * `tenant_path <@ scope` test. Each table declares its own indexes on them.
 */
export abstract class TenantOwnedEntity {
  @Column('uuid')
  tenantId!: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;

  @Column('ltree')
  tenantPath!: string;
}
