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
import { DepartmentEntity, TenantOwnedEntity } from '@liandong/tenancy';
import { ExpertConflictKind } from './expert-kinds';
import { ExpertEntity } from './expert.entity';

/** A conflict an expert declared: a unit (same unit, a relation) or an activity or project stood aside from. */
@Entity('expert_conflict')
@Index('expert_conflict_tenant_path_gist_idx', { synchronize: false })
export class ExpertConflictEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('expert_conflict_expert_id_idx')
  @Column('uuid')
  expertId!: string;

  @ManyToOne(() => ExpertEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id' })
  expert?: ExpertEntity;

  @Column('text')
  kind!: ExpertConflictKind;

  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  @Column('uuid', { nullable: true })
  activityId!: string | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id' })
  activity?: ActivityEntity;

  /** A recusal from every activity of a project. */
  @Column('uuid', { nullable: true })
  projectId!: string | null;

  /** The relation declared, or the reason for standing aside. */
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('date')
  declaredOn!: string;

  /** Withdrawn conflicts are kept, with the day. */
  @Column('date', { nullable: true })
  withdrawnOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
