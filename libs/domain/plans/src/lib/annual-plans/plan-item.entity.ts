import { CommitteeEntity } from '@liandong/tenancy';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { JointProjectEntity } from '../joint-projects/joint-project.entity';
import { AnnualPlanEntity } from './annual-plan.entity';
import { PlanItemStatus } from './plan-item-status';

/**
 * One project of the annual plan; a joint item becomes one joint project, once. Its status is written only by
 * PlanItemTransitions; a new item starts NOT_STARTED by the column's default.
 */
@Entity('plan_item')
@Check('plan_item_planned_month_check', '"planned_month" BETWEEN 1 AND 12')
@Check('plan_item_status_check', `"status" IN ('NOT_STARTED', 'STARTED', 'COMPLETED', 'ADJUSTED')`)
@Index('plan_item_plan_id_sort_order_idx', ['planId', 'sortOrder'])
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  planId!: string;

  @ManyToOne(() => AnnualPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: AnnualPlanEntity;

  @Column('int')
  sortOrder!: number;

  @Column('text')
  title!: string;

  @Column('boolean')
  isKey!: boolean;

  @Column('boolean')
  isJoint!: boolean;

  @Index('plan_item_joint_project_id_key', { unique: true })
  @Column('uuid', { nullable: true })
  jointProjectId!: string | null;

  @ManyToOne(() => JointProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'joint_project_id' })
  jointProject?: JointProjectEntity;

  /** The committee that leads the item (牵头委室); a joint project made of it starts with the same lead. */
  @Index('plan_item_lead_committee_id_idx')
  @Column('uuid', { nullable: true })
  leadCommitteeId!: string | null;

  @ManyToOne(() => CommitteeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_committee_id' })
  leadCommittee?: CommitteeEntity;

  /** The month of the plan's year it is planned for (1–12). */
  @Column('int', { nullable: true })
  plannedMonth!: number | null;

  /** The sitting it goes to (市十六届人大常委会第五次会议). */
  @Column('text', { nullable: true })
  session!: string | null;

  /** 监督方式: 听取和审议专项工作报告, 执法检查, 专题询问 … */
  @Column('text', { nullable: true })
  method!: string | null;

  @Column('text', { default: PlanItemStatus.NOT_STARTED })
  status!: PlanItemStatus;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  adjustedAt!: Date | null;

  /** 调整理由. */
  @Column('text', { nullable: true })
  adjustReason!: string | null;

  /** The decision that adjusted it (主任会议决定 …). */
  @Column('text', { nullable: true })
  adjustDecision!: string | null;
}
