import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AssignmentEntity } from '@liandong/plans';
import { TenantOwnedEntity } from '@liandong/tenancy';

export interface Participants {
  members: number;
  deputies: number;
  experts: number;
  staff: number;
}

/** A supervision activity (监督活动): an inspection, a hearing, a covert visit (暗访) … under an assignment. */
@Entity('activity')
@Index('activity_tenant_path_gist_idx', { synchronize: false })
export class ActivityEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('activity_assignment_id_idx')
  @Column('uuid')
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: AssignmentEntity;

  @Column('uuid')
  projectId!: string;

  @Column('text')
  methodCode!: string;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz', { nullable: true })
  endsAt!: Date | null;

  @Column('text')
  location!: string;

  @Column('text')
  summary!: string;

  @Column('jsonb')
  participants!: Participants;

  /** 暗访: the activity and its findings stay hidden from departments until handed over. */
  @Column('boolean')
  covert!: boolean;

  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
