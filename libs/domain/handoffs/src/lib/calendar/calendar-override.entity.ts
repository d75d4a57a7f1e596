import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per-deployment calendar overrides: a date made a holiday or a working day (调休), in Asia/Shanghai. */
@Entity('calendar_override')
export class CalendarOverrideEntity {
  @PrimaryColumn('date')
  day!: string;

  @Column('boolean')
  working!: boolean;

  @Column('text')
  note!: string;
}
