import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FindingEntity } from '../findings/finding.entity';
import { EvidenceFileEntity } from './evidence-file.entity';

/** A finding citing an evidence file. */
@Entity('finding_evidence')
@Index('finding_evidence_sha256_idx', ['sha256'])
export class FindingEvidenceEntity {
  @PrimaryColumn('uuid')
  findingId!: string;

  @PrimaryColumn('text')
  sha256!: string;

  @ManyToOne(() => FindingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id' })
  finding?: FindingEntity;

  @ManyToOne(() => EvidenceFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sha256' })
  file?: EvidenceFileEntity;

  @Column('int')
  position!: number;
}
