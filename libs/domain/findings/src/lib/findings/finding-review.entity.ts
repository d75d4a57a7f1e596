import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { FindingEntity } from './finding.entity';

/** One review decision up the tiers (accept or return), kept forever: who, when, why. */
@Entity('finding_review')
export class FindingReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('finding_review_finding_id_idx')
  @Column('uuid')
  findingId!: string;

  @ManyToOne(() => FindingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id' })
  finding?: FindingEntity;

  @Column('boolean')
  accepted!: boolean;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Index('finding_review_by_user_id_idx')
  @Column('uuid')
  byUserId!: string;

  @Column('uuid')
  byTenantId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
