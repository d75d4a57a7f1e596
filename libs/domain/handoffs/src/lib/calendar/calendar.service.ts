import { Injectable } from '@nestjs/common';
import { AppException, FieldProblem } from '@liandong/errors';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { isCalendarDay } from '@liandong/time';
import { CalendarOverrideRepository } from './calendar-override.repository';
import { WorkingCalendar } from './working-calendar';

/** Other API and worker processes see an override within this long. */
const RELOAD_AFTER_MS = 5 * 60_000;
const NOTE_MAX_LENGTH = 200;

/** The working-day calendar with the deployment's overrides, cached and reloaded every few minutes. */
@Injectable()
export class CalendarService {
  private cached: { calendar: WorkingCalendar; loadedAt: number } | null = null;
  private generation = 0;

  constructor(private readonly overrides: CalendarOverrideRepository) {}

  async calendar(): Promise<WorkingCalendar> {
    if (this.cached && Date.now() - this.cached.loadedAt < RELOAD_AFTER_MS) {
      return this.cached.calendar;
    }
    return this.reload();
  }

  /** Reads the overrides now; a slower load that started earlier does not replace the result. */
  async reload(): Promise<WorkingCalendar> {
    const generation = ++this.generation;
    const rows = await this.overrides.findAll();
    const calendar = new WorkingCalendar(new Map(rows.map((row) => [row.day, row.working])));
    if (generation === this.generation) {
      this.cached = { calendar, loadedAt: Date.now() };
    }
    return calendar;
  }

  async workingDaysBetween(from: Date, to: Date): Promise<number> {
    return (await this.calendar()).workingDaysBetween(from, to);
  }

  /** ADMIN: makes `day` a working day or a day off for this deployment. */
  async setDay(caller: Caller, day: string, working: boolean, note: string): Promise<void> {
    assertPermission(caller, Permission.ADMINISTER);
    const trimmed = note.trim();
    const problems = [
      ...dayProblems(day),
      ...(trimmed.length === 0 || trimmed.length > NOTE_MAX_LENGTH
        ? [
            {
              field: 'note',
              reason: 'NOTE_LENGTH',
              zh: `说明须为 1–${NOTE_MAX_LENGTH} 个字符`,
              en: `The note must be 1–${NOTE_MAX_LENGTH} characters.`,
            },
          ]
        : []),
    ];
    if (problems.length > 0) {
      throw AppException.badFields(problems);
    }
    await this.overrides.save(day, working, trimmed);
    await this.reload();
  }

  /** ADMIN: drops the override of `day`; false when there was none. */
  async clearDay(caller: Caller, day: string): Promise<boolean> {
    assertPermission(caller, Permission.ADMINISTER);
    const problems = dayProblems(day);
    if (problems.length > 0) {
      throw AppException.badFields(problems);
    }
    const removed = await this.overrides.remove(day);
    await this.reload();
    return removed;
  }
}

function dayProblems(day: string): FieldProblem[] {
  return isCalendarDay(day)
    ? []
    : [
        {
          field: 'day',
          reason: 'INVALID_DAY',
          zh: '须为 YYYY-MM-DD 格式的日期',
          en: `Must be a date as YYYY-MM-DD: ${JSON.stringify(day).slice(0, 40)}`,
        },
      ];
}
