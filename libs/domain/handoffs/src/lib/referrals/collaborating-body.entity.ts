import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { CollaboratingBodyKind } from './referral-kinds';

/** A body a tier works with (协同单位): its audit office, discipline commission, court … Retired, never deleted. */
@Entity('collaborating_body')
@Index('collaborating_body_tenant_id_idx', ['tenantId'])
@Index('collaborating_body_tenant_path_gist_idx', { synchronize: false })
export class CollaboratingBodyEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  kind!: CollaboratingBodyKind;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  contact!: string | null;

  /** Set when the tier no longer works with it: it receives no new referral. */
  @Column('timestamptz', { nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
