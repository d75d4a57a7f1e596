import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { DepartmentEntity, Role, TenantOwnedEntity } from '@liandong/tenancy';

/** A person's or a unit's login. Belongs to one tenant; DEPARTMENT accounts also to one department. */
@Entity('account')
@Index('account_tenant_id_idx', ['tenantId'])
export class AccountEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('account_username_key', { unique: true })
  @Column('text')
  username!: string;

  @Column('text')
  displayName!: string;

  /** argon2id, never the password. */
  @Column('text')
  passwordHash!: string;

  @Column('text', { array: true })
  roles!: Role[];

  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  @Column('timestamptz', { nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
