import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

/** A responsible unit (承办单位) of a tenant's own level: its government, court, a bureau. */
@Entity('department')
@Index('department_tenant_id_code_key', ['tenantId', 'code'], { unique: true })
export class DepartmentEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
