import { Field, ID, InputType, Int } from '@nestjs/graphql';

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
}
