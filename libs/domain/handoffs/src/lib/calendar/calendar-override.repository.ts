import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { CalendarOverrideEntity } from './calendar-override.entity';

/** The deployment's calendar overrides; `day` is always 'YYYY-MM-DD'. */
@Injectable()
export class CalendarOverrideRepository {
  constructor(private readonly db: Db) {}

  private get overrides(): Repository<CalendarOverrideEntity> {
    return this.db.repository(CalendarOverrideEntity);
  }

  async findAll(): Promise<Array<{ day: string; working: boolean }>> {
    // to_char: the driver would otherwise turn a date into a Date at local midnight.
    return this.overrides.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, working FROM calendar_override ORDER BY day`,
    );
  }

  async save(day: string, working: boolean, note: string): Promise<void> {
    await this.overrides.query(
      `INSERT INTO calendar_override (day, working, note) VALUES ($1::date, $2, $3)
       ON CONFLICT (day) DO UPDATE SET working = EXCLUDED.working, note = EXCLUDED.note`,
      [day, working, note],
    );
  }

  /** Whether there was an override to remove. */
  async remove(day: string): Promise<boolean> {
    const result = await this.overrides.delete({ day });
    return (result.affected ?? 0) > 0;
  }
}
