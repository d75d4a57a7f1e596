import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { FindingVerificationResult, VerificationMethod } from '../rectification/verification-method';

@InputType('HandOffInput')
export class HandOffInput {
  @Field(() => [ID]) findingIds!: string[];
  @Field(() => ID, { description: "one of the caller's own tenant's departments" }) departmentId!: string;
  @Field(() => Date, { nullable: true, description: '整改时限 (or give workingDays)' })
  deadline?: Date | null;
  @Field(() => Int, {
    nullable: true,
    description: 'instead of deadline: this many working days from now (Asia/Shanghai)',
  })
  workingDays?: number | null;
  @Field(() => String, { nullable: true, description: '交办函号; generated when omitted' }) letterNo?:
    string | null;
}

@InputType('RectificationReportInput')
export class RectificationReportInput {
  @Field({ description: '整改措施' }) measures!: string;
  @Field(() => Int) percentDone!: number;
  @Field({ description: 'true for the final reply (办结报告)' }) final!: boolean;
  @Field(() => [ReportEvidenceInput], {
    nullable: true,
    description: '整改佐证: files already uploaded, each of one finding of the handoff or of the whole',
  })
  evidence?: ReportEvidenceInput[] | null;
}

@InputType('ReportEvidenceInput')
export class ReportEvidenceInput {
  @Field({ description: 'SHA-256 of a file uploaded with POST /files' }) sha256!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'the finding of the handoff it proves; omit for the whole',
  })
  findingId?: string | null;
}

@InputType('VerifierInput')
export class VerifierInput {
  @Field({ description: '姓名' }) name!: string;
  @Field({ description: '人大代表' }) deputy!: boolean;
}

@InputType('FindingVerificationInput')
export class FindingVerificationInput {
  @Field(() => ID) findingId!: string;
  @Field(() => FindingVerificationResult) result!: FindingVerificationResult;
  @Field(() => String, {
    nullable: true,
    description: 'required unless PASSED (or give the overall opinion)',
  })
  opinion?: string | null;
}

@InputType('HandoffVerificationInput')
export class HandoffVerificationInput {
  @Field(() => VerificationMethod) method!: VerificationMethod;
  @Field(() => [VerifierInput], { description: 'at least one' }) verifiers!: VerifierInput[];
  @Field(() => [FindingVerificationInput], {
    description: "results for some or all of the handoff's findings; each finding's latest result counts",
  })
  results!: FindingVerificationInput[];
  @Field(() => String, { nullable: true, description: '核查意见' }) opinion?: string | null;
}
