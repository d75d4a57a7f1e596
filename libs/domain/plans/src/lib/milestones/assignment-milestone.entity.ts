import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AssignmentEntity } from '../assignments/assignment.entity';

/** A milestone of the unified scheme marked done by the assigned tenant. */
@Entity('assignment_milestone')
@Index('assignment_milestone_assignment_id_name_key', ['assignmentId', 'name'], { unique: true })
export class AssignmentMilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: AssignmentEntity;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid')
  submittedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt!: Date;
}
