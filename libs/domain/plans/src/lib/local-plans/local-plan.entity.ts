import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { AssignmentEntity } from '../assignments/assignment.entity';
import type { ConformanceIssue, LocalPlanContent } from '../conformance/conformance.types';
import { LocalPlanStatus } from './local-plan-status';

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
