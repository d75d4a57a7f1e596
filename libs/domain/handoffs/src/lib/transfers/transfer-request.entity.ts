import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from '../handoff-part.entity';

/** A department handing an item back as not theirs (退办), and the reassignment that followed. */
@Entity('transfer_request')
@Index('transfer_request_handoff_id_idx', ['handoffId'])
export class TransferRequestEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  fromDepartmentId!: string;

  @Column('text')
  reason!: string;

  @Column('uuid')
  requestedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column('uuid', { nullable: true })
  toDepartmentId!: string | null;

  @Column('uuid', { nullable: true })
  reassignedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  reassignedAt!: Date | null;
}
