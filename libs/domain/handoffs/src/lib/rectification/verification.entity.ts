import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from '../handoff-part.entity';
import { VerificationMethod } from './verification-method';

/** A verifier named on a verification: a person, and whether a deputy (人大代表). */
export interface Verifier {
  name: string;
  deputy: boolean;
}

/**
 * The handing-over tenant's verification of a reply (核查): how, by whom, and each finding's result (in
 * `verification_result`); when every finding has passed it closes out (销号). A yes/no verification has no
 * method and no verifiers.
 */
@Entity('verification')
@Index('verification_handoff_id_idx', ['handoffId'])
export class VerificationEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Whether it closed the handoff out (销号); the rounds after the last such one are what counts now. */
  @Column('boolean')
  passed!: boolean;

  @Column('text', { nullable: true })
  opinion!: string | null;

  @Column('text', { nullable: true })
  method!: VerificationMethod | null;

  @Column('jsonb')
  verifiers!: Verifier[];

  @Column('uuid')
  byUserId!: string;

  @Column('uuid')
  byTenantId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
