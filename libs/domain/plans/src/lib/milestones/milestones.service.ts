import { Injectable } from '@nestjs/common';
import { AppException, optionalReason } from '@liandong/errors';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { JointProjectEntity } from '../joint-projects/joint-project.entity';
import { PlansService } from '../joint-projects/plans.service';
import { AssignmentMilestoneEntity } from './assignment-milestone.entity';
import { MilestonesRepository } from './milestones.repository';

export interface MilestoneState {
  name: string;
  dueAt: Date;
  submittedAt: Date | null;
  overdue: boolean;
}

/** The unified scheme's milestones (时间节点), marked done by each assigned tenant. */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly milestones: MilestonesRepository,
    private readonly plans: PlansService,
    private readonly clock: Clock,
  ) {}

  /** Marks a unified milestone done for the caller's assignment; marking it again changes nothing. */
  async submit(
    caller: Caller,
    assignmentId: string,
    name: string,
    note?: string | null,
  ): Promise<AssignmentEntity> {
    assertPermission(caller, Permission.MANAGE_PLANS);
    const { assignment, project } = await this.plans.getOwnAssignment(caller, assignmentId);
    const wanted = name.trim();
    if (!project.unifications.scheme.milestones.some((milestone) => milestone.name === wanted)) {
      throw AppException.badInput('name', 'UNKNOWN_MILESTONE', {
        zh: `统一方案中没有节点「${wanted}」`,
        en: `No milestone ${wanted} in the unified scheme.`,
      });
    }
    await this.milestones.insertOnce({
      assignmentId: assignment.id,
      name: wanted,
      note: optionalReason(note, 'note'),
      submittedBy: caller.userId,
    });
    return assignment;
  }

  /** The milestones marked done under the assignments, for field resolvers. */
  submittedOf(assignmentIds: readonly string[]): Promise<AssignmentMilestoneEntity[]> {
    return this.milestones.ofAssignments(assignmentIds);
  }

  /** The unified scheme's milestones as one assignment stands with them now. */
  states(project: JointProjectEntity, submitted: AssignmentMilestoneEntity[]): MilestoneState[] {
    const now = this.clock.now();
    return project.unifications.scheme.milestones.map((milestone) => {
      const done = submitted.find((row) => row.name === milestone.name);
      const dueAt = new Date(milestone.dueAt);
      return {
        name: milestone.name,
        dueAt,
        submittedAt: done?.submittedAt ?? null,
        overdue: !done && dueAt.getTime() < now.getTime(),
      };
    });
  }
}
