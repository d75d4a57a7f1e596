import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DepartmentKind } from './department-kind';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * A responsible unit (承办单位) of a tenant's own level: its government, court, a bureau. A retired unit keeps
 * its history and its handoffs but receives no new ones; nothing is ever deleted.
 */
@Entity('department')
@Index('department_tenant_id_code_key', ['tenantId', 'code'], { unique: true })
export class DepartmentEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: DepartmentKind;

  @Column('timestamptz', { nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
