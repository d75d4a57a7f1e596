import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from '../handoff-part.entity';

/** The handing-over tenant's verification of a reply (核查): passed closes it out (销号). */
@Entity('verification')
@Index('verification_handoff_id_idx', ['handoffId'])
export class VerificationEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('boolean')
  passed!: boolean;

  @Column('text', { nullable: true })
  opinion!: string | null;

  @Column('uuid')
  byUserId!: string;

  @Column('uuid')
  byTenantId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
