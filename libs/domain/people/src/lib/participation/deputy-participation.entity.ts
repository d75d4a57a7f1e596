import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { DeputyEntity } from '../deputies/deputy.entity';
import { ParticipationStatus, ParticipationTargetKind } from './participation-kinds';

/**
 * A deputy named for an activity, a verification or an appraisal by the tier that owns it (the row's
 * tenant), and whether the deputy attended. One row per deputy and target.
 */
@Entity('deputy_participation')
@Index('deputy_participation_tenant_path_gist_idx', { synchronize: false })
@Index('deputy_participation_target_deputy_key', ['targetKind', 'targetId', 'deputyId'], { unique: true })
export class DeputyParticipationEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('deputy_participation_deputy_id_idx')
  @Column('uuid')
  deputyId!: string;

  @ManyToOne(() => DeputyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id' })
  deputy?: DeputyEntity;

  @Column('text')
  targetKind!: ParticipationTargetKind;

  @Column('uuid')
  targetId!: string;

  @Column('text')
  status!: ParticipationStatus;

  @Column('text', { nullable: true })
  role!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid')
  invitedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  invitedAt!: Date;

  @Column('timestamptz', { nullable: true })
  recordedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
