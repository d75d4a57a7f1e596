import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandoffPartEntity } from '../handoff-part.entity';

/** One step up the escalation ladder (督办); a level is reached once per handoff. */
@Entity('escalation')
@Index('escalation_handoff_id_level_key', ['handoffId', 'level'], { unique: true })
export class EscalationEntity extends HandoffPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('int')
  level!: number;

  @Column('text')
  name!: string;

  /** The tier that carries this step (level 3 is raised to the parent tenant). */
  @Column('uuid')
  tenantId!: string;

  @Column('text')
  reason!: string;

  @Column('boolean')
  automatic!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
