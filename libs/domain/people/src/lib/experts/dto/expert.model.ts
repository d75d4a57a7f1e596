import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExpertAssignmentEntity } from '../expert-assignment.entity';
import { ExpertConflictEntity } from '../expert-conflict.entity';
import { ExpertConflictKind, ExpertExclusion, ExpertStatus } from '../expert-kinds';
import { ExpertOpinionEntity } from '../expert-opinion.entity';
import { ExpertEntity } from '../expert.entity';

@ObjectType('Expert', { description: '专家库中的专家' })
export class ExpertModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String], { description: '领域' }) fields!: string[];
  @Field({ description: '工作单位' }) organisation!: string;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => String, { nullable: true, description: '职称' }) title!: string | null;
  @Field({ description: '聘期开始 YYYY-MM-DD' }) termStartsOn!: string;
  @Field({ description: '聘期结束 YYYY-MM-DD' }) termEndsOn!: string;
  @Field(() => ExpertStatus) status!: ExpertStatus;
  tenantId!: string;

  static from(entity: ExpertEntity): ExpertModel {
    return Object.assign(new ExpertModel(), {
      id: entity.id,
      name: entity.name,
      fields: entity.fields,
      organisation: entity.organisation,
      departmentId: entity.departmentId,
      title: entity.title,
      termStartsOn: entity.termStartsOn,
      termEndsOn: entity.termEndsOn,
      status: entity.status,
      tenantId: entity.tenantId,
    });
  }
}

@ObjectType('ExpertConflict', { description: '利益冲突申报' })
export class ExpertConflictModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) expertId!: string;
  @Field(() => ExpertConflictKind) kind!: ExpertConflictKind;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => ID, { nullable: true }) activityId!: string | null;
  @Field(() => ID, { nullable: true }) projectId!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field({ description: '申报日期 YYYY-MM-DD' }) declaredOn!: string;
  @Field(() => String, { nullable: true, description: '撤回日期 YYYY-MM-DD; null while it stands' })
  withdrawnOn!: string | null;

  static from(entity: ExpertConflictEntity): ExpertConflictModel {
    return Object.assign(new ExpertConflictModel(), {
      id: entity.id,
      expertId: entity.expertId,
      kind: entity.kind,
      departmentId: entity.departmentId,
      activityId: entity.activityId,
      projectId: entity.projectId,
      note: entity.note,
      declaredOn: entity.declaredOn,
      withdrawnOn: entity.withdrawnOn,
    });
  }
}

@ObjectType('ExpertAssignment', { description: '专家邀请: an expert invited to an activity' })
export class ExpertAssignmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) expertId!: string;
  @Field(() => ID) activityId!: string;
  @Field(() => [ID], { description: '被监督单位 the conflict check used' }) subjectDepartmentIds!: string[];
  @Field() invitedAt!: Date;

  static from(entity: ExpertAssignmentEntity): ExpertAssignmentModel {
    return Object.assign(new ExpertAssignmentModel(), {
      id: entity.id,
      expertId: entity.expertId,
      activityId: entity.activityId,
      subjectDepartmentIds: entity.subjectDepartmentIds,
      invitedAt: entity.invitedAt,
    });
  }
}

@ObjectType('ExpertOpinion', { description: '专家意见: a stored file, in versions' })
export class ExpertOpinionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() summary!: string;
  @Field({ description: 'false once a newer version supersedes it' }) current!: boolean;
  @Field(() => Date, { nullable: true }) supersededAt!: Date | null;
  @Field() recordedAt!: Date;
  sha256!: string;

  static from(entity: ExpertOpinionEntity): ExpertOpinionModel {
    return Object.assign(new ExpertOpinionModel(), {
      id: entity.id,
      version: entity.version,
      summary: entity.summary,
      current: entity.supersededAt === null,
      supersededAt: entity.supersededAt,
      recordedAt: entity.recordedAt,
      sha256: entity.sha256,
    });
  }
}

@ObjectType('ProposedExpert')
export class ProposedExpertModel {
  @Field(() => ExpertModel) expert!: ExpertModel;
  @Field(() => Int, { description: "assignments in the activity's year" }) workload!: number;
  @Field({ description: 'why proposed' }) why!: string;
}

@ObjectType('ExcludedExpert')
export class ExcludedExpertModel {
  @Field(() => ExpertModel) expert!: ExpertModel;
  @Field(() => ExpertExclusion, { description: 'the first reason' }) reason!: ExpertExclusion;
  @Field({ description: '原因, e.g. 与被监督单位同单位' }) text!: string;
  @Field(() => [ExpertExclusion]) reasons!: ExpertExclusion[];
}

@ObjectType('ExpertProposal', {
  description: '专家推荐: candidates by workload then name, and who is excluded why',
})
export class ExpertProposalModel {
  @Field(() => [ProposedExpertModel]) candidates!: ProposedExpertModel[];
  @Field(() => [ExcludedExpertModel]) excluded!: ExcludedExpertModel[];
  @Field(() => [ID], { description: '被监督单位 checked: those named and those of the activity’s findings' })
  subjectDepartmentIds!: string[];
}
