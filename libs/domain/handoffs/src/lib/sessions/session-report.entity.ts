import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanItemEntity } from '@liandong/plans';
import { DepartmentEntity, TenantOwnedEntity } from '@liandong/tenancy';
import { SessionEntity } from './session.entity';

/** A report a session deliberated (听取和审议…的报告), from a body, often an item of the annual plan. */
@Entity('session_report')
@Index('session_report_session_id_idx', ['sessionId'])
export class SessionReportEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  /** Its place on the agenda, from 0. */
  @Column('int')
  position!: number;

  @Column('text')
  title!: string;

  @Column('uuid', { nullable: true })
  planItemId!: string | null;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_item_id' })
  planItem?: PlanItemEntity;

  /** The body that reported (报告机关). */
  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;
}
