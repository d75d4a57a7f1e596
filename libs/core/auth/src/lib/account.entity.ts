import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CommitteeEntity, DepartmentEntity, Role, TenantOwnedEntity } from '@liandong/tenancy';

/**
 * A person's or a unit's login. Belongs to one tenant; DEPARTMENT accounts also to one department, staff may
 * belong to one committee. Never deleted: someone who left is disabled.
 */
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

  /** The committee a member of staff works in (财经委, 统筹办 …): it narrows the joint projects they see. */
  @Index('account_committee_id_idx')
  @Column('uuid', { nullable: true })
  committeeId!: string | null;

  @ManyToOne(() => CommitteeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'committee_id' })
  committee?: CommitteeEntity | null;

  @Column('timestamptz', { nullable: true })
  disabledAt!: Date | null;

  /** Set when an administrator issued the password: every operation but changing it is refused until then. */
  @Column('boolean', { default: false })
  mustChangePassword!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
