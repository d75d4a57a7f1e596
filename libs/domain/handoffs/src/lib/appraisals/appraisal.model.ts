import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EvaluationResult, EvaluationScheme } from '../evaluations/evaluation.entity';
import {
  AppraisalGroupKind,
  AppraisalKind,
  AppraisalStatus,
  AppraisalSubjectEntity,
  AppraisalSubjectKind,
} from './appraisal.entity';
import { SubjectOutcome } from './appraisal-rules';
import { summarise } from './appraisal-summary';
import { AppraisalRecord } from './appraisals.repository';

registerEnumType(AppraisalKind, {
  name: 'AppraisalKind',
  description: '履职评议、营商环境评议、“四个满意”评议、工作评议',
  valuesMap: {
    PERFORMANCE: { description: '履职评议 (员额法官、员额检察官 …)' },
    BUSINESS_ENVIRONMENT: { description: '优化营商环境工作评议' },
    SATISFACTION: { description: '“四个满意”评议' },
    WORK: { description: '工作评议' },
  },
});
registerEnumType(AppraisalStatus, {
  name: 'AppraisalStatus',
  description: '筹备、计票中、已作出结论',
});
registerEnumType(AppraisalSubjectKind, {
  name: 'AppraisalSubjectKind',
  description: '单位、报告、个人',
});
registerEnumType(AppraisalGroupKind, {
  name: 'AppraisalGroupKind',
  description: '投票群体',
  valuesMap: {
    MEMBERS: { description: '常委会组成人员' },
    DEPUTIES: { description: '人大代表' },
    PUBLIC: { description: '服务对象/群众' },
    PARTY: { description: '党委' },
    OTHER: { description: '其他' },
  },
});

@InputType('AppraisalSubjectInput', { description: '评议对象' })
export class AppraisalSubjectInput {
  @Field(() => AppraisalSubjectKind) kind!: AppraisalSubjectKind;
  @Field({ description: '单位或报告名称, or the person’s name (张三)' }) name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'PERSON: post and organisation (员额法官 洛阳市中级人民法院)',
  })
  post?: string | null;
  @Field(() => ID, {
    description: 'the unit that answers for it and re-reports if it fails, of the office’s own',
  })
  departmentId!: string;
}

@InputType('AppraisalGroupInput', { description: '投票群体' })
export class AppraisalGroupInput {
  @Field({ description: 'e.g. 常委会组成人员' }) name!: string;
  @Field(() => AppraisalGroupKind) kind!: AppraisalGroupKind;
  @Field(() => Int, { description: '应参评人数, 1–10000' }) eligible!: number;
}

@InputType('AppraisalInput', { description: '组织一次评议' })
export class AppraisalInput {
  @Field() title!: string;
  @Field(() => AppraisalKind) kind!: AppraisalKind;
  @Field(() => EvaluationScheme) scheme!: EvaluationScheme;
  @Field({ description: '评议日期, YYYY-MM-DD (Beijing calendar)' }) heldOn!: string;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: 'a session of the office’s own' }) sessionId?:
    string | null;
  @Field(() => [AppraisalSubjectInput], { description: '1–100' }) subjects!: AppraisalSubjectInput[];
  @Field(() => [AppraisalGroupInput], { description: '1–10' }) groups!: AppraisalGroupInput[];
}

@InputType('AppraisalFilter')
export class AppraisalFilterInput {
  @Field(() => Int, { nullable: true, description: 'the year of the day held' }) year?: number | null;
  @Field(() => AppraisalKind, { nullable: true }) kind?: AppraisalKind | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: "a tenant in the caller's subtree; default the caller's" })
  scopeTenantId?: string | null;
}

@ObjectType('AppraisalGroup', { description: '投票群体' })
export class AppraisalGroupModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => AppraisalGroupKind) kind!: AppraisalGroupKind;
  @Field(() => Int, { description: '应参评人数' }) eligible!: number;
}

@ObjectType('AppraisalVote', {
  description: 'one group’s votes on one subject, and its result by the scheme',
})
export class AppraisalVoteModel {
  @Field(() => ID) groupId!: string;
  @Field() groupName!: string;
  @Field(() => Int) eligible!: number;
  @Field(() => Int) satisfied!: number;
  @Field(() => Int) basicallySatisfied!: number;
  @Field(() => Int) unsatisfied!: number;
  @Field(() => Float, { nullable: true }) averageScore!: number | null;
  @Field(() => EvaluationResult) result!: EvaluationResult;
}

