import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { DeputyLevel, DeputyStatus } from './deputy-kinds';

/**
 * A deputy on the roster of the tier that owns the row (代表名册). A county's roster also lists the provincial
 * and national deputies who live and act there, hence the level. No phone or ID numbers are kept.
 */
@Entity('deputy')
@Index('deputy_tenant_path_gist_idx', { synchronize: false })
@Index('deputy_tenant_id_name_level_term_key', ['tenantId', 'name', 'level', 'term'], { unique: true })
export class DeputyEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  level!: DeputyLevel;

  /** 选区 or 代表团. */
  @Column('text')
  constituency!: string;

  /** 届次, e.g. 第十六届. */
  @Column('text')
  term!: string;

  @Column('date')
  termStartsOn!: string;

  @Column('date')
  termEndsOn!: string;

  /** 工作单位及职务. */
  @Column('text')
  workplace!: string;

  @Column('text')
  status!: DeputyStatus;

  /** Why the deputy left (终止代表资格的原因). */
  @Column('text', { nullable: true })
  leftReason!: string | null;

  @Column('timestamptz', { nullable: true })
  leftAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
