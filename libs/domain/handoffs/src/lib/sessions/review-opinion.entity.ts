import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CommitteeEntity, DepartmentEntity, TenantOwnedEntity } from '@liandong/tenancy';
import { LedgerItemKind } from '../ledger-item-kind';
import { SessionReportEntity } from './session-report.entity';
import { SessionEntity } from './session.entity';

/**
 * What a session sends to a body (政府, 监委, 法院, 检察院 or a unit): a review opinion (审议意见) or a resolution
 * (决议), whose items are ledger items; and the body's answer, its 研究处理情况报告.
 */
@Entity('review_opinion')
@Index('review_opinion_session_id_idx', ['sessionId'])
@Index('review_opinion_department_id_idx', ['departmentId'])
export class ReviewOpinionEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column('uuid', { nullable: true })
  reportId!: string | null;

  @ManyToOne(() => SessionReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id' })
  report?: SessionReportEntity;

  @Column('text')
  kind!: LedgerItemKind;

  @Column('uuid')
  departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  @Column('uuid', { nullable: true })
  leadCommitteeId!: string | null;

  @ManyToOne(() => CommitteeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_committee_id' })
  leadCommittee?: CommitteeEntity;

  @Column('text')
  letterNo!: string;

  @Column('text')
  title!: string;

  @Column('timestamptz')
  deadline!: Date;

  @Column('uuid')
  issuedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  issuedAt!: Date;

  /** 研究处理情况报告 */
  @Column('text', { nullable: true })
  response!: string | null;

  @Column('timestamptz', { nullable: true })
  respondedAt!: Date | null;

  @Column('uuid', { nullable: true })
  respondedBy!: string | null;
}
