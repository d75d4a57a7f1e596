import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ActivityEntity } from '@liandong/findings';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { ExpertEntity } from './expert.entity';

/** An expert invited to an activity (邀请专家), with the supervised units the conflict check used. */
@Entity('expert_assignment')
@Index('expert_assignment_activity_id_expert_id_key', ['activityId', 'expertId'], { unique: true })
@Index('expert_assignment_tenant_path_gist_idx', { synchronize: false })
export class ExpertAssignmentEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('expert_assignment_expert_id_idx')
  @Column('uuid')
  expertId!: string;

  @ManyToOne(() => ExpertEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id' })
  expert?: ExpertEntity;

  @Column('uuid')
  activityId!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id' })
  activity?: ActivityEntity;

  /** 被监督单位 at the time of the invitation. */
  @Column('uuid', { array: true })
  subjectDepartmentIds!: string[];

  @Column('uuid')
  invitedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  invitedAt!: Date;
}
