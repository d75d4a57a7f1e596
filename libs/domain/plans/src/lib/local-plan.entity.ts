import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { AssignmentEntity } from './assignment.entity';
import type { ConformanceIssue, LocalPlanContent } from './conformance/conformance.types';

export enum LocalPlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

/** A tenant's implementation plan (实施方案) for an assignment, with its conformance to the unified plan. */
@Entity('local_plan')
@Index('local_plan_tenant_path_gist_idx', { synchronize: false })
export class LocalPlanEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('local_plan_assignment_id_key', { unique: true })
  @Column('uuid')
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: AssignmentEntity;

  @Column('text')
  status!: LocalPlanStatus;

  /** The unified plan version it was checked against. */
  @Column('int')
  basedOnVersion!: number;

  @Column('jsonb')
  content!: LocalPlanContent;

  @Column('jsonb')
  issues!: ConformanceIssue[];

  @Column('text', { nullable: true })
  reviewReason!: string | null;

  @Column('uuid')
  submittedBy!: string;

  @Column('timestamptz')
  submittedAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A review decision on a local plan, with a snapshot of what was decided on. */
@Entity('local_plan_decision')
export class LocalPlanDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('local_plan_decision_local_plan_id_idx')
  @Column('uuid')
  localPlanId!: string;

  @ManyToOne(() => LocalPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'local_plan_id' })
  localPlan?: LocalPlanEntity;

  @Column('boolean')
  accepted!: boolean;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('uuid')
  byUserId!: string;

  @Column('uuid')
  byTenantId!: string;

  @Column('jsonb')
  snapshot!: { basedOnVersion: number; content: LocalPlanContent; issues: ConformanceIssue[] };

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

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
