import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppException, parseId, parseInput, Said } from '@liandong/errors';
import { PlansRepository, PlansService } from '@liandong/plans';
import { assertPermission, Caller, canSeeSubtreeOf, isDepartmentCaller, Permission } from '@liandong/tenancy';
import { ActivitiesRepository } from './activities.repository';
import { ActivityEntity } from './activity.entity';

const ASSIGNMENT: Said = { zh: '任务', en: 'Assignment' };

const count = z.number().int().min(0, { message: '不能为负数 / must not be negative' }).max(100_000);

const activitySchema = z
  .object({
    method: z.string().trim().min(1, { message: '请选择监督方式 / choose a method' }),
    startsAt: z.date({ message: '须为有效的日期时间 / must be a valid date-time' }),
    endsAt: z.date({ message: '须为有效的日期时间 / must be a valid date-time' }).nullish(),
    location: z.string().trim().min(1, { message: '地点不能为空 / location must not be empty' }).max(200),
    summary: z.string().trim().min(1, { message: '活动概要不能为空 / summary must not be empty' }).max(5_000),
    participants: z.object({ members: count, deputies: count, experts: count, staff: count }),
    covert: z.boolean(),
  })
  .superRefine((activity, ctx) => {
    if (activity.endsAt && activity.endsAt.getTime() < activity.startsAt.getTime()) {
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: '结束时间不能早于开始时间 / endsAt before startsAt',
        params: { reason: 'ENDS_BEFORE_STARTS' },
      });
    }
  });

/** Supervision activities (监督活动) recorded under an assignment: 视察, 调研, 暗访 … */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly activities: ActivitiesRepository,
    private readonly plans: PlansService,
    private readonly plansRepository: PlansRepository,
  ) {}

  /** By the assigned tenant on its acknowledged assignment, with one of the project's unified methods. */
  async record(caller: Caller, assignmentId: string, input: unknown): Promise<ActivityEntity> {
    assertPermission(caller, Permission.REPORT_FINDINGS);
    const parsed = parseInput(activitySchema, input, 'input');
    const { assignment, project } = await this.plans.getWorkingAssignment(
      caller,
      parseId(assignmentId, 'assignmentId'),
    );
    if (!project.unifications.methods.includes(parsed.method)) {
      throw AppException.badInput('input.method', 'METHOD_NOT_IN_PROJECT', {
        zh: `监督方式 ${parsed.method} 不在本项目的统一方法中`,
        en: "not one of the project's methods",
      });
    }
    return this.activities.insert({
      tenantId: assignment.tenantId,
      tenantPath: assignment.tenantPath,
      assignmentId: assignment.id,
      projectId: project.id,
      methodCode: parsed.method,
      startsAt: parsed.startsAt,
      endsAt: parsed.endsAt ?? null,
      location: parsed.location,
      summary: parsed.summary,
      participants: parsed.participants,
      covert: parsed.covert,
      createdBy: caller.userId,
    });
  }

  /** An assignment's activities; department accounts see none (暗访 stays confidential). */
  async list(caller: Caller, assignmentId: string): Promise<ActivityEntity[]> {
    const assignment = await this.plansRepository.findAssignment(parseId(assignmentId, 'assignmentId'));
    if (!assignment || isDepartmentCaller(caller) || !canSeeSubtreeOf(caller, assignment.tenantPath)) {
      throw AppException.notFound(ASSIGNMENT, assignmentId);
    }
    return this.activities.ofAssignment(assignment.id);
  }

  /** The named activities of one assignment, for checking a batch of findings that cite them. */
  async ofAssignment(
    assignmentId: string,
    ids: readonly string[],
  ): Promise<Map<string, { covert: boolean }>> {
    const rows = await this.activities.findOfAssignment(assignmentId, ids);
    return new Map(rows.map((row) => [row.id, { covert: row.covert }]));
  }

  /** Activities by id, for a field whose parent the caller may already see. */
  findByIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    return this.activities.findByIds(ids);
  }
}
