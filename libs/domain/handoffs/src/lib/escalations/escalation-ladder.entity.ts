import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tenant's own escalation ladder (督办层级) when it differs from the default. */
@Entity('escalation_ladder')
export class EscalationLadderEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  /** Working days after the deadline at which automatic levels 2 and 3 fall due. */
  @Column('int')
  level2AfterDays!: number;

  @Column('int')
  level3AfterDays!: number;
}
