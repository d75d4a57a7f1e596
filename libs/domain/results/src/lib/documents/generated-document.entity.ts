import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EscalationEntity, HandoffEntity } from '@liandong/handoffs';
import { EvidenceFileEntity } from '@liandong/findings';
import { JointProjectEntity } from '@liandong/plans';
import { TenantEntity, TenantOwnedEntity } from '@liandong/tenancy';
import { DocumentKind } from './document-kind';

/**
 * A document the platform wrote (交办函, 督办函, 成果报告), stored like evidence by its SHA-256. Its subject is a
 * handoff (letters) or a joint project (reports). Regenerating adds a version; none is replaced.
 */
@Entity('generated_document')
@Index('generated_document_tenant_path_gist_idx', { synchronize: false })
@Index('generated_document_handoff_id_idx', ['handoffId'])
@Index('generated_document_project_id_idx', ['projectId'])
@Index('generated_document_sha256_idx', ['sha256'])
export class GeneratedDocumentEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  kind!: DocumentKind;

  @Column('uuid', { nullable: true })
  handoffId!: string | null;

  @ManyToOne(() => HandoffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handoff_id' })
  handoff?: HandoffEntity;

  /** The escalation a 督办函 presses for. */
  @Column('uuid', { nullable: true })
  escalationId!: string | null;

  @ManyToOne(() => EscalationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'escalation_id' })
  escalation?: EscalationEntity;

  @Column('uuid', { nullable: true })
  projectId!: string | null;

  @ManyToOne(() => JointProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: JointProjectEntity;

  /** The node of the tree a report covers (its subtree); null for letters. */
  @Column('uuid', { nullable: true })
  scopeTenantId!: string | null;

  @ManyToOne(() => TenantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_tenant_id' })
  scopeTenant?: TenantEntity;

  /** 文号: the handoff's letter number, with the escalation level for a 督办函. */
  @Column('text')
  number!: string;

  /** 1 for the first document of its subject and kind; each regeneration adds one. */
  @Column('int')
  version!: number;

  @Column('text')
  sha256!: string;

  @ManyToOne(() => EvidenceFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sha256' })
  file?: EvidenceFileEntity;

  @Column('uuid')
  generatedBy!: string;

  @Column('timestamptz')
  generatedAt!: Date;
}
