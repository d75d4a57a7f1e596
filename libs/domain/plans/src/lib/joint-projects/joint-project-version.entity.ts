import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { JointProjectEntity } from './joint-project.entity';
import type { Unifications } from './unifications';

/** An immutable snapshot of a project's unified plan; publishing freezes it. */
@Entity('joint_project_version')
@Index('joint_project_version_project_id_version_key', ['projectId', 'version'], { unique: true })
export class JointProjectVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => JointProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: JointProjectEntity;

  @Column('int')
  version!: number;

  @Column('jsonb')
  unifications!: Unifications;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
