import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from './handoff-part.entity';

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

/** Per-deployment calendar overrides: a date made a holiday or a working day (调休), in Asia/Shanghai. */
@Entity('calendar_override')
export class CalendarOverrideEntity {
  @PrimaryColumn('date')
  day!: string;

  @Column('boolean')
  working!: boolean;

  @Column('text')
  note!: string;
}

/** A tenant's own escalation ladder (督办层级) when it differs from the default. */
@Entity('escalation_ladder')
export class EscalationLadderEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  /** Working days after the deadline at which automatic levels 2 and 3 fall due. */
  @Column('int')
  level2AfterDays!: number;

  @Column('int')
  level3AfterDays!: number;
}

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
