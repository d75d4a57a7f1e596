import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FindingEntity } from './finding.entity';

/** An uploaded evidence file, addressed by its SHA-256 and stored once however often it is cited. */
@Entity('evidence_file')
export class EvidenceFileEntity {
  @PrimaryColumn('text')
  sha256!: string;

  @Column('text')
  name!: string;

  @Column('text')
  mime!: string;

  @Column('bigint', { transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  size!: number;

  /** The uploader's tenant: until a finding cites the file, only that tenant's subtree may fetch it. */
  @Column('uuid')
  tenantId!: string;

  @Column('uuid')
  uploadedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}

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
