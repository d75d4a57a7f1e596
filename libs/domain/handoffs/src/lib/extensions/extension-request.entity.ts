import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from '../handoff-part.entity';

export enum ExtensionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** A department's request for more time (延期申请), decided by the handing-over tenant. */
@Entity('extension_request')
@Index('extension_request_handoff_id_idx', ['handoffId'])
export class ExtensionRequestEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('timestamptz')
  until!: Date;

  @Column('text')
  reason!: string;

  @Column('text')
  status!: ExtensionStatus;

  @Column('uuid')
  requestedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column('text', { nullable: true })
  decidedReason!: string | null;

  @Column('uuid', { nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;
}
