import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ConformanceIssue, LocalPlanContent } from '../conformance/conformance.types';
import { LocalPlanEntity } from './local-plan.entity';

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
