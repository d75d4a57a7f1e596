import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from '../handoff-part.entity';

/** A stage of a long-term item (阶段性整改): the handing-over tenant sets the dates, the department marks them done. */
@Entity('handoff_milestone')
@Index('handoff_milestone_handoff_id_name_key', ['handoffId', 'name'], { unique: true })
export class HandoffMilestoneEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('int')
  position!: number;

  @Column('text')
  name!: string;

  @Column('timestamptz')
  dueAt!: Date;

  @Column('timestamptz', { nullable: true })
  doneAt!: Date | null;
}
