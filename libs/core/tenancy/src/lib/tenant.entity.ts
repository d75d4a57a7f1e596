import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TenantLevel } from './tenant-level';

/** A people's congress body (人大机关): a city or county standing committee, a township presidium. */
@Entity('tenant')
@Index('tenant_path_gist_idx', { synchronize: false })
export class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The statistical division code (统计用区划代码): the stable external key. */
  @Index('tenant_code_key', { unique: true })
  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  level!: TenantLevel;

  @Index('tenant_parent_id_idx')
  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => TenantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: TenantEntity;

  /** Codes from the root down (`4103.410302.410302001`): a subtree is one `<@` test. */
  @Column('ltree')
  path!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