@ObjectType('AppraisalSubject', { description: '评议对象, with its votes per group and its overall result' })
export class AppraisalSubjectModel {
  @Field(() => ID) id!: string;
  @Field(() => AppraisalSubjectKind) kind!: AppraisalSubjectKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) post!: string | null;
  @Field(() => ID) departmentId!: string;
  @Field(() => [AppraisalVoteModel], { description: 'per voter group, in the groups’ order' })
  votes!: AppraisalVoteModel[];
  @Field(() => Int, { description: 'all groups’ eligible together' }) eligible!: number;
  @Field(() => Int) satisfied!: number;
  @Field(() => Int) basicallySatisfied!: number;
  @Field(() => Int) unsatisfied!: number;
  @Field(() => Float, { nullable: true }) averageScore!: number | null;
  @Field(() => EvaluationResult, {
    nullable: true,
    description: 'over all groups by the scheme’s rule; null until every group has voted',
  })
  result!: EvaluationResult | null;
  @Field({ description: 'the result sends it to re-report' }) failing!: boolean;
  @Field(() => Int, { nullable: true, description: '排名, 1 = best; ties share a rank' }) rank!:
    number | null;
  @Field(() => ID, { nullable: true, description: 'its 整改再报告 ledger item, once decided failing' })
  reReportItemId!: string | null;
  @Field(() => String, { nullable: true }) reReportSummary!: string | null;
  @Field(() => Date, { nullable: true }) reReportedAt!: Date | null;

  static from(
    subject: AppraisalSubjectEntity,
    outcome: SubjectOutcome,
    votes: AppraisalVoteModel[],
  ): AppraisalSubjectModel {
    return Object.assign(new AppraisalSubjectModel(), {
      id: subject.id,
      kind: subject.kind,
      name: subject.name,
      post: subject.post,
      departmentId: subject.departmentId,
      votes,
      eligible: outcome.eligible,
      satisfied: outcome.satisfied,
      basicallySatisfied: outcome.basicallySatisfied,
      unsatisfied: outcome.unsatisfied,
      averageScore: outcome.averageScore,
      result: outcome.result,
      failing: outcome.failing,
      rank: outcome.rank,
      reReportItemId: subject.reReportItemId,
      reReportSummary: subject.reReportSummary,
      reReportedAt: subject.reReportedAt,
    });
  }
}

@ObjectType('Appraisal', { description: '评议' })
export class AppraisalModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field() title!: string;
  @Field(() => AppraisalKind) kind!: AppraisalKind;
  @Field(() => EvaluationScheme) scheme!: EvaluationScheme;
  @Field({ description: 'YYYY-MM-DD' }) heldOn!: string;
  @Field(() => AppraisalStatus) status!: AppraisalStatus;
  @Field(() => ID, { nullable: true }) projectId!: string | null;
  @Field(() => ID, { nullable: true }) sessionId!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: failing subjects re-report by this day' })
  reReportBy!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => [AppraisalGroupModel]) groups!: AppraisalGroupModel[];
  @Field(() => [AppraisalSubjectModel], { description: 'in the order given' })
  subjects!: AppraisalSubjectModel[];
  @Field(() => [AppraisalSubjectModel], { description: '排名: the subjects with a result, best first' })
  ranking!: AppraisalSubjectModel[];

  static from(record: AppraisalRecord): AppraisalModel {
    const { appraisal } = record;
    const outcomes = summarise(record);
    const groups = record.groups.map((group) =>
      Object.assign(new AppraisalGroupModel(), {
        id: group.id,
        name: group.name,
        kind: group.kind,
        eligible: group.eligible,
      }),
    );
    const subjects = record.subjects.map((subject) =>
      AppraisalSubjectModel.from(
        subject,
        outcomes.get(subject.id)!,
        groups.flatMap((group) => {
          const vote = record.votes.find((v) => v.subjectId === subject.id && v.groupId === group.id);
          return vote
            ? [
                Object.assign(new AppraisalVoteModel(), {
                  groupId: group.id,
                  groupName: group.name,
                  eligible: group.eligible,
                  satisfied: vote.satisfied,
                  basicallySatisfied: vote.basicallySatisfied,
                  unsatisfied: vote.unsatisfied,
                  averageScore: vote.averageScore,
                  result: vote.result,
                }),
              ]
            : [];
        }),
      ),
    );
    return Object.assign(new AppraisalModel(), {
      id: appraisal.id,
      tenantId: appraisal.tenantId,
      title: appraisal.title,
      kind: appraisal.kind,
      scheme: appraisal.scheme,
      heldOn: appraisal.heldOn,
      status: appraisal.status,
      projectId: appraisal.projectId,
      sessionId: appraisal.sessionId,
      reReportBy: appraisal.reReportBy,
      decidedAt: appraisal.decidedAt,
      groups,
      subjects,
      ranking: subjects
        .filter((subject) => subject.rank !== null)
        .sort((a, b) => a.rank! - b.rank! || subjects.indexOf(a) - subjects.indexOf(b)),
    });
  }
}
