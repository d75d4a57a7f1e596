import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The supervision-method catalogue (监督方式): stable codes, names that may change, retired not deleted. */
@Entity('supervision_method')
export class SupervisionMethodEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('int')
  sortOrder!: number;

  @Column('timestamptz', { nullable: true })
  retiredAt!: Date | null;
}
