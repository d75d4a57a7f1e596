import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from '../handoff-part.entity';

export enum EvaluationScheme {
  THREE_GRADE = 'THREE_GRADE',
  BINARY = 'BINARY',
  SCORE_100 = 'SCORE_100',
}

export enum EvaluationResult {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  UNSATISFIED = 'UNSATISFIED',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}

/** A satisfaction evaluation (满意度测评) of a handoff's rectification. */
@Entity('evaluation')
@Index('evaluation_handoff_id_idx', ['handoffId'])
export class EvaluationEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  scheme!: EvaluationScheme;

  @Column('int')
  eligible!: number;

  @Column('int', { default: 0 })
  satisfied!: number;

  @Column('int', { default: 0 })
  basicallySatisfied!: number;

  @Column('int', { default: 0 })
  unsatisfied!: number;

  @Column('double precision', { nullable: true })
  averageScore!: number | null;

  @Column('text', { nullable: true })
  result!: EvaluationResult | null;

  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  votedAt!: Date | null;
}
