import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UnificationSectionEnum } from '../../joint-projects/dto/unification-section.enum';
import type { ConformanceIssue, ConformanceSeverity, UnificationSection } from '../conformance.types';

const ConformanceSeverityEnum = { BLOCKING: 'BLOCKING', WARNING: 'WARNING' } as const;
registerEnumType(ConformanceSeverityEnum, { name: 'ConformanceSeverity', description: '阻断 / 提示' });

@ObjectType('ConformanceIssue', { description: '符合性问题' })
export class ConformanceIssueModel {
  @Field(() => UnificationSectionEnum) section!: UnificationSection;
  @Field(() => ConformanceSeverityEnum) severity!: ConformanceSeverity;
  @Field() path!: string;
  @Field() message!: string;
}

@ObjectType('ConformanceReport', { description: '实施方案与统一方案的符合性报告' })
export class ConformanceReportModel {
  @Field() conforms!: boolean;
  @Field(() => [ConformanceIssueModel]) issues!: ConformanceIssue[];

  static from(issues: ConformanceIssue[]): ConformanceReportModel {
    return Object.assign(new ConformanceReportModel(), {
      conforms: !issues.some((issue) => issue.severity === 'BLOCKING'),
      issues,
    });
  }
}
