import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

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
