import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConformanceReportModel } from '../../conformance/dto/conformance-report.model';
import { LocalPlanStatus } from '../local-plan-status';
import { LocalPlanEntity } from '../local-plan.entity';
import { LocalPlanContentModel } from './local-plan-content.model';

@ObjectType('LocalPlan', { description: '实施方案' })
export class LocalPlanModel {
  @Field(() => ID) id!: string;
  @Field(() => LocalPlanStatus) status!: LocalPlanStatus;
  @Field(() => Int) basedOnVersion!: number;
  @Field(() => LocalPlanContentModel) content!: LocalPlanContentModel;
  @Field(() => ConformanceReportModel) conformance!: ConformanceReportModel;
  @Field(() => String, { nullable: true }) reviewReason!: string | null;
  @Field() submittedAt!: Date;
  assignmentId!: string;

  static from(entity: LocalPlanEntity): LocalPlanModel {
    return Object.assign(new LocalPlanModel(), {
      id: entity.id,
      status: entity.status,
      basedOnVersion: entity.basedOnVersion,
      content: LocalPlanContentModel.from(entity.content),
      conformance: ConformanceReportModel.from(entity.issues),
      reviewReason: entity.reviewReason,
      submittedAt: entity.submittedAt,
      assignmentId: entity.assignmentId,
    });
  }
}
