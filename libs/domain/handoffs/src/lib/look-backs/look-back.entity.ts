import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from '../handoff-part.entity';

/** A look-back (回头看) scheduled when an item is closed out. */
@Entity('look_back')
@Index('look_back_due_at_idx', ['dueAt'])
@Index('look_back_handoff_id_idx', ['handoffId'])
export class LookBackEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('timestamptz')
  dueAt!: Date;

  @Column('timestamptz', { nullable: true })
  doneAt!: Date | null;

  @Column('boolean', { nullable: true })
  relapsed!: boolean | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { nullable: true })
  doneBy!: string | null;
}
