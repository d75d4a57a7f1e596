import { Field, ID, InputType } from '@nestjs/graphql';
import { FindingSource, FindingStatus, Severity } from '../finding-status';

@InputType('FindingInput')
export class FindingInput {
  @Field({ description: '问题标题' }) title!: string;
  @Field({ description: '问题描述' }) description!: string;
  @Field({ description: "one of the project's unified methods" }) method!: string;
  @Field(() => String, { nullable: true, description: "one of the project's checklist codes" })
  checklistCode?: string | null;
  @Field({ description: '问题类别, e.g. 落实不到位' }) category!: string;
  @Field(() => Severity) severity!: Severity;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => ID, { nullable: true, description: '责任单位' }) departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: '所属监督活动 (of the same assignment)' }) activityId?:
    string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'SHA-256 of evidence files uploaded first (POST /files)',
  })
  evidence?: string[] | null;
  @Field(() => FindingSource, { nullable: true, description: '问题来源, default OWN_SUPERVISION 自身监督' })
  source?: FindingSource | null;
}

@InputType('FindingUpdateInput')
export class FindingUpdateInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => Severity, { nullable: true }) severity?: Severity | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => [String], { nullable: true, description: 'replaces the evidence list' }) evidence?:
    string[] | null;
}

@InputType('FindingFilter')
export class FindingFilterInput {
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: "the subtree to search; defaults to the caller's tenant" })
  scopeTenantId?: string | null;
  @Field(() => [FindingStatus], { nullable: true }) status?: FindingStatus[] | null;
}
