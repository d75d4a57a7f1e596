import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FindingEntity } from '@liandong/findings';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { HandoffEntity } from '../handoff.entity';
import { CollaboratingBodyEntity } from './collaborating-body.entity';
import { ReferralStatus } from './referral-kinds';

/**
 * A finding or a ledger item referred on to a collaborating body (线索移送) by the tier that owns the row:
 * its reason, the body's receipt number, the outcome, and the closing. Exactly one of finding and handoff.
 */
@Entity('referral')
@Index('referral_tenant_id_status_idx', ['tenantId', 'status'])
@Index('referral_tenant_path_gist_idx', { synchronize: false })
@Check('referral_one_subject_chk', `("finding_id" IS NULL) <> ("handoff_id" IS NULL)`)
export class ReferralEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('referral_body_id_idx')
  @Column('uuid')
  bodyId!: string;

  @ManyToOne(() => CollaboratingBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id' })
  body?: CollaboratingBodyEntity;

  @Index('referral_finding_id_idx')
  @Column('uuid', { nullable: true })
  findingId!: string | null;

  @ManyToOne(() => FindingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id' })
  finding?: FindingEntity;

  @Index('referral_handoff_id_idx')
  @Column('uuid', { nullable: true })
  handoffId!: string | null;

  @ManyToOne(() => HandoffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handoff_id' })
  handoff?: HandoffEntity;

  @Column('text')
  reason!: string;

  @Column('text')
  status!: ReferralStatus;

  /** The body's own number for it (接收文号). */
  @Column('text', { nullable: true })
  receiptNo!: string | null;

  @Column('date', { nullable: true })
  receivedOn!: string | null;

  /** What the body decided (办理结果). */
  @Column('text', { nullable: true })
  outcome!: string | null;

  @Column('date', { nullable: true })
  decidedOn!: string | null;

  @Column('uuid')
  sentBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
