import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { HandoffEntity } from './handoff.entity';

/**
 * What every record of a handoff's life carries (reports, verifications, escalations, requests,
 * evaluations, look-backs, stages): the handoff it belongs to, deleted with it. Each table names its own index.
 */
export abstract class HandoffPartEntity {
  @Column('uuid')
  handoffId!: string;

  @ManyToOne(() => HandoffEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'handoff_id' })
  handoff?: HandoffEntity;
}
