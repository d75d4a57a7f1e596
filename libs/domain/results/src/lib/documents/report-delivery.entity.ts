import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { DeliveryRecipient } from './document-kind';
import { GeneratedDocumentEntity } from './generated-document.entity';

/** A result report sent to someone (报送), and what came back (反馈). */
@Entity('report_delivery')
@Index('report_delivery_document_id_idx', ['documentId'])
export class ReportDeliveryEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  documentId!: string;

  @ManyToOne(() => GeneratedDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document?: GeneratedDocumentEntity;

  @Column('text')
  recipient!: string;

  @Column('text')
  recipientKind!: DeliveryRecipient;

  /** The Asia/Shanghai calendar day it was sent. */
  @Column('date')
  deliveredOn!: string;

  @Column('uuid')
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column('text', { nullable: true })
  feedback!: string | null;

  @Column('date', { nullable: true })
  feedbackOn!: string | null;

  @Column('uuid', { nullable: true })
  feedbackBy!: string | null;
}
