import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ExpertConflictKind, ExpertStatus } from '../expert-kinds';

@InputType('ExpertInput', { description: '专家: who, in which fields, where from, for which term' })
export class ExpertInput {
  @Field() name!: string;
  @Field(() => [String], { description: '领域: from `expertFields` or free entries' }) fields!: string[];
  @Field({ description: '工作单位' }) organisation!: string;
  @Field(() => ID, { nullable: true, description: "when the expert works at one of the tier's own units" })
  departmentId?: string | null;
  @Field(() => String, { nullable: true, description: '职称' }) title?: string | null;
  @Field({ description: '聘期开始 YYYY-MM-DD' }) termStartsOn!: string;
  @Field({ description: '聘期结束 YYYY-MM-DD' }) termEndsOn!: string;
}

@InputType('ExpertFilter')
export class ExpertFilterInput {
  @Field(() => ID, { nullable: true, description: "whose pool; defaults to the caller's tenant" })
  tenantId?: string | null;
  @Field(() => String, { nullable: true }) field?: string | null;
  @Field(() => ExpertStatus, { nullable: true }) status?: ExpertStatus | null;
  @Field(() => String, { nullable: true, description: 'in name, organisation or title' }) search?:
    string | null;
}

@InputType('ExpertConflictInput', {
  description:
    '利益冲突申报: SAME_UNIT and RELATION name a unit (RELATION with a note); RECUSAL an activity or a project, with the reason',
})
export class ExpertConflictInput {
  @Field(() => ExpertConflictKind) kind!: ExpertConflictKind;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => ID, { nullable: true }) activityId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => String, { nullable: true, description: '说明: the relation, or the reason to stand aside' })
  note?: string | null;
  @Field({ description: '申报日期 YYYY-MM-DD, not later than today' }) declaredOn!: string;
}

@InputType('ExpertProposalInput')
export class ExpertProposalInput {
  @Field(() => ID) activityId!: string;
  @Field({ description: '领域' }) field!: string;
  @Field(() => [ID], {
    description: "被监督单位; the departments of the activity's findings are added to them",
  })
  subjectDepartmentIds!: string[];
  @Field(() => Int, { description: 'how many to propose, 1–50' }) count!: number;
}

@InputType('ExpertInvitationInput')
export class ExpertInvitationInput {
  @Field(() => ID) activityId!: string;
  @Field(() => [ID]) expertIds!: string[];
  @Field(() => [ID], { description: '被监督单位 the conflict check uses' }) subjectDepartmentIds!: string[];
}

@InputType('ExpertOpinionInput')
export class ExpertOpinionInput {
  @Field({ description: 'SHA-256 of the opinion file uploaded first (POST /files)' }) sha256!: string;
  @Field({ description: '意见摘要' }) summary!: string;
}
