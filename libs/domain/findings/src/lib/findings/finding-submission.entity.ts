import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A batch of findings submitted under an idempotency key: the same key returns the same findings. */
@Entity('finding_submission')
@Index('finding_submission_tenant_id_idempotency_key_key', ['tenantId', 'idempotencyKey'], { unique: true })
export class FindingSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  tenantId!: string;

  @Column('uuid')
  assignmentId!: string;

  @Column('text')
  idempotencyKey!: string;

  /** In submission order. */
  @Column('uuid', { array: true })
  findingIds!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
