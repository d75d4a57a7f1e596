import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FindingEntity } from '@liandong/findings';
import { HandoffPartEntity } from '../handoff-part.entity';
import { FindingVerificationResult } from './verification-method';
import { VerificationEntity } from './verification.entity';

/** One finding's result in a verification (逐项核查); a finding's latest result is what counts. */
@Entity('verification_result')
@Index('verification_result_verification_id_idx', ['verificationId'])
@Index('verification_result_handoff_id_idx', ['handoffId'])
export class VerificationResultEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  verificationId!: string;

  @ManyToOne(() => VerificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'verification_id' })
  verification?: VerificationEntity;

  @Column('uuid')
  findingId!: string;

  @ManyToOne(() => FindingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id' })
  finding?: FindingEntity;

  @Column('text')
  result!: FindingVerificationResult;

  @Column('text', { nullable: true })
  opinion!: string | null;

  /** Its place in the verification, from 0. */
  @Column('int')
  position!: number;
}
