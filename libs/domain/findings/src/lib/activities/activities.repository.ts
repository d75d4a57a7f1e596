import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { ActivityEntity } from './activity.entity';

/** What a new activity is recorded with; its id and time are the database's. */
export type NewActivity = Pick<
  ActivityEntity,
  | 'tenantId'
  | 'tenantPath'
  | 'assignmentId'
  | 'projectId'
  | 'methodCode'
  | 'startsAt'
  | 'endsAt'
  | 'location'
  | 'summary'
  | 'participants'
  | 'covert'
  | 'createdBy'
>;

@Injectable()
export class ActivitiesRepository {
  constructor(private readonly db: Db) {}

  private get activities(): Repository<ActivityEntity> {
    return this.db.repository(ActivityEntity);
  }

  insert(activity: NewActivity): Promise<ActivityEntity> {
    return this.activities.save(this.activities.create(activity));
  }

  /** An assignment's activities, in the order they took place. */
  ofAssignment(assignmentId: string): Promise<ActivityEntity[]> {
    return this.activities.find({ where: { assignmentId }, order: { startsAt: 'ASC' } });
  }

  /** The activities among `ids` that belong to the assignment. */
  findOfAssignment(assignmentId: string, ids: readonly string[]): Promise<ActivityEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.activities.findBy({ assignmentId, id: In([...ids]) });
  }

  findByIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.activities.findBy({ id: In([...ids]) });
  }
}
