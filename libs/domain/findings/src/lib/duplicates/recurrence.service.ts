import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RECURRENCE_MIN_TEXT_SIMILARITY } from './duplicate-score';
import { DuplicatesRepository } from './duplicates.repository';

/** 屡改屡犯: a finding that repeats a problem already closed for the same department. */
@Injectable()
export class RecurrenceService {
  constructor(private readonly duplicates: DuplicatesRepository) {}

  /**
   * Recomputes `recurrence` for the given findings inside the caller's transaction (at submit, and again at
   * hand-over when the department may have changed): true when a CLOSED finding for the same department,
   * of another project or an earlier year, has similar text; false otherwise. Returns the ids flagged.
   */
  async flagRecurrences(manager: EntityManager, findingIds: readonly string[]): Promise<string[]> {
    const ids = [...new Set(findingIds.map((id) => id.toLowerCase()))];
    if (ids.length === 0) {
      return [];
    }
    const recurring = await this.duplicates.recurringIds(manager, ids, RECURRENCE_MIN_TEXT_SIMILARITY);
    await this.duplicates.setRecurrence(manager, ids, recurring);
    return recurring;
  }
}
