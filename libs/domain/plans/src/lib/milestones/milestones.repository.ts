import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { AssignmentMilestoneEntity } from './assignment-milestone.entity';

@Injectable()
export class MilestonesRepository {
  constructor(private readonly db: Db) {}

  private get milestones(): Repository<AssignmentMilestoneEntity> {
    return this.db.repository(AssignmentMilestoneEntity);
  }

  ofAssignments(assignmentIds: readonly string[]): Promise<AssignmentMilestoneEntity[]> {
    return assignmentIds.length === 0
      ? Promise.resolve([])
      : this.milestones.findBy({ assignmentId: In([...assignmentIds]) });
  }

  /** Records a milestone done; one already recorded is left as it was. */
  async insertOnce(
    row: Pick<AssignmentMilestoneEntity, 'assignmentId' | 'name' | 'note' | 'submittedBy'>,
  ): Promise<void> {
    await this.milestones.createQueryBuilder().insert().values(row).orIgnore().execute();
  }
}
