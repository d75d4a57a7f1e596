import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CommitteeEntity, TenantOwnedEntity } from '@liandong/tenancy';
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

  /** The committee that leads the project (牵头委室); its staff see and work it. Unset: the whole office. */
  @Index('joint_project_lead_committee_id_idx')
  @Column('uuid', { nullable: true })
  leadCommitteeId!: string | null;

  @ManyToOne(() => CommitteeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_committee_id' })
  leadCommittee?: CommitteeEntity;

  @Column('uuid')
  createdBy!: string;

  /** Set when its last assignment closes (see AssignmentClosingService). */
  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
