import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from '../handoff-part.entity';

/** A rectification report from the department: staged progress, or the final reply (办结报告). */
@Entity('rectification_report')
@Index('rectification_report_handoff_id_idx', ['handoffId'])
export class RectificationReportEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  measures!: string;

  @Column('int')
  percentDone!: number;

  @Column('boolean')
  final!: boolean;

  @Column('uuid')
  byUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
