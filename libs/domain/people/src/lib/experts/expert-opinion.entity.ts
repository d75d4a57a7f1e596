import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EvidenceFileEntity } from '@liandong/findings';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { ExpertAssignmentEntity } from './expert-assignment.entity';

/** An expert's opinion (专家意见) as a stored file; a newer version supersedes, the history stays. */
@Entity('expert_opinion')
@Index('expert_opinion_assignment_id_version_key', ['assignmentId', 'version'], { unique: true })
@Index('expert_opinion_tenant_path_gist_idx', { synchronize: false })
export class ExpertOpinionEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  assignmentId!: string;

  @ManyToOne(() => ExpertAssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: ExpertAssignmentEntity;

  /** From 1, per assignment. */
  @Column('int')
  version!: number;

  @Index('expert_opinion_sha256_idx')
  @Column('text')
  sha256!: string;

  @ManyToOne(() => EvidenceFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sha256' })
  file?: EvidenceFileEntity;

  @Column('text')
  summary!: string;

  @Column('timestamptz', { nullable: true })
  supersededAt!: Date | null;

  @Column('uuid')
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
