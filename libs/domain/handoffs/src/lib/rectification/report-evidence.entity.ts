import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EvidenceFileEntity, FindingEntity } from '@liandong/findings';
import { HandoffPartEntity } from '../handoff-part.entity';
import { RectificationReportEntity } from './rectification-report.entity';

/** A file a rectification report cites as proof (整改佐证), of one finding of the handoff or of the whole. */
@Entity('report_evidence')
@Index('report_evidence_report_id_idx', ['reportId'])
@Index('report_evidence_handoff_id_idx', ['handoffId'])
@Index('report_evidence_sha256_idx', ['sha256'])
export class ReportEvidenceEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  reportId!: string;

  @ManyToOne(() => RectificationReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: RectificationReportEntity;

  @Column('text')
  sha256!: string;

  @ManyToOne(() => EvidenceFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sha256' })
  file?: EvidenceFileEntity;

  /** The finding the file proves; null when it proves the handoff as a whole. */
  @Column('uuid', { nullable: true })
  findingId!: string | null;

  @ManyToOne(() => FindingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id' })
  finding?: FindingEntity;

  /** Its place among the report's files, from 0. */
  @Column('int')
  position!: number;
}
