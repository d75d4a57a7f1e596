import { CommitteeEntity } from '@liandong/tenancy';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { JointProjectEntity } from '../joint-projects/joint-project.entity';
import { AnnualPlanEntity } from './annual-plan.entity';

/** One project of the annual plan; a joint item becomes one joint project, once. */
@Entity('plan_item')
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
}
