import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { DisclosureChannel, DisclosureStatus, DisclosureSubjectKind } from './disclosure-kinds';

/**
 * An item proposed for publication (公开) by a tenant: drafted from its subject with personal data and covert
 * sources masked, redacted by hand, approved by a second person, published on a channel. Only PUBLISHED rows
 * reach the public, through `liandong_public_disclosures`.
 */
@Entity('disclosure')
@Index('disclosure_tenant_id_status_idx', ['tenantId', 'status'])
@Index('disclosure_subject_idx', ['subjectKind', 'subjectId'])
@Index('disclosure_tenant_path_gist_idx', { synchronize: false })
@Index('disclosure_published_idx', { synchronize: false })
export class DisclosureEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  subjectKind!: DisclosureSubjectKind;

  @Column('uuid')
  subjectId!: string;

  @Column('text')
  title!: string;

  /** The text to publish, always redacted. */
  @Column('text')
  body!: string;

  /** The body as drafted from the subject (already auto-redacted), for the before/after view. */
  @Column('text')
  draft!: string;

  @Column('text')
  status!: DisclosureStatus;

  @Column('text')
  channel!: DisclosureChannel;

  @Column('text', { nullable: true })
  url!: string | null;

  /** The day it appeared, on the Beijing calendar. */
  @Column('date', { nullable: true })
  publishedOn!: string | null;

  @Column('uuid')
  proposedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  proposedAt!: Date;

  @Column('uuid', { nullable: true })
  approvedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  approvedAt!: Date | null;

  /** Why it was rejected or withdrawn. */
  @Column('text', { nullable: true })
  reason!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
